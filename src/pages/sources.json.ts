import type { APIRoute } from 'astro';
import { references } from '../lib/citations-data.ts';
import { toCslJson } from '../lib/citations-export.ts';

/** Every source as CSL-JSON, as the ingest wrote it. */
export const GET: APIRoute = () =>
  new Response(toCslJson(references), { headers: { 'content-type': 'application/vnd.citationstyles.csl+json' } });
