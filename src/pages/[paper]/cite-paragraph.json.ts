import type { APIRoute, GetStaticPaths } from 'astro';
import { citeParagraph } from '../../citations/cite-paragraph.ts';
import { getPaper } from '../../lib/paper-data.ts';
import { paperPaths } from '../../lib/paper-route.ts';

export const getStaticPaths = (() => paperPaths()) satisfies GetStaticPaths;

/**
 * The paragraph citation templates, fetched by the "¶" menu when a reader asks for them: kept out
 * of the pages, which stay within their byte budget.
 */
export const GET: APIRoute = async ({ params }) =>
  new Response(`${JSON.stringify(citeParagraph((await getPaper(params['paper'] ?? '')).data))}\n`, {
    headers: { 'content-type': 'application/json' },
  });
