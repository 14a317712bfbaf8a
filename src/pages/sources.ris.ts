import type { APIRoute } from 'astro';
import { references } from '../citations/data.ts';
import { toRis } from '../citations/export.ts';

/** Every source as RIS. */
export const GET: APIRoute = () =>
  new Response(toRis(references), {
    headers: { 'content-type': 'application/x-research-info-systems; charset=utf-8' },
  });
