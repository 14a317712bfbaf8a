import type { APIRoute, GetStaticPaths } from 'astro';
import { getReferences } from '../../lib/paper-data.ts';
import { paperPaths } from '../../lib/paper-route.ts';
import { toBibtex } from '../../citations/export.ts';

export const getStaticPaths = (() => paperPaths()) satisfies GetStaticPaths;

/** Every source as biblatex, keyed by its CSL id. */
export const GET: APIRoute = async ({ params }) =>
  new Response(toBibtex(await getReferences(params['paper'] ?? '')), {
    headers: { 'content-type': 'application/x-bibtex; charset=utf-8' },
  });
