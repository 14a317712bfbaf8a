import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchBrowser } from './support/browser.ts';
import { pageUrl, paperPath } from './support/paths.ts';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser.close());

const entries = (page: Page) => page.locator('li.source-entry');

test('with JavaScript off, the sort and filter links show the sources by date, by type and by section', async () => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  try {
    const page = await context.newPage();
    await page.goto(pageUrl(paperPath('/sources/')));
    const total = await entries(page).count();
    expect(total).toBe(84);
    const nav = page.getByRole('navigation', { name: 'Sort and filter the sources' });
    await expect(nav.getByRole('link', { name: 'By author' }).getAttribute('aria-current')).resolves.toBe('page');

    await nav.getByRole('link', { name: 'By date' }).click();
    await page.waitForURL((url) => url.pathname === paperPath('/sources/by-date/'));
    const dates = await entries(page).evaluateAll((lis) => lis.map((li) => li.getAttribute('data-issued') ?? ''));
    expect(dates).toHaveLength(total);
    expect(dates).toEqual([...dates].sort());
    expect(new Set(dates).size).toBeGreaterThan(20);

    await page.getByRole('link', { name: /^Reports \(\d+\)$/ }).click();
    await page.waitForURL((url) => url.pathname === paperPath('/sources/type/report/'));
    const types = await entries(page).evaluateAll((lis) => lis.map((li) => li.getAttribute('data-type')));
    expect(types.length).toBeGreaterThan(1);
    expect(types.length).toBeLessThan(total);
    expect(new Set(types)).toEqual(new Set(['report']));

    await page.getByRole('link', { name: /^Introduction \(\d+\)$/ }).click();
    await page.waitForURL((url) => url.pathname === paperPath('/sources/section/introduction/'));
    const count = await entries(page).count();
    expect(count).toBeGreaterThan(1);
    // Each entry shown cites back into the Introduction.
    for (let i = 0; i < count; i += 1) {
      await expect(
        entries(page)
          .nth(i)
          .locator(`a[href^="${paperPath('/introduction/')}#user-content-fn-"]`)
          .count(),
      ).resolves.toBeGreaterThan(0);
    }

    await page.getByRole('link', { name: 'By author' }).click();
    await page.waitForURL((url) => url.pathname === paperPath('/sources/'));
    await expect(entries(page).count()).resolves.toBe(total);
  } finally {
    await context.close();
  }
});
