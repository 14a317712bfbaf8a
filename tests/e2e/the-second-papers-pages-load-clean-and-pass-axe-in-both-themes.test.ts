/**
 * In the two-paper build (support/series.ts), served with its `_headers`: the reading room's home,
 * the second paper's landing page, sections, sources and print page, and the search page filtered
 * to it, log nothing, break none of the Content Security Policy and pass axe (WCAG 2.2 AA and best
 * practice) in the light theme and the dark one, as the first paper's pages do.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, test } from 'vitest';
import { runAxe } from './support/axe.ts';
import { launchBrowser } from './support/browser.ts';
import { recordPolicyViolations, recordProblems } from './support/page-problems.ts';
import { pageUrl } from './support/paths.ts';
import { seriesDist } from './support/series.ts';
import { startStaticServer, type StaticServer } from './support/static-server.ts';

const FIXTURE = 'tests/fixtures/papers/caspian-water';
const PAGES = [
  '/',
  '/caspian-water/',
  '/caspian-water/summary/',
  '/caspian-water/rivers-and-borders/',
  '/caspian-water/the-sea-as-a-commons/',
  '/caspian-water/sources/',
  '/caspian-water/print/',
  '/search/?q=Caspian&paper=caspian-water',
];
let server: StaticServer;
let browser: Browser;
beforeAll(async () => {
  server = await startStaticServer(seriesDist(FIXTURE), { headers: true });
  browser = await launchBrowser();
}, 300_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

test.concurrent.for(PAGES.flatMap((path) => (['light', 'dark'] as const).map((theme) => ({ path, theme }))))(
  '$path in the $theme theme: nothing logged, no policy broken, axe clean',
  { timeout: 240_000 },
  async ({ path, theme }, { expect }) => {
    const context = await browser.newContext({ colorScheme: theme, viewport: { width: 1280, height: 900 } });
    try {
      const policy = await recordPolicyViolations(context);
      const page = await context.newPage();
      const problems = recordProblems(page);
      const response = await page.goto(pageUrl(path, server.url), { waitUntil: 'networkidle' });
      expect(response?.status()).toBe(200);
      expect(response?.headers()['content-security-policy']).toMatch(/default-src 'self'/);
      if (path.startsWith('/search/'))
        await expect
          .poll(() => page.locator('[data-search-status]').textContent(), { timeout: 15_000 })
          .toMatch(/match/);
      await expect(page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).resolves.toBe(
        theme === 'dark',
      );
      const { passes, violations } = await runAxe(page);
      expect(passes).toBeGreaterThan(10);
      expect({ problems, policy, violations }).toEqual({ problems: [], policy: [], violations: [] });
    } finally {
      await context.close();
    }
  },
);
