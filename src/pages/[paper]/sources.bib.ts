import type { APIRoute } from 'astro';
import { getReferences } from '../lib/paper-data.ts';
import { toBibtex } from '../citations/export.ts';

/** Every source as biblatex, keyed by its CSL id. */
export const GET: APIRoute = async () =>
  new Response(toBibtex(await getReferences()), { headers: { 'content-type': 'application/x-bibtex; charset=utf-8' } });
