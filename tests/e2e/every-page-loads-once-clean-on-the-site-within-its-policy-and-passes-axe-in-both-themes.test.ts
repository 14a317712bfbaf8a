/**
 * One visit per built page, served with the site's own `_headers`, proves at once what used to take
 * four visits: the security headers are sent; the page logs nothing, fails no request, breaks none of
 * its Content Security Policy and asks nothing of another origin; and axe (WCAG 2.2 AA and best
 * practice) finds no violation in the light theme, then in the dark one after switching the
 * emulated `prefers-color-scheme` in place, as a reader's system would, without a reload.
 * Each page gets a fresh context: a service worker left from an earlier page would answer from its
 * cache and hide the page's own requests.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { runAxe } from './support/axe.ts';
import { launchBrowser } from './support/browser.ts';
import { recordPolicyViolations, recordProblems } from './support/page-problems.ts';
import { builtPages, distDir, sectionSlugs } from './support/site.ts';
import { pageUrl, paperPath, sectionPath, sitePath } from './support/paths.ts';
import { startStaticServer, type StaticServer } from './support/static-server.ts';

// Home, every section, the glossary, the whole paper and the 404 page: every HTML file of the build.
const pages = await builtPages();
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  server = await startStaticServer(distDir, { headers: true });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

test('the pages visited are the home page, every section, the 404 page and more than twenty in all', async () => {
  const sections = (await sectionSlugs()).map(sectionPath);
  expect(sections.length).toBeGreaterThan(0);
  expect(pages).toEqual(expect.arrayContaining([sitePath('/'), '/404.html', ...sections]));
  expect(pages.length).toBeGreaterThan(20);
});

// Two pages at a time (the e2e project's maxConcurrency): one page's axe run in Node while the
// other renders keeps both cores busy. Concurrent tests take `expect` from their own context.
test.concurrent.for(pages)(
  '%s: headers sent, nothing logged or failed, nothing from elsewhere, no policy broken, axe clean in both themes',
  // Two axe runs in one test: twice the time each had alone (/print/ is the whole paper).
  { timeout: 240_000 },
  async (path, { expect }) => {
    const { origin } = new URL(server.url);
    const context = await browser.newContext({ colorScheme: 'light' });
    const local: string[] = [];
    const outside: string[] = [];
    try {
      // Every request goes through this route; one to another origin is noted and never sent.
      await context.route('**/*', async (route) => {
        const url = route.request().url();
        if (url.startsWith(`${origin}/`) || url.startsWith('data:')) {
          local.push(url);
          await route.continue();
        } else {
          outside.push(url);
          await route.abort('blockedbyclient');
        }
      });
      const policy = await recordPolicyViolations(context);
      const page = await context.newPage();
      const problems = recordProblems(page);
      const response = await page.goto(pageUrl(path, server.url), { waitUntil: 'networkidle' });
      expect(response?.status()).toBe(200);
      const headers = response?.headers() ?? {};
      expect(headers['content-security-policy'], path).toMatch(/default-src 'self'/);
      expect(headers['x-content-type-options']).toBe('nosniff');
      expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
      await expect(page.locator('h1').count()).resolves.toBe(1);
      // The document and its stylesheet at least: the route really saw the traffic.
      expect(local.length).toBeGreaterThanOrEqual(2);

      const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      const light = await runAxe(page);
      const lightBackground = await background();
      await page.emulateMedia({ colorScheme: 'dark' });
      // The switch took: the page's own colours are now the dark ones.
      await expect(page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).resolves.toBe(true);
      await expect(background()).resolves.not.toBe(lightBackground);
      const dark = await runAxe(page);
      // Proof that axe looked at something: a page always passes some rules (lang, title…).
      expect(Math.min(light.passes, dark.passes)).toBeGreaterThan(10);

      expect({ outside, problems, policy, light: light.violations, dark: dark.violations }).toEqual({
        outside: [],
        problems: [],
        policy: [],
        light: [],
        dark: [],
      });
    } finally {
      await context.close();
    }
  },
);

test('search (WebAssembly and its index) and search highlighting run under the same policy', async () => {
  const context = await browser.newContext();
  const policy = await recordPolicyViolations(context);
  const page = await context.newPage();
  const problems = recordProblems(page);
  try {
    await page.goto(pageUrl(sitePath('/search/?q=Syria'), server.url));
    await expect.poll(() => page.locator('[data-search-status]').textContent(), { timeout: 15_000 }).toMatch(/match/);
    // Popovers and other scripts run too.
    await page.goto(pageUrl(paperPath('/iran-and-russia-the-syrian-question/?highlight=Syria'), server.url));
    await expect.poll(() => page.locator('mark.search-hit').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    expect(policy).toEqual([]);
    expect(problems).toEqual([]);
  } finally {
    await context.close();
  }
});
