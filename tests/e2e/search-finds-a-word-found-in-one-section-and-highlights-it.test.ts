import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchBrowser } from './support/browser.ts';
import { open, openFirstResult, resultLinks, searchStatus } from './support/search-page.ts';
import { sitePath } from './support/paths.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser.close());

test('a word that only one section’s text contains leads there, highlighted', async () => {
  const { context, page, problems } = await open(browser, sitePath('/search/'));
  try {
    await page.getByRole('searchbox', { name: /words or a/i }).fill('Kanopus');
    await expect(searchStatus(page, 'Kanopus')).resolves.toMatch(/^1 passage matches/);
    const [[label, href]] = (await resultLinks(page)) as [[string, string]];
    expect(label).toBe('Paragraph 2');
    expect(href).toMatch(/\/towards-a-partnership-centered-on-security\/\?highlight=kanopus#p2$/i);
    await expect(page.locator('[data-search-results] h2').allTextContents()).resolves.toEqual([
      'Towards a partnership centered on security',
    ]);
    // The excerpt marks the word.
    await expect(page.locator('[data-search-results] mark').first().textContent()).resolves.toMatch(/Kanopus/);

    await openFirstResult(page, 'p2', 'Kanopus');
    expect(problems).toEqual([]);
  } finally {
    await context.close();
  }
});
