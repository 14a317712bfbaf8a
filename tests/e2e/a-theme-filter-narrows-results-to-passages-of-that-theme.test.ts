import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { launchBrowser } from './support/browser.ts';
import { open, resultLinks, searchStatus } from './support/search-page.ts';
import { sitePath } from './support/paths.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser.close());

const count = (status: string): number => Number(/^(\d+)/.exec(status)?.[1] ?? 0);

test('filtering on a theme keeps only passages the site marks with that theme', async () => {
  const { context, page, problems } = await open(browser, sitePath('/search/?q=Moscow'));
  try {
    const all = count(await searchStatus(page, 'Moscow'));
    await page.getByRole('checkbox', { name: /^Afghanistan and the Taleban/ }).check();
    await expect.poll(async () => count(await searchStatus(page, 'Moscow'))).toBeLessThan(all);
    const narrowed = count(await searchStatus(page, 'Moscow'));
    expect(narrowed).toBeGreaterThan(0);
    expect(page.url()).toMatch(/[?&]theme=afghanistan/);
    // The filter count beside the theme agrees with the results.
    await expect(
      page
        .getByRole('checkbox', { name: /^Afghanistan and the Taleban/ })
        .locator('xpath=..')
        .locator('[data-count]')
        .textContent(),
    ).resolves.toBe(String(narrowed));

    // Each result's passage, on its own page, carries the theme.
    const base = inject('baseUrl');
    for (const [, href] of (await resultLinks(page)).slice(0, 6)) {
      const url = new URL(href);
      const html = await (await fetch(new URL(url.pathname.replace(/^\//, ''), base))).text();
      const id = url.hash.slice(1);
      const tag = new RegExp(`<(?:p|li) id="${id}"[^>]*data-themes="([^"]*)"`).exec(html);
      expect(tag?.[1]?.split(' '), href).toContain('afghanistan');
    }
    expect(problems).toEqual([]);
  } finally {
    await context.close();
  }
});
