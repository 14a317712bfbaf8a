import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchBrowser } from './support/browser.ts';
import { pageContaining } from './support/site.ts';
import { pageUrl } from './support/paths.ts';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser.close());

/** Whether the element's top edge is inside the viewport, i.e. the reader sees it. */
function isInViewport(locator: Locator): Promise<boolean> {
  return locator.evaluate((element) => {
    const { top, bottom } = element.getBoundingClientRect();
    return bottom > 0 && top < window.innerHeight;
  });
}

function targetId(page: Page): Promise<string | undefined> {
  return page.evaluate(() => document.querySelector(':target')?.id);
}

test('reference 23 leads to note 23, whose back link returns to reference 23', async () => {
  const path = await pageContaining('id="user-content-fnref-23"');
  // The jump itself, as without JavaScript (with it, a wide screen points out the margin note and a
  // narrower one opens a popover: tests/e2e/margin-notes-stay-beside-their-references-on-a-wide-screen.test.ts).
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, javaScriptEnabled: false });
  try {
    const page = await context.newPage();
    await page.goto(pageUrl(path));

    // Screen readers hear "Note 23"; sighted readers see the paper's own number, 23.
    const reference = page.getByRole('link', { name: 'Note 23', exact: true });
    await expect(reference.count()).resolves.toBe(1);
    await expect(reference.textContent()).resolves.toBe('23');

    const note = page.locator('#user-content-fn-23');
    await expect(note.getAttribute('value')).resolves.toBe('23');
    // Down at the end of the page, the note starts out of sight.
    await expect(isInViewport(note)).resolves.toBe(false);

    await reference.click();
    await page.waitForURL((url) => url.hash === '#user-content-fn-23');
    await expect(targetId(page)).resolves.toBe('user-content-fn-23');
    await expect(isInViewport(note)).resolves.toBe(true);
    await expect(note.textContent()).resolves.toMatch(/\S{10,}/);

    const back = note.getByRole('link', { name: 'Back to reference 23', exact: true });
    await expect(back.count()).resolves.toBe(1);
    await back.click();
    await page.waitForURL((url) => url.hash === '#user-content-fnref-23');
    await expect(targetId(page)).resolves.toBe('user-content-fnref-23');
    await expect(isInViewport(reference)).resolves.toBe(true);
  } finally {
    await context.close();
  }
});
