import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { FIRST_SEARCH_FROM, FIRST_SEARCH_QUERIES, firstSearch } from '../../scripts/bench/first-search.ts';
import { launchBrowser } from './support/browser.ts';
import { distDir } from './support/site.ts';
import { startStaticServer, type StaticServer } from './support/static-server.ts';

// The issue's budget for a reader's first search on a slow mobile link: bytes and round trips.
const MAX_BYTES = 100 * 1024;
const MAX_REQUESTS = 12;

let browser: Browser;
// Served gzipped with the site's _headers (caching), as a real host would: the budget is in gzipped bytes.
let server: StaticServer;
beforeAll(async () => {
  browser = await launchBrowser();
  server = await startStaticServer(distDir, { compress: true, headers: true });
});
afterAll(async () => {
  await browser.close();
  await server.close();
});

test.for(Object.entries(FIRST_SEARCH_QUERIES))(
  'a first search for a %s word from a section page costs at most 100 KB in 12 requests',
  async ([, query]) => {
    const cost = await firstSearch(browser, `${server.url}${FIRST_SEARCH_FROM}`, query);
    console.info(
      `${query}: ${cost.bytes} B in ${cost.requests} requests\n  ${cost.transfers.map((t) => `${t.path} ${t.bytes} B`).join('\n  ')}`,
    );
    // It did search: the page, Pagefind and at least one fragment were fetched.
    const paths = cost.transfers.map((t) => t.path);
    expect(paths).toContain('/search/');
    expect(paths.some((p) => p.endsWith('.pf_fragment'))).toBe(true);
    expect(cost.bytes).toBeLessThanOrEqual(MAX_BYTES);
    expect(cost.requests).toBeLessThanOrEqual(MAX_REQUESTS);
  },
);

test('a common word fetches the fragments of the results shown, not of all its results', async () => {
  const cost = await firstSearch(browser, `${server.url}${FIRST_SEARCH_FROM}`, FIRST_SEARCH_QUERIES.common);
  const fragments = cost.transfers.filter((t) => t.path.endsWith('.pf_fragment')).length;
  // Moscow has dozens of passages; only the first page of results is loaded.
  expect(fragments).toBeGreaterThan(0);
  expect(fragments).toBeLessThanOrEqual(5);
});
