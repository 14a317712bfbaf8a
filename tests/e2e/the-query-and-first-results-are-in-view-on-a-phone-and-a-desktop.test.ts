import type { Browser, Locator } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchBrowser } from './support/browser.ts';
import { open, searchStatus } from './support/search-page.ts';
import { sitePath } from './support/paths.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser.close());

const box = async (locator: Locator) => {
  const b = await locator.boundingBox();
  if (!b) throw new Error(`${locator.toString()} is not rendered`);
  return b;
};

const sizes = [
  { name: 'phone', viewport: { width: 375, height: 800 }, isMobile: true, hasTouch: true },
  { name: 'desktop', viewport: { width: 1440, height: 900 }, isMobile: false, hasTouch: false },
] as const;

test.for(sizes)('$name: the query and the first results are in view without scrolling', async (size) => {
  const { context, page, problems } = await open(browser, sitePath('/search/?q=Syria'), {
    viewport: size.viewport,
    isMobile: size.isMobile,
    hasTouch: size.hasTouch,
  });
  try {
    await searchStatus(page, 'Syria');
    expect(await page.evaluate(() => scrollY)).toBe(0);
    const { height } = size.viewport;
    const field = await box(page.locator('#search-q'));
    expect(field.y).toBeGreaterThanOrEqual(0);
    // At least the first two results, link and excerpt, end above the fold.
    const excerpts = page.locator('[data-search-results] li p');
    expect(await excerpts.count()).toBeGreaterThanOrEqual(2);
    const second = await box(excerpts.nth(1));
    expect(second.y + second.height, 'second result ends below the fold').toBeLessThanOrEqual(height);
    const summary = await box(page.locator('.search-filters summary'));
    const results = await box(page.locator('[data-search-results]'));
    const keys = page.locator('#search-keys');
    if (size.name === 'phone') {
      // Filters: one tap away, collapsed, above the results; no keyboard hints on a touch screen.
      await expect(page.locator('.search-filters').getAttribute('open')).resolves.toBeNull();
      expect(summary.y + summary.height).toBeLessThanOrEqual(results.y);
      await expect(keys.isVisible()).resolves.toBe(false);
      await page.locator('.search-filters summary').click();
      await expect(page.locator('input[name="section"]').first().isVisible()).resolves.toBe(true);
    } else {
      // Filters open beside the results, and the keyboard hints show.
      const firstBox = await box(page.locator('input[name="section"]').first());
      expect(firstBox.x).toBeGreaterThan(results.x + results.width);
      expect(firstBox.y).toBeLessThan(height);
      await expect(keys.isVisible()).resolves.toBe(true);
    }
    expect(problems).toEqual([]);
  } finally {
    await context.close();
  }
});

test('without JavaScript the search page says so at the top and offers the theme pages and the sources', async () => {
  const { context, page } = await open(browser, sitePath('/search/'), {
    javaScriptEnabled: false,
    viewport: { width: 375, height: 800 },
  });
  try {
    const note = page.locator('.search-nojs');
    await expect(note.textContent()).resolves.toMatch(/needs JavaScript/);
    const noteBox = await box(note);
    const fieldBox = await box(page.locator('#search-q'));
    expect(noteBox.y).toBeLessThan(fieldBox.y);
    const links = await note
      .locator('a')
      .evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(links).toEqual(
      expect.arrayContaining([expect.stringMatching(/\/themes\/$/), expect.stringMatching(/\/sources\/$/)]),
    );
    await expect(page.locator('#search-keys').isVisible()).resolves.toBe(false);
  } finally {
    await context.close();
  }
});
