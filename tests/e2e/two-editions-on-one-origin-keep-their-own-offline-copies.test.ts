/**
 * Two editions deployed under different base paths of one origin (/papers/a/, /papers/b/) keep
 * their own offline copies: neither worker deletes the other's cache, both read and search offline,
 * a new deployment of one leaves the other alone, and distinct searches add no cache entries.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchBrowser } from './support/browser.ts';
import { editionDir, editionsRoot } from './support/editions.ts';
import { sectionPath } from './support/paths.ts';
import { startStaticServer, type StaticServer } from './support/static-server.ts';

const EDITIONS = ['a', 'b'] as const;
let root: string;
let server: StaticServer;
let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  // The run's shared sub-path builds (support/editions.ts): /papers/a/ may be built already.
  for (const e of EDITIONS) editionDir(e);
  root = editionsRoot();
  server = await startStaticServer(root);
  browser = await launchBrowser();
  context = await browser.newContext();
}, 400_000);

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.close();
});

const cacheKeys = (page: Page) =>
  page.evaluate(async () => (await caches.keys()).filter((k) => k.startsWith('paper-')));
const entries = (page: Page, name: string) =>
  page.evaluate(async (n) => (await (await caches.open(n)).keys()).length, name);

/** Opens an edition's home page and waits until its worker controls it with its cache filled. */
async function visit(page: Page, edition: string): Promise<string> {
  await page.goto(`${server.url}papers/${edition}/`);
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await expect
    .poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null), { timeout: 30_000 })
    .toBe(true);
  const prefix = `paper-/papers/${edition}/-`;
  await expect
    .poll(async () => (await cacheKeys(page)).filter((k) => k.startsWith(prefix)).length, {
      timeout: 30_000,
    })
    .toBe(1);
  return (await cacheKeys(page)).find((k) => k.startsWith(prefix))!;
}

async function search(page: Page, edition: string, query: string): Promise<void> {
  await page.goto(`${server.url}papers/${edition}/search/?q=${query}`);
  await expect.poll(() => page.locator('[data-search-status]').textContent(), { timeout: 20_000 }).toMatch(/match/);
}

test('each edition keeps its own cache; both read and search offline', async () => {
  const page = await context.newPage();
  const cacheA = await visit(page, 'a');
  const cacheB = await visit(page, 'b');
  // b's worker activated after a's cache was filled: a's cache is still there.
  expect((await cacheKeys(page)).sort()).toEqual([cacheA, cacheB].sort());

  // Distinct queries and highlights add no entry: the cache holds the build's files only.
  const before = await entries(page, cacheA);
  for (const q of ['Syria', 'Caucasus', 'Nakhchivan']) await search(page, 'a', q);
  await page.goto(`${server.url}papers/a${sectionPath('introduction')}?highlight=Russia`);
  expect(await entries(page, cacheA)).toBe(before);

  await context.setOffline(true);
  try {
    for (const e of EDITIONS) {
      await page.goto(`${server.url}papers/${e}${sectionPath('conclusion')}`);
      await expect(page.locator('h1').count()).resolves.toBe(1);
      // Links stay in the edition.
      const hrefs = await page.locator('main a[href^="/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      for (const href of hrefs) expect(href).toMatch(new RegExp(`^/papers/${e}/`));
      await search(page, e, 'Nakhchivan');
      await expect(page.locator('a[data-result]').first().getAttribute('href')).resolves.toMatch(
        new RegExp(`^/papers/${e}/`),
      );
    }
  } finally {
    await context.setOffline(false);
  }
  await page.close();
});

test('after a new deployment, the search index entry comes from the network, not the old cache', async () => {
  const page = await context.newPage();
  // Edition b: a is shared with the base-path test, which may run at the same time; b is this file's.
  await visit(page, 'b');
  const entry = join(root, 'papers', 'b', 'pagefind', 'pagefind-entry.json');
  const deployed = readFileSync(entry, 'utf8');
  // The new deployment's entry names new index chunks; the old worker still controls the page.
  writeFileSync(entry, deployed.replace(/^\{/, '{"redeployed":true,'));
  try {
    const text = await page.evaluate(() =>
      fetch(`${location.pathname}pagefind/pagefind-entry.json?ts=${Date.now()}`).then((r) => r.text()),
    );
    expect(text).toContain('"redeployed":true');
  } finally {
    writeFileSync(entry, deployed);
    await page.close();
  }
});

test('a new deployment of one edition replaces its cache only', async () => {
  const page = await context.newPage();
  const [cacheA, cacheB] = [await visit(page, 'a'), await visit(page, 'b')];
  const sw = join(root, 'papers', 'b', 'sw.js');
  const deployed = readFileSync(sw, 'utf8');
  writeFileSync(sw, deployed.replace(/const VERSION = "([^"]+)"/, 'const VERSION = "$1-next"'));
  try {
    await page.goto(`${server.url}papers/b/`);
    await page.reload();
    await expect
      .poll(async () => (await cacheKeys(page)).sort(), { timeout: 30_000 })
      .toEqual([cacheA, `${cacheB}-next`].sort());
    await context.setOffline(true);
    try {
      await page.goto(`${server.url}papers/a${sectionPath('introduction')}`);
      await expect(page.locator('h1').count()).resolves.toBe(1);
    } finally {
      await context.setOffline(false);
    }
  } finally {
    // The shared build goes back as it was built.
    writeFileSync(sw, deployed);
    await page.close();
  }
});
