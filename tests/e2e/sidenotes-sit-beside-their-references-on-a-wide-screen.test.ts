import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { launchBrowser } from './support/browser.ts';
import { sectionSlugs } from './support/site.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser.close());

const slugs = await sectionSlugs();

test.for(slugs)(
  'at 1440px, /%s/ shows each note in the margin beside its reference, none overlapping',
  async (slug) => {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    try {
      const page = await context.newPage();
      await page.goto(new URL(`${slug}/`, inject('baseUrl')).href);
      const boxes = await page.$$eval('sup:has(> a[data-footnote-ref]) + .sidenote', (sidenotes) =>
        sidenotes.map((sidenote) => {
          const ref = sidenote.previousElementSibling!;
          // The top of the line holding the reference: the paragraph's line box, found from the text beside it.
          const range = document.createRange();
          range.selectNodeContents(ref);
          const line = [...range.getClientRects()].at(-1)!;
          const text = sidenote.closest('p')!.getBoundingClientRect();
          const box = sidenote.getBoundingClientRect();
          const label = sidenote.querySelector('.sidenote-label')!.getBoundingClientRect();
          const lineHeight = parseFloat(getComputedStyle(sidenote.closest('p')!).lineHeight);
          return {
            lineHeight,
            label: ref.textContent,
            top: box.top,
            bottom: box.bottom,
            left: box.left,
            width: box.width,
            labelTop: label.top,
            refBottom: line.bottom,
            refTop: line.top,
            textRight: text.right,
          };
        }),
      );
      const notes = await page.locator('section[data-footnotes] li').count();
      if (notes === 0) return expect(boxes).toEqual([]);
      expect(boxes.length).toBe(notes);
      for (const [i, box] of boxes.entries()) {
        expect(box.width, `sidenote ${box.label} is shown`).toBeGreaterThan(150);
        expect(box.left, `sidenote ${box.label} is in the margin`).toBeGreaterThan(box.textRight);
        const previous = boxes[i - 1];
        // Never overlapping the one above: a note pushed down starts where the previous one ends.
        if (previous)
          expect(box.top, `sidenote ${box.label} overlaps ${previous.label}`).toBeGreaterThanOrEqual(previous.bottom);
        const pushed = previous !== undefined && previous.bottom + 12 > box.refTop;
        // (The float waits for the next line when the note above ends within the reference's line.)
        if (pushed)
          expect(box.top - previous.bottom, `sidenote ${box.label} follows ${previous.label}`).toBeLessThan(
            box.lineHeight + 16,
          );
        // Otherwise on the reference's line: its number within a few pixels of the reference's.
        else
          expect(Math.abs(box.labelTop - box.refTop), `sidenote ${box.label} is level with its reference`).toBeLessThan(
            6,
          );
      }
    } finally {
      await context.close();
    }
  },
);

test('below the wide breakpoint the sidenotes are hidden and the notes list remains', async () => {
  const context = await browser.newContext({ viewport: { width: 1024, height: 900 } });
  try {
    const page = await context.newPage();
    await page.goto(new URL('iran-and-russia-the-syrian-question/', inject('baseUrl')).href);
    await expect(page.locator('.sidenote').first().isVisible()).resolves.toBe(false);
    await expect(page.locator('#user-content-fn-71').isVisible()).resolves.toBe(true);
  } finally {
    await context.close();
  }
});
