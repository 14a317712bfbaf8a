import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchBrowser } from './support/browser.ts';
import { open, searchStatus } from './support/search-page.ts';
import { sitePath } from './support/paths.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser.close());

const total = (status: string): number => (/^No passage/.test(status) ? 0 : Number(/^(\d+)/.exec(status)?.[1]));
const shown = async (box: Locator): Promise<number> =>
  Number(await box.locator('xpath=..').locator('[data-count]').textContent());

/** Each box's displayed count, against the number of results with that box alone (plus `keep`) checked. */
async function checkEachBox(page: Page, query: string, boxes: Locator, keep?: Locator): Promise<number[]> {
  const counts: number[] = [];
  for (let i = 0; i < (await boxes.count()); i++) {
    const box = boxes.nth(i);
    const label = (await box.locator('xpath=..').textContent())?.trim();
    const count = await shown(box);
    counts.push(count);
    await box.check();
    await expect.poll(async () => total(await searchStatus(page, query)), { message: `${label}` }).toBe(count);
    await box.uncheck();
    if (keep) await expect.poll(() => keep.isChecked()).toBe(true);
  }
  return counts;
}

test('every filter shows how many results the query has in it, zero included, updated as you type', async () => {
  const { context, page, problems } = await open(browser, sitePath('/search/'), {
    viewport: { width: 1440, height: 900 },
  });
  try {
    const sections = page.locator('input[name="section"]');
    const themes = page.locator('input[name="theme"]');
    await page.locator('#search-q').fill('IRGC');
    const all = total(await searchStatus(page, 'IRGC'));
    const sectionCounts = await checkEachBox(page, 'IRGC', sections);
    const themeCounts = await checkEachBox(page, 'IRGC', themes);
    // Sections partition the passages; a filter with no result is listed with its zero.
    expect(sectionCounts.reduce((a, b) => a + b, 0)).toBe(all);
    expect(sectionCounts).toContain(0);
    await expect(sections.count()).resolves.toBe(sectionCounts.length);

    // Typing another query changes the counts (no stale "(0)" or totals of the whole paper).
    await page.locator('#search-q').fill('Moscow');
    await searchStatus(page, 'Moscow');
    const moscow = await Promise.all((await sections.all()).map(shown));
    expect(moscow).not.toEqual(sectionCounts);
    expect(moscow.reduce((a, b) => a + b, 0)).toBe(total(await searchStatus(page, 'Moscow')));

    // With a theme chosen, each section counts the results of that theme in it.
    const theme = themes.nth(themeCounts.findIndex((c) => c > 0));
    await page.locator('#search-q').fill('IRGC');
    await searchStatus(page, 'IRGC');
    await theme.check();
    await expect.poll(async () => total(await searchStatus(page, 'IRGC'))).toBeLessThan(all);
    await checkEachBox(page, 'IRGC', sections, theme);
    expect(problems).toEqual([]);
  } finally {
    await context.close();
  }
});
