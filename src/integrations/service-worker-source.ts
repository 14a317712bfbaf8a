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
 * notes, sources, search index) in a cache named after the edition's base path and the build's
 * version, so it reads and searches offline. Editions under other base paths of the same origin
 * have caches of their own, which this worker never touches. Fingerprinted files (`_astro/`,
 * Pagefind's hashed index chunks) are served cache-first; everything else network-first, so a
 * reader online always gets the deployed pages and the deployed search index (its entry file
 * names the chunks), even before the new worker has taken over. Only the build's own files are
 * stored, each under its path without query: `?q=…` or `?highlight=…` never adds an entry.
 */
export function serviceWorkerSource(build: ServiceWorkerBuild): string {
  return `// Generated at build time by src/integrations/service-worker.ts: do not edit.
const VERSION = ${JSON.stringify(build.version)};
const BASE = ${JSON.stringify(build.base)};
// One edition per base path: its caches, and only its caches, start with this prefix.
const PREFIX = 'paper-' + BASE + '-';
const CACHE = PREFIX + VERSION;
const FILES = ${JSON.stringify(build.files)};
const KNOWN = new Set(FILES);
const FINGERPRINTED = /^(?:_astro\\/|pagefind\\/.*\\.pf_(?:index|fragment|filter|meta)$)/;

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
      .then((keys) => Promise.all(keys.filter((key) => key.startsWith(PREFIX) && key !== CACHE).map((key) => caches.delete(key))))
      .then(() => self.clients.claim()),
  );
});

function isPage(request, url) {
  return request.mode === 'navigate' || url.pathname.endsWith('/') || url.pathname.endsWith('.html');
}

/** The entry a request is stored under: its path, if it is one of the build's files; else none. */
function keyOf(url) {
  const path = url.pathname.endsWith('/index.html') ? url.pathname.slice(0, -'index.html'.length) : url.pathname;
  return KNOWN.has(path) ? path : undefined;
}

async function networkFirst(request, url) {
  const cache = await caches.open(CACHE);
  const key = keyOf(url);
  try {
    const response = await fetch(request);
    if (response.ok && key) await cache.put(key, response.clone());
    return response;
  } catch (error) {
    // A query (?q=…, ?highlight=…) does not change the file.
    const cached = key && (await cache.match(key));
    if (cached) return cached;
    if (isPage(request, url)) {
      const notFound = await cache.match(BASE + '404.html');
      if (notFound) return notFound;
    }
    throw error;
  }
}

async function cacheFirst(request, url) {
  const cache = await caches.open(CACHE);
  const key = keyOf(url);
  const cached = key && (await cache.match(key));
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok && key) await cache.put(key, response.clone());
  return response;
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin || !url.pathname.startsWith(BASE)) return;
  const fingerprinted = FINGERPRINTED.test(url.pathname.slice(BASE.length));
  event.respondWith(fingerprinted ? cacheFirst(request, url) : networkFirst(request, url));
});
`;
}
