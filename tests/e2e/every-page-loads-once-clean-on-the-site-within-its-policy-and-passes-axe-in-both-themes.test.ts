/**
 * One visit per built page, served with the site's own `_headers`, proves at once what used to take
 * four visits: the security headers are sent; the page logs nothing, fails no request, breaks none of
 * its Content Security Policy and asks nothing of another origin; and axe (WCAG 2.2 AA and best
 * practice) finds no violation in the light theme, then in the dark one after switching the
 * emulated `prefers-color-scheme` in place, as a reader's system would, without a reload.
 * The worker is the same file on every page, and once installed it fetches the whole site (some 250
 * files) for offline reading: its requests are checked once, on the home page, in a context of their
 * own. The other visits block it, so each sees its own page's traffic: they take turns in two pages
 * kept open (support/page-pool.ts), each visit a new document whose every file comes from the
 * server, as routing turns the HTTP cache off ("Enabling routing disables http cache").
 */
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { runAxe, SITE_RULES } from './support/axe.ts';
import { emptier, usePagePool } from './support/page-pool.ts';
import { launchBrowser } from './support/browser.ts';
import { recordPolicyViolations, recordProblems, WORKER_BLOCKED } from './support/page-problems.ts';
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

/** Sends every request of `context` through a route: one to another origin is noted and never sent. */
async function watchTraffic(context: BrowserContext): Promise<{ local: string[]; outside: string[] }> {
  const { origin } = new URL(server.url);
  const traffic = { local: [] as string[], outside: [] as string[] };
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    if (url.startsWith(`${origin}/`) || url.startsWith('data:')) {
      traffic.local.push(url);
      await route.continue();
    } else {
      traffic.outside.push(url);
      await route.abort('blockedbyclient');
    }
  });
  return traffic;
}

test('the service worker keeps the whole site from its own origin: nothing from elsewhere, nothing failed', async () => {
  const context = await browser.newContext();
  try {
    const { local, outside } = await watchTraffic(context);
    // The worker's own requests are the context's, not the page's.
    const failed: string[] = [];
    context.on('requestfailed', (request) => failed.push(`${request.url()} (${request.failure()?.errorText ?? '?'})`));
    context.on('response', (response) => {
      if (response.status() >= 400) failed.push(`HTTP ${response.status()}: ${response.url()}`);
    });
    const policy = await recordPolicyViolations(context);
    const page = await context.newPage();
    const problems = recordProblems(page);
    await page.goto(pageUrl(sitePath('/'), server.url));
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    await expect
      .poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null), { timeout: 30_000 })
      .toBe(true);
    const kept = await page.evaluate(async () => {
      const [name] = (await caches.keys()).filter((key) => key.startsWith('paper-'));
      return name ? (await (await caches.open(name)).keys()).length : 0;
    });
    // It fetched what it keeps (pages, assets, the search index), each request seen by the route.
    expect(kept).toBeGreaterThan(pages.length);
    expect(local.length).toBeGreaterThanOrEqual(kept);
    expect({ outside, failed, problems, policy }).toEqual({ outside: [], failed: [], problems: [], policy: [] });
  } finally {
    await context.close();
  }
});

// Two pages at a time (the e2e project's maxConcurrency): one page's axe run in Node while the
// other renders keeps both cores busy. Concurrent tests take `expect` from their own context.
// Two visits at a time (the e2e project's maxConcurrency), each in its own pooled page: one page's
// axe run in Node while the other renders keeps both cores busy. Concurrent tests take `expect`
// from their own context.
const pool = usePagePool(
  () => browser,
  { colorScheme: 'light', serviceWorkers: 'block' },
  async (context, page) => {
    const traffic = await watchTraffic(context);
    const policy = await recordPolicyViolations(context);
    const problems = recordProblems(page, { ignore: [WORKER_BLOCKED] });
    return {
      records: { ...traffic, policy, problems },
      clear: emptier(traffic.local, traffic.outside, policy, problems),
    };
  },
);

test.concurrent.for(pages)(
  '%s: headers sent, nothing logged or failed, nothing from elsewhere, no policy broken, axe clean in both themes',
  // Two axe runs in one test: twice the time each had alone (/print/ is the whole paper).
  { timeout: 240_000 },
  (path, { expect }) =>
    pool.visit(async ({ page, records: { local, outside, policy, problems } }) => {
      // axe from the load event on; the requests still pending then (the favicon) are awaited below.
      const response = await page.goto(pageUrl(path, server.url));
      expect(response?.status()).toBe(200);
      const headers = response?.headers() ?? {};
      expect(headers['content-security-policy'], path).toMatch(/default-src 'self'/);
      expect(headers['x-content-type-options']).toBe('nosniff');
      expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
      await expect(page.locator('h1').count()).resolves.toBe(1);
      // The document and its stylesheet at least: the route really saw the traffic.
      expect(local.length).toBeGreaterThanOrEqual(2);

      const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      const light = await runAxe(page, SITE_RULES);
      const lightBackground = await background();
      await page.emulateMedia({ colorScheme: 'dark' });
      // The switch took: the page's own colours are now the dark ones.
      await expect(page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).resolves.toBe(true);
      await expect(background()).resolves.not.toBe(lightBackground);
      const dark = await runAxe(page, SITE_RULES);
      // Proof that axe looked at something: a page always passes some rules (lang, title…).
      expect(Math.min(light.passes, dark.passes)).toBeGreaterThan(10);
      await page.waitForLoadState('networkidle');

      expect({ outside, problems, policy, light: light.violations, dark: dark.violations }).toEqual({
        outside: [],
        problems: [],
        policy: [],
        light: [],
        dark: [],
      });
    }),
);

test('axe as run here finds what it should: a planted violation in each theme, and a second run on the same document', async () => {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    // An image without a text alternative, and grey on white below 4.5:1 (white on white in the dark).
    await page.setContent(
      '<!doctype html><html lang="en"><title>t</title><main><img src="data:," ><p style="color: light-dark(#aaa, #fff); background: light-dark(#fff, #fff)">faint</p></main>',
    );
    const light = await runAxe(page, SITE_RULES);
    await page.emulateMedia({ colorScheme: 'dark' });
    const dark = await runAxe(page, SITE_RULES);
    for (const { violations } of [light, dark]) {
      expect(violations.map((v) => v.split(' ')[0])).toEqual(expect.arrayContaining(['image-alt', 'color-contrast']));
    }
  } finally {
    await context.close();
  }
});

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
