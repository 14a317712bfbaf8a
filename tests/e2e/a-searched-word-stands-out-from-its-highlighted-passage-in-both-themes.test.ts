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

/** WCAG 2.2 relative luminance of a computed `rgb(…)` / `rgba(…)` colour. */
function luminance(css: string): number {
  const [r, g, b] = (css.match(/[\d.]+/g) ?? []).slice(0, 3).map((v) => {
    const c = Number(v) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
const contrast = (a: string, b: string): number => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
};

test.for([
  ['light', 375, 800],
  ['light', 1440, 900],
  ['dark', 375, 800],
  ['dark', 1440, 900],
] as const)(
  '%s theme at %i×%i: the hit contrasts with the passage’s highlight and is in view',
  async ([scheme, width, height]) => {
    const { context, page, problems } = await open(browser, sitePath('/search/?q=Sukhoi'), {
      colorScheme: scheme,
      viewport: { width, height },
    });
    try {
      await searchStatus(page, 'Sukhoi');
      await page.locator('a[data-result]').first().click();
      await page.waitForURL(/#/);
      const id = decodeURIComponent(new URL(page.url()).hash.slice(1));
      const hit = page.locator(`[id="${id}"] mark.search-hit`).first();
      await expect.poll(() => hit.count(), { timeout: 10_000 }).toBe(1);
      await expect(hit.textContent()).resolves.toMatch(/^Sukhoi/i);

      const colours = await hit.evaluate((mark) => {
        const passage = mark.closest('[id]')!;
        const style = getComputedStyle(mark);
        return {
          hit: style.backgroundColor,
          text: style.color,
          passage: getComputedStyle(passage).backgroundColor,
          page: getComputedStyle(document.body).backgroundColor,
        };
      });
      // The passage is highlighted (its own background), and the hit differs from it measurably.
      expect(colours.passage).not.toMatch(/rgba\(0, 0, 0, 0\)/);
      expect(contrast(colours.hit, colours.passage), JSON.stringify(colours)).toBeGreaterThanOrEqual(3);
      expect(contrast(colours.hit, colours.page), JSON.stringify(colours)).toBeGreaterThanOrEqual(3);
      expect(contrast(colours.text, colours.hit), JSON.stringify(colours)).toBeGreaterThanOrEqual(4.5);

      // The first hit of the passage is on screen once the page has settled.
      await expect
        .poll(() =>
          hit.evaluate((m) => m.getBoundingClientRect().top >= 0 && m.getBoundingClientRect().bottom <= innerHeight),
        )
        .toBe(true);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  },
);
