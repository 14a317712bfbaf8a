import type { APIRoute } from 'astro';
import { paperRis } from '../lib/citations-export.ts';
import { paper } from '../lib/paper.ts';

/** The paper's own RIS record. */
export const GET: APIRoute = () =>
  new Response(paperRis(paper), { headers: { 'content-type': 'application/x-research-info-systems; charset=utf-8' } });
