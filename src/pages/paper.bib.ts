import type { APIRoute } from 'astro';
import { paperBibtex } from '../lib/citations-export.ts';
import { paper } from '../lib/paper.ts';

/** The paper's own BibTeX entry. */
export const GET: APIRoute = () =>
  new Response(paperBibtex(paper), { headers: { 'content-type': 'application/x-bibtex; charset=utf-8' } });
