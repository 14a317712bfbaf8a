import type { APIRoute } from 'astro';
import { withTrailingSlash } from '../lib/base-path.ts';

/** Everything may be crawled; the sitemap lists every page. */
export const GET: APIRoute = ({ site }) => {
  const base = withTrailingSlash(import.meta.env.BASE_URL);
  const sitemap = new URL(`${base}sitemap-index.xml`, site);
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap.href}\n`, {
    headers: { 'content-type': 'text/plain; charset=utf-8' },
  });
};
