import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchBrowser } from './support/browser.ts';
import { passageText, plain } from './support/passages.ts';
import { open, resultLinks, searchStatus } from './support/search-page.ts';
import { sitePath } from './support/paths.ts';

interface VariantQuery {
  kind: 'person' | 'place' | 'organisation' | 'hyphenation';
  query: string;
  finds: string;
  only: string[];
}
const { queries } = JSON.parse(readFileSync('tests/fixtures/search/variant-queries.json', 'utf8')) as {
  queries: VariantQuery[];
};

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser.close());

/** Types `query` and returns the text of every result's passage (all results, "show more" pressed until none is left). */
async function allResults(page: Page, query: string): Promise<string[]> {
  await page.locator('#search-q').fill(query);
  const status = await searchStatus(page, query);
  if (/^No passage/.test(status)) return [];
  const more = page.locator('[data-search-more]');
  while (await more.isVisible()) {
    const before = await page.locator('a[data-result]').count();
    await more.click();
    await expect.poll(() => page.locator('a[data-result]').count()).toBeGreaterThan(before);
  }
  const total = Number(/^(\d+)/.exec(status)?.[1]);
  const links = await resultLinks(page);
  expect(links, query).toHaveLength(total);
  return Promise.all(links.map(([, href]) => passageText(href)));
}

test('the fixture covers people, places, organisations and hyphenation with at least 20 queries', () => {
  expect(queries.length).toBeGreaterThanOrEqual(20);
  expect(new Set(queries.map((q) => q.kind))).toEqual(new Set(['person', 'place', 'organisation', 'hyphenation']));
});

test('each variant query finds the passages printing the paper’s spelling, and nothing matched on initials', async () => {
  const { context, page, problems } = await open(browser, sitePath('/search/'));
  try {
    for (const { query, finds, only } of queries) {
      const texts = (await allResults(page, query)).map(plain);
      expect(texts.length, `${query}: no result`).toBeGreaterThan(0);
      expect(
        texts.some((t) => t.includes(plain(finds))),
        `${query}: no result prints “${finds}”`,
      ).toBe(true);
      for (const t of texts) {
        expect(
          only.some((form) => t.includes(plain(form))),
          `${query}: a result prints none of ${only.join(', ')}: ${t.slice(0, 120)}`,
        ).toBe(true);
      }
    }
    expect(problems).toEqual([]);
  } finally {
    await context.close();
  }
});

test('a word the paper does not print offers the edition’s own word, and taking the offer searches it', async () => {
  const { context, page, problems } = await open(browser, sitePath('/search/'));
  try {
    for (const [typo, word] of [
      ['Tehrn', 'Tehran'],
      ['Lavorv', 'Lavrov'],
      ['sancions', 'sanctions'],
    ] as const) {
      await page.locator('#search-q').fill(typo);
      await expect(searchStatus(page, typo)).resolves.toMatch(/^No passage matches/);
      const offer = page.locator('[data-did-you-mean] a', { hasText: new RegExp(`^${word}$`, 'i') });
      await expect(offer.count(), typo).resolves.toBe(1);
      await offer.click();
      await expect(searchStatus(page, word.toLowerCase())).resolves.toMatch(/^\d+ passages? match/);
      await expect(page.locator('a[data-result]').count()).resolves.toBeGreaterThan(0);
    }
    // Single letters and initials never drive a match: a lone initial is no query at all.
    await page.locator('#search-q').fill('K.');
    await expect(searchStatus(page, 'K.')).resolves.toMatch(/^No passage matches/);
    expect(problems).toEqual([]);
  } finally {
    await context.close();
  }
});
