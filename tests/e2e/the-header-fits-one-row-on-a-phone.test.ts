import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchBrowser, withPage } from './support/browser.ts';
import { pageUrl, sectionPath } from './support/paths.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser.close());

test.for([true, false])('at 375px the header is one row of about 56px (JavaScript %s); its menu opens', async (js) => {
  await withPage(
    browser,
    { viewport: { width: 375, height: 700 }, javaScriptEnabled: js },
    pageUrl(sectionPath('iran-and-russia-the-syrian-question')),
    async (page) => {
      const header = (await page.locator('.site-header').boundingBox())!;
      expect(header.height).toBeLessThanOrEqual(60);
      // Every control shown sits inside that row and inside the screen.
      const controls = await page
        .locator('.site-header :is(a, summary, input, button)')
        .evaluateAll((elements) =>
          elements
            .filter((e) => e.checkVisibility())
            .map((e) => ({ ...e.getBoundingClientRect().toJSON(), name: e.textContent || e.getAttribute('id') })),
        );
      expect(controls.map((c) => c.name)).toEqual(expect.arrayContaining(['Menu', 'site-search']));
      for (const c of controls) {
        expect(c.bottom, String(c.name)).toBeLessThanOrEqual(header.height);
        expect(c.right, String(c.name)).toBeLessThanOrEqual(375);
      }
      await page.locator('.site-menu summary').click();
      const link = page.getByRole('link', { name: 'Glossary' });
      expect(await link.isVisible()).toBe(true);
      expect((await link.boundingBox())!.x).toBeGreaterThanOrEqual(0);
    },
  );
});

test('from 40rem the site links show in the header without a menu', async () => {
  await withPage(
    browser,
    { viewport: { width: 1024, height: 700 } },
    pageUrl(sectionPath('iran-and-russia-the-syrian-question')),
    async (page) => {
      expect(await page.locator('.site-menu summary').isVisible()).toBe(false);
      expect(await page.getByRole('link', { name: 'Glossary' }).isVisible()).toBe(true);
    },
  );
});
