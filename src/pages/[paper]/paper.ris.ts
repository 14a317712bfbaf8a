import type { APIRoute, GetStaticPaths } from 'astro';
import { paperRis } from '../../citations/export.ts';
import { requirePaperContext, paperPaths } from '../../lib/paper-route.ts';

export const getStaticPaths = (() => paperPaths()) satisfies GetStaticPaths;

/** The paper's own RIS record, with the edition's address. */
export const GET: APIRoute = async ({ params, site }) => {
  const { paper, href } = await requirePaperContext(params);
  return new Response(paperRis(paper, new URL(href(), site).href), {
    headers: { 'content-type': 'application/x-research-info-systems; charset=utf-8' },
  });
};
