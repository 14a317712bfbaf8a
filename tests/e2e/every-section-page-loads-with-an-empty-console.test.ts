import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { launchBrowser } from './support/browser.ts';
import { recordProblems } from './support/page-problems.ts';
import { builtPages, sectionSlugs } from './support/site.ts';

const slugs = await sectionSlugs();
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser.close());

test('every section of content/papers/russia-iran-partnership/generated/ was built as a page', async () => {
  expect(slugs.length).toBeGreaterThan(0);
  const pages = await builtPages();
  expect(pages).toEqual(expect.arrayContaining(slugs.map((slug) => `/${slug}/`)));
});

test.for(slugs)('/%s/ loads with no console message, error or failed request', async (slug) => {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const problems = recordProblems(page);
    const response = await page.goto(new URL(`${slug}/`, inject('baseUrl')).href, { waitUntil: 'networkidle' });
    expect(response?.status()).toBe(200);
    await expect(page.locator('h1').count()).resolves.toBe(1);
    expect(problems).toEqual([]);
  } finally {
    await context.close();
  }
});
