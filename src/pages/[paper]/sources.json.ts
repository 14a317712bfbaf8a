import type { APIRoute, GetStaticPaths } from 'astro';
import { getReferences } from '../../lib/paper-data.ts';
import { paperPaths } from '../../lib/paper-route.ts';
import { toCslJson } from '../../citations/export.ts';

export const getStaticPaths = (() => paperPaths()) satisfies GetStaticPaths;

/** Every source as CSL-JSON, as the ingest wrote it. */
export const GET: APIRoute = async ({ params }) =>
  new Response(toCslJson(await getReferences(params['paper'] ?? '')), {
    headers: { 'content-type': 'application/vnd.citationstyles.csl+json' },
  });
