import type { APIRoute } from 'astro';
import { references } from '../citations/data.ts';
import { toBibtex } from '../citations/export.ts';

/** Every source as biblatex, keyed by its CSL id. */
export const GET: APIRoute = () =>
  new Response(toBibtex(references), { headers: { 'content-type': 'application/x-bibtex; charset=utf-8' } });
