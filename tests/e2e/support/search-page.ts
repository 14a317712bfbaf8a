import type { Browser, BrowserContext, Page } from 'playwright-core';
import { expect } from 'vitest';
import { recordProblems } from './page-problems.ts';
import { pageUrl } from './paths.ts';

/** A fresh context and page at `path` of the served site, with its problems recorded. */
export async function open(
  browser: Browser,
  path: string,
  options: Parameters<Browser['newContext']>[0] = {},
): Promise<{ context: BrowserContext; page: Page; problems: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  const page = await context.newPage();
  const problems = recordProblems(page);
  await page.goto(pageUrl(path));
  return { context, page, problems };
}

/** Waits for the search page to settle on a result count (or the no-results message) for `query`. */
export async function searchStatus(page: Page, query: string): Promise<string> {
  const status = page.locator('[data-search-status]');
  const settled = async (): Promise<boolean> => {
    const text = (await status.textContent()) ?? '';
    return /match/.test(text) && text.includes(`“${query.trim()}”`);
  };
  await expect.poll(settled, { timeout: 15_000 }).toBe(true);
  return (await status.textContent()) ?? '';
}

/** The result links on the search page, as [label, href]. */
export function resultLinks(page: Page): Promise<[string, string][]> {
  return page
    .locator('a[data-result]')
    .evaluateAll((links) => links.map((a) => [a.textContent ?? '', (a as HTMLAnchorElement).href] as [string, string]));
}

/**
 * Opens the first result, which must lead to the passage `id` (`p2`, `user-content-fn-18`), and waits
 * for the searched word to be highlighted there: the first hit in it starts with `word`.
 */
export async function openFirstResult(page: Page, id: string, word: string): Promise<void> {
  await page.locator('a[data-result]').first().click();
  await page.waitForURL((url) => url.hash === `#${id}`);
  const mark = page.locator(`[id="${id}"] mark.search-hit`);
  await expect.poll(() => mark.count(), { timeout: 10_000 }).toBeGreaterThan(0);
  await expect(mark.first().textContent()).resolves.toMatch(new RegExp(`^${word}`));
}
