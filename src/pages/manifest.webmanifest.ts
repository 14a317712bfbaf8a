import type { APIRoute } from 'astro';
import { withTrailingSlash } from '../lib/base-path.ts';
import { formatPeople } from '../lib/paper-metadata.ts';
import { getPapers } from '../lib/paper-data.ts';
import { getSeries } from '../lib/series.ts';

/** The web app manifest: installable, opens on the reading room, offline thanks to the service worker. */
export const GET: APIRoute = async () => {
  const papers = await getPapers();
  const series = await getSeries();
  const base = withTrailingSlash(import.meta.env.BASE_URL);
  const manifest = {
    name: series.title,
    short_name: 'Reading room',
    description: `${papers
      .map(({ data: p }) => `${p.title}, by ${formatPeople(p.authors)} (${p.publisher}, ${p.series} No. ${p.number})`)
      .join('; ')}: a reading edition.`,
    lang: series.language,
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
