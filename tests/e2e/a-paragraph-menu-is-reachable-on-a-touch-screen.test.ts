import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchBrowser, withPage } from './support/browser.ts';
import { pageUrl, sectionPath } from './support/paths.ts';
import { popover } from './support/note-popover.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser.close());

test('on a phone, the ¶ link shows without hover and a tap opens the paragraph’s menu', async () => {
  await withPage(
    browser,
    { viewport: { width: 375, height: 740 }, hasTouch: true, isMobile: true },
    pageUrl(sectionPath('iran-and-russia-the-syrian-question')),
    async (page) => {
      const pilcrow = page.locator('a.pilcrow[href="#p2"]');
      await pilcrow.scrollIntoViewIfNeeded();
      expect(Number(await pilcrow.evaluate((e) => getComputedStyle(e).opacity))).toBeGreaterThan(0.5);
      // On screen, beside its paragraph, and big enough to tap (WCAG 2.5.8: 24 × 24 px or spaced).
      const box = (await pilcrow.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.width).toBeGreaterThanOrEqual(18);
      await pilcrow.tap();
      const menu = popover(page);
      await menu.waitFor();
      // The citations are fetched when the menu first opens.
      await menu.getByRole('button', { name: 'Cite in APA' }).waitFor();
      expect(await menu.getByRole('button', { name: 'Cite in Chicago' }).count()).toBe(1);
      expect(await menu.getByRole('button', { name: 'Copy link' }).count()).toBe(1);
    },
  );
});
