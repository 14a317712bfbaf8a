import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchBrowser } from './support/browser.ts';
import { builtNotes, sectionSlugs } from './support/site.ts';
import { pageUrl, sectionPath } from './support/paths.ts';
import { popover } from './support/note-popover.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser.close());

const sizes = [
  { width: 1024, height: 768 },
  { width: 800, height: 480 },
  { width: 375, height: 667 },
  { width: 1180, height: 600 },
];

// The page whose note is the longest of the paper, and that note's reference: read from the built
// pages (the notes' text is the same in the browser), not by loading every section at every size.
let longest = { slug: '', id: '', chars: 0 };
for (const slug of await sectionSlugs()) {
  for (const note of await builtNotes(sectionPath(slug))) if (note.chars > longest.chars) longest = { slug, ...note };
}

test.for(sizes)('at $width×$height the longest note’s popover fits the viewport and keeps focus', async (size) => {
  const context = await browser.newContext({ viewport: size });
  try {
    const page = await context.newPage();
    await page.goto(pageUrl(sectionPath(longest.slug)));
    const reference = page.locator(`a[data-footnote-ref][href="#${longest.id}"]`).first();
    // Near the bottom of the window: the worst place for a tall popover.
    await reference.evaluate((e) => scrollBy(0, e.getBoundingClientRect().bottom - innerHeight + 30));
    await reference.focus();
    await page.keyboard.press('Enter');
    const open = popover(page);
    await open.waitFor();

    const box = (await open.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(size.width + 0.5);
    expect(box.y + box.height).toBeLessThanOrEqual(size.height + 0.5);
    // All of the note is there, scrolling inside the popover when it is taller than the room.
    const scroll = await open.evaluate((e) => ({ scroll: e.scrollHeight, client: e.clientHeight }));
    if (scroll.scroll > scroll.client + 1) {
      await open.evaluate((e) => e.scrollTo(0, e.scrollHeight));
      expect(await open.evaluate((e) => e.scrollTop)).toBeGreaterThan(0);
    }

    // Tab and Shift+Tab never leave it.
    for (const key of ['Tab', 'Tab', 'Tab', 'Tab', 'Tab', 'Tab', 'Shift+Tab', 'Shift+Tab', 'Shift+Tab']) {
      await page.keyboard.press(key);
      expect(await page.evaluate(() => document.activeElement?.closest('.popover') !== null), key).toBe(true);
    }
    // Esc closes it and returns focus to the reference.
    await page.keyboard.press('Escape');
    expect(await open.count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe(`#${longest.id}`);
  } finally {
    await context.close();
  }
});
