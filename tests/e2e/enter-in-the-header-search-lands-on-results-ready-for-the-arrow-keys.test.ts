import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchBrowser } from './support/browser.ts';
import { open, resultLinks, searchStatus } from './support/search-page.ts';
import { paperPath, sectionPath } from './support/paths.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser.close());

const focusedHref = (page: Page) =>
  page.evaluate(() => (document.activeElement as HTMLAnchorElement | null)?.getAttribute('href') ?? '');

test('Enter in the header’s field opens /search/ with the results, and ↓ goes straight to the first', async () => {
  const { context, page, problems } = await open(browser, sectionPath('the-afghan-challenge'));
  try {
    await page.locator('#site-search').fill('Taleban');
    await page.locator('#site-search').press('Enter');
    await page.waitForURL(/\/search\/\?q=Taleban$/);
    await searchStatus(page, 'Taleban');
    await page.keyboard.press('ArrowDown');
    const [[, first]] = (await resultLinks(page)) as [[string, string]];
    expect(new URL(first).pathname).toBe(new URL(await focusedHref(page), first).pathname);
    await page.keyboard.press('ArrowDown');
    expect(await focusedHref(page)).not.toBe(new URL(first).pathname + new URL(first).search + new URL(first).hash);
    expect(problems).toEqual([]);
  } finally {
    await context.close();
  }
});

test('a section page searches that section, and the results widen to the whole paper', async () => {
  const { context, page, problems } = await open(browser, sectionPath('the-afghan-challenge'));
  try {
    await page.getByRole('link', { name: 'Search this section' }).click();
    // The section's filter value names its paper (`<paper>/<slug>`): two papers may share a slug.
    const value = `${paperPath('/').slice(1)}the-afghan-challenge`;
    await page.waitForURL((url) => url.pathname === '/search/' && url.search === `?section=${value}`);
    await expect(page.locator(`input[name="section"][value="${value}"]`).isChecked()).resolves.toBe(true);
    await page.locator('#search-q').fill('Moscow');
    const within = Number(/^(\d+)/.exec(await searchStatus(page, 'Moscow'))?.[1]);
    for (const [, href] of await resultLinks(page))
      expect(new URL(href).pathname).toBe(sectionPath('the-afghan-challenge'));
    const widen = page.getByRole('button', { name: /^Search the whole paper \(\d+ passages\)$/ });
    const all = Number(/\((\d+)/.exec((await widen.textContent()) ?? '')?.[1]);
    expect(all).toBeGreaterThan(within);
    await widen.click();
    await expect.poll(async () => Number(/^(\d+)/.exec(await searchStatus(page, 'Moscow'))?.[1])).toBe(all);
    expect(page.url()).not.toMatch(/section=/);
    expect(problems).toEqual([]);
  } finally {
    await context.close();
  }
});
