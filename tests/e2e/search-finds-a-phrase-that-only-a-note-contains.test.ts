import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchBrowser } from './support/browser.ts';
import { open, resultLinks, searchStatus } from './support/search-page.ts';
import { sitePath } from './support/paths.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser.close());

test('an outlet named only in a note finds that note, and the result opens it', async () => {
  const { context, page, problems } = await open(browser, sitePath('/search/?q=%22Ensaf%20News%22'));
  try {
    await expect(searchStatus(page, '"Ensaf News"')).resolves.toMatch(/^1 passage matches/);
    const [[label, href]] = (await resultLinks(page)) as [[string, string]];
    expect(label).toBe('Note 18');
    expect(href).toMatch(/#user-content-fn-18$/);
    await page.locator('a[data-result]').first().click();
    await page.waitForURL(/#user-content-fn-18$/);
    await expect(page.evaluate(() => document.querySelector(':target')?.id)).resolves.toBe('user-content-fn-18');
    await expect.poll(() => page.locator('#user-content-fn-18 mark.search-hit').count()).toBeGreaterThan(0);
    expect(problems).toEqual([]);
  } finally {
    await context.close();
  }
});
