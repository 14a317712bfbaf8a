import type { APIRoute } from 'astro';
import { getReferences } from '../lib/paper-data.ts';
import { toRis } from '../citations/export.ts';

/** Every source as RIS. */
export const GET: APIRoute = async () =>
  new Response(toRis(await getReferences()), {
    headers: { 'content-type': 'application/x-research-info-systems; charset=utf-8' },
  });
