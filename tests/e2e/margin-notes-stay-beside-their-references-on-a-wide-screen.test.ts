import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { measureNotesIn, measuringContext, spread } from '../support/sidenote-drift.ts';
import { launchBrowser, withPage } from './support/browser.ts';
import { expectNotesInTheMargin } from './support/margin-notes.ts';
import { sectionSlugs } from './support/site.ts';
import { pageUrl, sectionPath } from './support/paths.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser.close());

const slugs = await sectionSlugs();
const widths = [1280, 1440];

test.for(widths)(
  'at %ipx every note sits in the margin beside its own section text, none overlapping',
  async (width) => {
    const drifts: number[] = [];
    // One page for the sections in turn, each loaded anew: a context per section started a renderer each time.
    const context = await browser.newContext(measuringContext(width));
    try {
      const page = await context.newPage();
      for (const slug of slugs) {
        const measured = await measureNotesIn(page, pageUrl(sectionPath(slug)));
        // Every note of the section has its margin copy, shown.
        expectNotesInTheMargin(measured, `${slug} at ${width}px`);
        drifts.push(...measured.notes.map((note) => note.drift));
      }
    } finally {
      await context.close();
    }
    // The goal of issue 10: the worst note under 160 px from its reference's line, 90 % within 24 px.
    const { max } = spread(drifts);
    expect(drifts.length).toBeGreaterThan(50);
    expect(max).toBeLessThan(160);
    expect(drifts.filter((d) => d <= 24).length / drifts.length).toBeGreaterThanOrEqual(0.9);
  },
);

test('activating a reference on a wide screen points out its margin note, opened, and keeps the place', async () => {
  await withPage(
    browser,
    { viewport: { width: 1280, height: 800 } },
    pageUrl(sectionPath('relations-with-russia-a-matter-of-iranian')),
    async (page) => {
      // A note shortened in the margin: its end is hidden until it is opened.
      const id = await page.locator('.sidenote.long.clipped').first().getAttribute('data-note');
      const note = page.locator(`.sidenote[data-note="${id}"]`);
      const ref = page.locator(`a[data-footnote-ref][href="#${id}"]`).first();
      await ref.scrollIntoViewIfNeeded();
      const before = await page.evaluate(() => scrollY);
      await ref.focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => note.getAttribute('class')).toContain('pointed');
      expect(await note.getAttribute('class')).toContain('open');
      const text = note.locator('.sidenote-text');
      expect(await text.evaluate((e) => e.scrollHeight <= e.clientHeight + 1)).toBe(true);
      // The place is kept: no jump to the notes list, no fragment in the address.
      expect(new URL(page.url()).hash).toBe('');
      expect(Math.abs((await page.evaluate(() => scrollY)) - before)).toBeLessThan(400);
      // The next note moved down out of its way.
      const next = note.locator('xpath=following::div[contains(@class, "sidenote")][1]');
      const [box, nextBox] = await Promise.all([note.boundingBox(), next.boundingBox()]);
      expect(nextBox!.y).toBeGreaterThanOrEqual(box!.y + box!.height);
    },
  );
});

test('without JavaScript a shortened note links to its whole text in the notes list', async () => {
  await withPage(
    browser,
    { viewport: { width: 1440, height: 900 }, javaScriptEnabled: false },
    pageUrl(sectionPath('relations-with-russia-a-matter-of-iranian')),
    async (page) => {
      const more = page.locator('.sidenote.long .sidenote-more').first();
      expect(await more.isVisible()).toBe(true);
      const href = await more.getAttribute('href');
      await more.click();
      expect(new URL(page.url()).hash).toBe(href);
      expect(await page.locator(href!).isVisible()).toBe(true);
    },
  );
});

test('below the wide breakpoint the margin notes are hidden and the notes list remains', async () => {
  await withPage(
    browser,
    { viewport: { width: 1024, height: 900 } },
    pageUrl(sectionPath('iran-and-russia-the-syrian-question')),
    async (page) => {
      expect(await page.locator('.sidenote').first().isVisible()).toBe(false);
      expect(await page.locator('#user-content-fn-71').isVisible()).toBe(true);
    },
  );
});
