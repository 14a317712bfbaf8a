import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchBrowser } from './support/browser.ts';
import { waitForOffline } from './support/offline.ts';
import { distDir, sectionSlugs } from './support/site.ts';
import { startStaticServer, type StaticServer } from './support/static-server.ts';
import { pageUrl, paperPath, sectionPath, sitePath } from './support/paths.ts';

// A copy of the build, so the test can deploy a "new version" over it.
const site = mkdtempSync(join(tmpdir(), 'offline-site-'));
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  cpSync(distDir, site, { recursive: true });
  server = await startStaticServer(site, { headers: true });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
  await server.close();
  rmSync(site, { recursive: true, force: true });
});

test('after a first visit, every page, its notes and the search work with the network cut', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  try {
    await page.goto(pageUrl(paperPath('/'), server.url));
    await waitForOffline(page);
    await context.setOffline(true);

    // A section never visited, its notes, the sources and the theme pages.
    for (const slug of await sectionSlugs()) {
      await page.goto(pageUrl(sectionPath(slug), server.url));
      await expect(page.locator('h1').count()).resolves.toBe(1);
    }
    await page.goto(pageUrl(paperPath('/conclusion/#user-content-fn-98'), server.url));
    await expect(page.locator('#user-content-fn-98').textContent()).resolves.toMatch(/missing from the source/);
    await page.goto(pageUrl(paperPath('/sources/'), server.url));
    await expect(page.locator('h1').textContent()).resolves.toMatch(/Sources/);

    // Search: Pagefind's code and index come from the cache.
    await page.goto(pageUrl(sitePath('/search/?q=Nakhchivan'), server.url));
    await expect.poll(() => page.locator('[data-search-status]').textContent(), { timeout: 15_000 }).toMatch(/match/);
    await expect(page.locator('a[data-result]').count()).resolves.toBeGreaterThan(0);
  } finally {
    await context.close();
  }
});

test('a new deployment replaces the old one: no stale page once it is online', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  try {
    await page.goto(pageUrl(sectionPath('introduction'), server.url));
    await waitForOffline(page);
    const before = await page.evaluate(async () => (await caches.keys()).find((k) => k.startsWith('paper-')));

    // Deploy a new version: a changed page and a service worker with a new version.
    const pagePath = join(site, sectionPath('introduction').slice(1), 'index.html');
    writeFileSync(pagePath, readFileSync(pagePath, 'utf8').replace('</h1>', ' (revised)</h1>'));
    const swPath = join(site, 'sw.js');
    writeFileSync(
      swPath,
      readFileSync(swPath, 'utf8').replace(/const VERSION = "([^"]+)"/, 'const VERSION = "$1-next"'),
    );

    await page.reload();
    await expect(page.locator('h1').textContent()).resolves.toMatch(/\(revised\)/);
    // The new worker takes over and drops the old cache.
    await expect
      .poll(() => page.evaluate(async () => (await caches.keys()).filter((k) => k.startsWith('paper-'))), {
        timeout: 20_000,
      })
      .toEqual([`${before}-next`]);
    await context.setOffline(true);
    await page.reload();
    await expect(page.locator('h1').textContent()).resolves.toMatch(/\(revised\)/);
  } finally {
    await context.close();
  }
});
