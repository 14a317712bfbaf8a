/** The cost of a reader's first search: bytes fetched (script, WebAssembly, index) and time to results. */
import { performance } from 'node:perf_hooks';
import type { Browser, Response } from 'playwright-core';

export interface SearchCost {
  readonly bytes: number;
  readonly requests: number;
  readonly ms: number;
  /** Bytes of the whole search index as deployed (all chunks and fragments). */
  readonly indexBytes: number;
}

/** Opens the search page, then types `query` and waits for the results; counts what the search fetched, as transferred. */
export async function firstSearch(
  browser: Browser,
  searchUrl: string,
  query: string,
  indexBytes: number,
): Promise<SearchCost> {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  try {
    await page.goto(searchUrl, { waitUntil: 'networkidle' });
    const seen: Response[] = [];
    page.on('response', (r) => seen.push(r));
    const start = performance.now();
    await page.locator('#search-q').fill(query);
    await page.locator('[data-search-status]').filter({ hasText: /match/ }).waitFor({ timeout: 20_000 });
    const ms = performance.now() - start;
    await page.waitForLoadState('networkidle');
    let bytes = 0;
    for (const r of seen) bytes += (await r.request().sizes()).responseBodySize;
    return { bytes, requests: seen.length, ms: Math.round(ms), indexBytes };
  } finally {
    await context.close();
  }
}
