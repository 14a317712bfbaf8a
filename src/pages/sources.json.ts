import type { APIRoute } from 'astro';
import { references } from '../citations/data.ts';
import { toCslJson } from '../citations/export.ts';

/** Every source as CSL-JSON, as the ingest wrote it. */
export const GET: APIRoute = () =>
  new Response(toCslJson(references), { headers: { 'content-type': 'application/vnd.citationstyles.csl+json' } });
