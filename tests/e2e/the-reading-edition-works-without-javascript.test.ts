import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchBrowser } from './support/browser.ts';
import { pageUrl, sectionPath, sitePath } from './support/paths.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser.close());

const path = sectionPath('iran-and-russia-the-syrian-question');

test('without JavaScript a reference jumps to its note and back, and an editors’ mark goes to /glossary/', async () => {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 768, height: 800 } });
  try {
    const page = await context.newPage();
    await page.goto(pageUrl(path));
    await page.getByRole('link', { name: 'Note 72', exact: true }).click();
    await page.waitForURL((url) => url.hash === '#user-content-fn-72');
    await page.getByRole('link', { name: 'Back to reference 72', exact: true }).click();
    await page.waitForURL((url) => url.hash === '#user-content-fnref-72');

    await page.locator('article a.gloss[data-glossary="artesh"]').first().click();
    await page.waitForURL((url) => url.pathname === sitePath('/glossary/') && url.hash === '#artesh');
    await expect(page.locator(':target h2').textContent()).resolves.toBe('Artesh');
  } finally {
    await context.close();
  }
});

test.for(['light', 'dark'] as const)(
  'without JavaScript the page follows a %s system theme and hides controls that need scripts',
  async (scheme) => {
    const context = await browser.newContext({ javaScriptEnabled: false, colorScheme: scheme });
    try {
      const page = await context.newPage();
      await page.goto(pageUrl(path));
      const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      const [r = 0, g = 0, b = 0] = background.match(/\d+/g)!.map(Number);
      const luminance = (r + g + b) / 3;
      if (scheme === 'dark') expect(luminance).toBeLessThan(60);
      else expect(luminance).toBeGreaterThan(200);
      await expect(page.getByRole('button').count()).resolves.toBe(0);
      // The ¶ links and the contents are plain HTML.
      await expect(page.getByRole('link', { name: 'Link to paragraph 1', exact: true }).count()).resolves.toBe(1);
      await expect(page.locator('.section-toc [aria-current="page"]').textContent()).resolves.toBe(
        'Iran and Russia: the Syrian question',
      );
    } finally {
      await context.close();
    }
  },
);

test('with JavaScript the page does not move once it has painted (CLS 0)', async () => {
  const context = await browser.newContext({ viewport: { width: 375, height: 800 } });
  try {
    const page = await context.newPage();
    await page.addInitScript(() => {
      (window as unknown as { cls: number }).cls = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
          if (!entry.hadRecentInput) (window as unknown as { cls: number }).cls += entry.value;
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(pageUrl(path), { waitUntil: 'networkidle' });
    await page.waitForTimeout(300);
    await expect(page.evaluate(() => (window as unknown as { cls: number }).cls)).resolves.toBe(0);
  } finally {
    await context.close();
  }
});
