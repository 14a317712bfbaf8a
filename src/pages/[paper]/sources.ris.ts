import type { APIRoute, GetStaticPaths } from 'astro';
import { getReferences } from '../../lib/paper-data.ts';
import { paperPaths } from '../../lib/paper-route.ts';
import { toRis } from '../../citations/export.ts';

export const getStaticPaths = (() => paperPaths()) satisfies GetStaticPaths;

/** Every source as RIS. */
export const GET: APIRoute = async ({ params }) =>
  new Response(toRis(await getReferences(params['paper'] ?? '')), {
    headers: { 'content-type': 'application/x-research-info-systems; charset=utf-8' },
  });
