import type { APIRoute } from 'astro';
import { getReferences } from '../lib/paper-data.ts';
import { toCslJson } from '../citations/export.ts';

/** Every source as CSL-JSON, as the ingest wrote it. */
export const GET: APIRoute = async () =>
  new Response(toCslJson(await getReferences()), {
    headers: { 'content-type': 'application/vnd.citationstyles.csl+json' },
  });
