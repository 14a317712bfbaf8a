import type { APIRoute } from 'astro';
import { citeParagraph } from '../citations/cite-paragraph.ts';
import { paper } from '../lib/paper.ts';

/**
 * The paragraph citation templates, fetched by the "¶" menu when a reader asks for them: kept out
 * of the pages, which stay within their byte budget.
 */
export const GET: APIRoute = () =>
  new Response(`${JSON.stringify(citeParagraph(paper))}\n`, { headers: { 'content-type': 'application/json' } });
