/** What the service worker needs to know about a build. */
export interface ServiceWorkerBuild {
  /** Changes whenever any file of the build changes: names the cache. */
  readonly version: string;
  /** The site's base path, `/` or `/papers/x/`. */
  readonly base: string;
  /** Every URL to keep for offline reading, under the base path. */
  readonly files: readonly string[];
}

/**
 * The service worker's code for one build. After a first visit it keeps the whole paper (pages,
 * notes, sources, search index) in a cache named after the build's version, so it reads and
 * searches offline. Pages are fetched network-first, so a reader online always gets the deployed
 * version; other files cache-first from the current version's cache. A new deployment installs a
 * new cache, takes over at once and deletes the old one.
 */
export function serviceWorkerSource(build: ServiceWorkerBuild): string {
  return `// Generated at build time by src/integrations/service-worker.ts: do not edit.
const VERSION = ${JSON.stringify(build.version)};
const BASE = ${JSON.stringify(build.base)};
const CACHE = 'paper-' + VERSION;
const FILES = ${JSON.stringify(build.files)};

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(FILES.map((url) => new Request(url, { cache: 'reload' }))))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((key) => key.startsWith('paper-') && key !== CACHE).map((key) => caches.delete(key))))
      .then(() => self.clients.claim()),
  );
});

function isPage(request, url) {
  return request.mode === 'navigate' || url.pathname.endsWith('/') || url.pathname.endsWith('.html');
}

async function networkFirst(request) {
  const cache = await caches.open(CACHE);
  try {
    const response = await fetch(request);
    if (response.ok) await cache.put(request, response.clone());
    return response;
  } catch (error) {
    const url = new URL(request.url);
    // A page's query (?highlight=…) does not change the page.
    const cached = (await cache.match(request, { ignoreSearch: true })) || (await cache.match(url.pathname + (url.pathname.endsWith('/') ? 'index.html' : '')));
    if (cached) return cached;
    const notFound = await cache.match(BASE + '404.html');
    if (notFound) return notFound;
    throw error;
  }
}

async function cacheFirst(request) {
  const cache = await caches.open(CACHE);
  const cached = await cache.match(request, { ignoreSearch: true });
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok) await cache.put(request, response.clone());
  return response;
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin || !url.pathname.startsWith(BASE)) return;
  event.respondWith(isPage(request, url) ? networkFirst(request) : cacheFirst(request));
});
`;
}
