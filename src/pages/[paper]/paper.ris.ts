import type { APIRoute } from 'astro';
import { paperRis } from '../citations/export.ts';
import { paper } from '../lib/paper.ts';
import { withBase } from '../lib/urls.ts';

/** The paper's own RIS record, with the edition's address. */
export const GET: APIRoute = ({ site }) =>
  new Response(paperRis(paper, new URL(withBase(), site).href), {
    headers: { 'content-type': 'application/x-research-info-systems; charset=utf-8' },
  });
