import type { APIRoute } from 'astro';
import { withTrailingSlash } from '../lib/base-path.ts';
import { paper } from '../lib/paper.ts';

/** The web app manifest: installable, opens on the contents, offline thanks to the service worker. */
export const GET: APIRoute = () => {
  const base = withTrailingSlash(import.meta.env.BASE_URL);
  const manifest = {
    name: paper.title,
    short_name: 'Russia-Iran',
    description: `${paper.title}, by ${paper.authors.map((a) => `${a.given} ${a.family}`).join(', ')} (${paper.publisher}, ${paper.series} No. ${paper.number}): a reading edition.`,
    lang: paper.language,
    start_url: base,
    scope: base,
    display: 'standalone',
    background_color: '#faf9f7',
    theme_color: '#1c1917',
    icons: [
      { src: `${base}favicon.svg`, sizes: 'any', type: 'image/svg+xml' },
      { src: `${base}icon-512.png`, sizes: '512x512', type: 'image/png' },
    ],
  };
  return new Response(`${JSON.stringify(manifest, null, 2)}\n`, {
    headers: { 'content-type': 'application/manifest+json' },
  });
};
