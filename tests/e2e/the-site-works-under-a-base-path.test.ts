import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchBrowser } from './support/browser.ts';
import { crawl } from './support/crawl.ts';
import { editionDir } from './support/editions.ts';
import { recordProblems } from './support/page-problems.ts';
import { paperPath, sectionPath, sitePath } from './support/paths.ts';
import { sectionSlugs } from './support/site.ts';
import { startStaticServer, type StaticServer } from './support/static-server.ts';

// The shared /papers/a/ build (support/editions.ts), with SITE_URL=https://example.org.
const BASE = '/papers/a/';
let outDir: string;
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  outDir = editionDir('a');
  server = await startStaticServer(outDir, { base: BASE, headers: true });
  browser = await launchBrowser();
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

test('a crawl under /papers/a/ finds no broken link or fragment and never leaves the base path', async () => {
  const { checked, broken } = await crawl(server.url);
  expect(broken).toEqual([]);
  const urls = checked.map((l) => l.url);
  const slugs = await sectionSlugs();
  expect(urls).toEqual(expect.arrayContaining(slugs.map((s) => `${server.url}${sectionPath(s).slice(1)}`)));
  expect(urls).toEqual(
    expect.arrayContaining(
      [paperPath('/themes/'), paperPath('/sources/'), sitePath('/glossary/')].map((p) => `${server.url}${p.slice(1)}`),
    ),
  );
  const origin = new URL(server.url).origin;
  for (const url of urls) if (url.startsWith(origin)) expect(url).toMatch(new RegExp(`^${server.url}`));
});

test('pages, assets and the service worker are addressed under the base path', () => {
  const home = readFileSync(join(outDir, 'index.html'), 'utf8');
  const hrefs = [...home.matchAll(/\s(?:href|src)="(\/[^"]*)"/g)].map((m) => m[1]!);
  expect(hrefs.length).toBeGreaterThan(10);
  for (const href of hrefs) expect(href).toMatch(/^\/papers\/a\//);
  expect(home).toContain('<link rel="canonical" href="https://example.org/papers/a/"');
  const sw = readFileSync(join(outDir, 'sw.js'), 'utf8');
  expect(sw).toContain('const BASE = "/papers/a/"');
  expect(readFileSync(join(outDir, '_headers'), 'utf8')).toMatch(/^\/papers\/a\/\*/);
});

test('search returns results under the base path, with links that stay under it', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const problems = recordProblems(page);
  try {
    await page.goto(`${server.url}search/?q=Nakhchivan`);
    const status = page.locator('[data-search-status]');
    await expect.poll(() => status.textContent(), { timeout: 15_000 }).toMatch(/match/);
    const hrefs = await page
      .locator('a[data-result]')
      .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of hrefs) expect(href.startsWith(`${server.url}`)).toBe(true);
    await page.locator('a[data-result]').first().click();
    await page.waitForURL(/highlight=nakhchivan/i);
    await expect.poll(() => page.locator('mark.search-hit').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    expect(problems).toEqual([]);
  } finally {
    await context.close();
  }
});
