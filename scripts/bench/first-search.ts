/**
 * The cost of a reader's first search from a section page: type in the header's field, press
 * Enter, and count everything fetched from then until the first results are shown (the search
 * page, its script, Pagefind, the index, the fragments of the results shown), as transferred.
 * Used by `npm run bench` and by the browser test that holds the budget.
 */
import { performance } from 'node:perf_hooks';
import type { Browser } from 'playwright-core';

/** The section page a first search starts from, and the words it looks for: one rare (one passage), one common. */
export const FIRST_SEARCH_FROM = 'russia-iran-partnership/the-afghan-challenge/';
export const FIRST_SEARCH_QUERIES = { rare: 'Kanopus', common: 'Moscow' } as const;

export interface SearchCost {
  readonly query: string;
  /** Bytes of the bodies over the wire (gzipped where the server compresses), headers left out. */
  readonly bytes: number;
  /** Requests that reached the server (cached files not counted). */
  readonly requests: number;
  /** Enter to the first result shown. */
  readonly ms: number;
  readonly transfers: readonly { readonly path: string; readonly bytes: number }[];
}

/** Opens `sectionUrl` in a fresh context, searches `query` from the header, and measures the search. */
export async function firstSearch(browser: Browser, sectionUrl: string, query: string): Promise<SearchCost> {
  const context = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  try {
    await page.goto(sectionUrl, { waitUntil: 'networkidle' });
    // Chromium's own account of the network: what came from its cache, and the bytes of each transfer.
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    const urls = new Map<string, string>();
    const cached = new Set<string>();
    const sizes = new Map<string, number>();
    const headers = new Map<string, number>();
    cdp.on('Network.requestWillBeSent', (e) => urls.set(e.requestId, e.request.url));
    cdp.on('Network.requestServedFromCache', (e) => cached.add(e.requestId));
    cdp.on('Network.responseReceived', (e) => {
      if (e.response.fromDiskCache || e.response.fromServiceWorker) cached.add(e.requestId);
      headers.set(e.requestId, e.response.encodedDataLength);
    });
    cdp.on('Network.loadingFinished', (e) => sizes.set(e.requestId, e.encodedDataLength));
    const start = performance.now();
    await page.locator('#site-search').fill(query);
    await page.locator('#site-search').press('Enter');
    await page.locator('a[data-result]').first().waitFor({ timeout: 20_000 });
    const ms = performance.now() - start;
    await page.waitForLoadState('networkidle');
    const transfers = [...sizes]
      .filter(([id]) => !cached.has(id))
      // The body as transferred (gzipped where the server compresses), its headers left out.
      .map(([id, bytes]) => ({
        path: new URL(urls.get(id) ?? 'about:blank').pathname,
        bytes: bytes - (headers.get(id) ?? 0),
      }))
      // The page's icon is chrome, not search (the section page budget leaves it out too).
      .filter((t) => !t.path.endsWith('/favicon.svg'));
    return {
      query,
      bytes: transfers.reduce((sum, t) => sum + t.bytes, 0),
      requests: transfers.length,
      ms: Math.round(ms),
      transfers,
    };
  } finally {
    await context.close();
  }
}
