import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchBrowser, withPage } from './support/browser.ts';
import { pageUrl, paperPath, sectionPath } from './support/paths.ts';
import { popover } from './support/note-popover.ts';

const path = sectionPath('iran-and-russia-the-syrian-question');
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser.close());

test.for([false, true])(
  'with JavaScript %s, no theme line sits between two paragraphs; the section’s end lists them',
  async (js) => {
    await withPage(browser, { javaScriptEnabled: js }, pageUrl(path), async (page) => {
      // Between the first and the last paragraph: only paragraphs and the edition's invisible or marginal parts.
      const between = await page.$$eval('article p[data-paragraph]', (paragraphs) => {
        const last = paragraphs.at(-1)!;
        const found: string[] = [];
        for (let e = paragraphs[0]!.nextElementSibling; e && e !== last; e = e.nextElementSibling) {
          const margin = e.matches('.sidenotes, .pilcrow') || getComputedStyle(e).display === 'none';
          if (!e.matches('p[data-paragraph]') && !margin) found.push(e.outerHTML.slice(0, 80));
        }
        return found;
      });
      expect(between).toEqual([]);
      // Each paragraph with themes has its line at the end, linking back to it and to the theme pages.
      const themed = await page.$$eval('p[data-themes]', (ps) => ps.map((p) => p.id));
      expect(themed.length).toBeGreaterThan(0);
      const items = page.locator('.section-themes li');
      expect(await items.evaluateAll((lis) => lis.map((li) => li.getAttribute('data-for')))).toEqual(themed);
      expect(
        await items
          .first()
          .locator(`a[href^="${paperPath('/themes/')}"]`)
          .count(),
      ).toBeGreaterThan(0);
      const beforeNotes = await page.evaluate(
        () =>
          !!(
            document
              .querySelector('.section-themes')!
              .compareDocumentPosition(document.querySelector('section[data-footnotes]')!) &
            Node.DOCUMENT_POSITION_FOLLOWING
          ),
      );
      expect(beforeNotes).toBe(true);
    });
  },
);

test('the ¶ menu of a paragraph shows its themes', async () => {
  await withPage(browser, { viewport: { width: 1024, height: 800 } }, pageUrl(path), async (page) => {
    const id = await page.locator('p[data-themes]').first().getAttribute('id');
    await page.locator(`a.pilcrow[href="#${id}"]`).focus();
    await page.keyboard.press('Enter');
    const menu = popover(page).locator('.passage-themes-menu');
    await menu.waitFor();
    expect(await menu.locator(`a[href^="${paperPath('/themes/')}"]`).count()).toBeGreaterThan(0);
  });
});
