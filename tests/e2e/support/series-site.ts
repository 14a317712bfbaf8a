import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from './browser.ts';
import { seriesDist } from './series.ts';
import { startStaticServer, type StaticServer, type StaticServerOptions } from './static-server.ts';

/** The synthetic second paper that the two-paper build drops into content/papers/. */
export const SECOND_PAPER = 'tests/fixtures/papers/caspian-water';

/** The two-paper build as a test file uses it: its dist/, where it is served, and a browser. */
export interface SeriesSite {
  dist: string;
  server: StaticServer;
  browser: Browser;
}

/**
 * For a test file about the second paper: builds (or waits for) the two-paper site once
 * (support/series.ts), serves it and launches a browser before the file's tests, and closes both
 * after them. Read the fields inside tests and hooks, once `beforeAll` has run.
 */
export function useSeriesSite(options: StaticServerOptions = {}): SeriesSite {
  const site = {} as SeriesSite;
  beforeAll(async () => {
    site.dist = seriesDist(SECOND_PAPER);
    site.server = await startStaticServer(site.dist, options);
    site.browser = await launchBrowser();
  }, 300_000);
  afterAll(async () => {
    await site.browser?.close();
    await site.server?.close();
  });
  return site;
}
