import type { APIRoute, GetStaticPaths } from 'astro';
import { paperBibtex } from '../../citations/export.ts';
import { requirePaperContext, paperPaths } from '../../lib/paper-route.ts';

export const getStaticPaths = (() => paperPaths()) satisfies GetStaticPaths;

/** The paper's own biblatex entry, with the edition's address. */
export const GET: APIRoute = async ({ params, site }) => {
  const { paper, href } = await requirePaperContext(params);
  return new Response(paperBibtex(paper, new URL(href(), site).href), {
    headers: { 'content-type': 'application/x-bibtex; charset=utf-8' },
  });
};
