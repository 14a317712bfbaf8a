import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchBrowser } from './support/browser.ts';
import { recordProblems } from './support/page-problems.ts';
import { pageUrl, sectionPath } from './support/paths.ts';
import { openNote, popover } from './support/note-popover.ts';

const path = sectionPath('iran-and-russia-the-syrian-question');
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser.close());

const activeLabel = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute('aria-label'));

test.for([
  { width: 768, sheet: false },
  { width: 375, sheet: true },
])(
  'at $width px a reference opens its whole note (sheet: $sheet); Esc closes it and focus returns',
  async ({ width, sheet }) => {
    const context = await browser.newContext({ viewport: { width, height: 800 }, hasTouch: sheet });
    try {
      const page = await context.newPage();
      const problems = recordProblems(page);
      await page.goto(pageUrl(path));
      // A click opens the note where the reader is, instead of jumping to the list.
      const reference = await openNote(page, 72);
      await expect(popover(page).textContent()).resolves.toContain(
        'Qassem Soleimani and Iran’s Unique Regional Strategy',
      );
      await expect(popover(page).locator('[data-footnote-backref]').count()).resolves.toBe(0);
      const box = (await popover(page).boundingBox())!;
      const ref = (await reference.boundingBox())!;
      if (sheet) {
        // A bottom sheet: the full width, against the bottom edge.
        expect(box.width).toBe(width);
        expect(Math.round(box.y + box.height)).toBe(800);
      } else {
        // Anchored: just below (or above) the reference, not across the page.
        expect(box.width).toBeLessThan(width);
        expect(Math.min(Math.abs(box.y - (ref.y + ref.height)), Math.abs(box.y + box.height - ref.y))).toBeLessThan(12);
      }

      // Esc closes it and gives focus back to the reference.
      await page.keyboard.press('Escape');
      await expect(popover(page).count()).resolves.toBe(0);
      await expect(activeLabel(page)).resolves.toBe('Note 72');

      // Enter on the focused reference opens it again, with focus inside, and its links work.
      await page.keyboard.press('Enter');
      await popover(page).waitFor();
      await expect(page.evaluate(() => document.activeElement?.closest('.popover') !== null)).resolves.toBe(true);
      const link = popover(page).locator('a[href^="https://ctc.usma.edu"]');
      await expect(link.count()).resolves.toBe(1);
      await page.keyboard.press('Escape');
      await expect(activeLabel(page)).resolves.toBe('Note 72');
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  },
);

test('at 768px a mouse hovering a reference previews its note, which stays open under the pointer and whose links can be clicked', async () => {
  const context = await browser.newContext({ viewport: { width: 768, height: 800 } });
  try {
    const page = await context.newPage();
    await page.goto(pageUrl(path));
    const reference = page.getByRole('link', { name: 'Note 71', exact: true });
    await reference.scrollIntoViewIfNeeded();
    await reference.hover();
    await popover(page).waitFor();
    await expect(popover(page).textContent()).resolves.toContain('Says Kremlin After');
    // A preview leaves focus where it was.
    await expect(page.evaluate(() => document.activeElement?.closest('.popover') ?? null)).resolves.toBe(null);

    // Moving onto the popover keeps it open…
    const link = popover(page).locator('a[href="https://www.timesofisrael.com"]');
    await link.hover();
    await page.waitForTimeout(600);
    await expect(popover(page).count()).resolves.toBe(1);
    // …and its link is a real, clickable link.
    await page.route('https://www.timesofisrael.com/**', (route) => route.fulfill({ body: 'elsewhere' }));
    const [request] = await Promise.all([page.waitForRequest('https://www.timesofisrael.com/**'), link.click()]);
    expect(request.url()).toMatch(/^https:\/\/www\.timesofisrael\.com/);
  } finally {
    await context.close();
  }
});

test('moving the mouse away from a previewed note closes it', async () => {
  const context = await browser.newContext({ viewport: { width: 768, height: 800 } });
  try {
    const page = await context.newPage();
    await page.goto(pageUrl(path));
    const reference = page.getByRole('link', { name: 'Note 71', exact: true });
    await reference.scrollIntoViewIfNeeded();
    await reference.hover();
    await popover(page).waitFor();
    await page.locator('h1').hover();
    await popover(page)
      .waitFor({ state: 'detached' })
      .catch(() => undefined);
    await expect(popover(page).count()).resolves.toBe(0);
  } finally {
    await context.close();
  }
});
