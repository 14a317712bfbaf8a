import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchBrowser } from './support/browser.ts';
import { open, searchStatus } from './support/search-page.ts';
import { sitePath } from './support/paths.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser.close());

test('/ focuses the search field, ↓ and ↑ move through results, Enter opens one, Esc comes back', async () => {
  const { context, page, problems } = await open(browser, sitePath('/search/'));
  try {
    const field = page.getByRole('searchbox', { name: /words or a/i });
    // The search page focuses its field on load (ready for ↓); leave it to prove that / comes back to it.
    await expect(field.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    await field.evaluate((el) => el.blur());
    await page.keyboard.press('/');
    await expect(field.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    await page.keyboard.type('Nakhchivan');
    await expect(searchStatus(page, 'Nakhchivan')).resolves.toMatch(/match/);
    await page.keyboard.press('ArrowDown');
    const focused = () =>
      page.evaluate(() => (document.activeElement as HTMLAnchorElement | null)?.getAttribute('href') ?? '');
    const first = await focused();
    expect(first).toMatch(/highlight=nakhchivan[^#]*#/i);
    await page.keyboard.press('ArrowUp');
    await expect(field.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Escape');
    await expect(field.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.waitForURL(/highlight=nakhchivan[^#]*#/i);
    expect(problems).toEqual([]);
  } finally {
    await context.close();
  }
});
