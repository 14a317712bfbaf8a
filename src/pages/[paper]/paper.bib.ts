import type { APIRoute } from 'astro';
import { paperBibtex } from '../citations/export.ts';
import { paper } from '../lib/paper.ts';
import { withBase } from '../lib/urls.ts';

/** The paper's own biblatex entry, with the edition's address. */
export const GET: APIRoute = ({ site }) =>
  new Response(paperBibtex(paper, new URL(withBase(), site).href), {
    headers: { 'content-type': 'application/x-bibtex; charset=utf-8' },
  });
