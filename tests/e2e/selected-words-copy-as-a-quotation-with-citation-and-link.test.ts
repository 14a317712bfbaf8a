import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchBrowser } from './support/browser.ts';
import { copyQuotation } from './support/copy-quotation.ts';
import { pageUrl, sectionPath } from './support/paths.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser.close());

const path = sectionPath('iran-and-russia-the-syrian-question');

test('words selected from the keyboard copy as a quotation whose link opens the page at them, highlighted', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  try {
    const page = await context.newPage();
    await page.goto(pageUrl(path));
    const { words, copied } = await copyQuotation(page, 'p2', 40);
    expect(copied.startsWith(`“${words}” Therme`)).toBe(true);
    expect(copied).toContain('Iran and Russia: the Syrian question');
    expect(copied).toContain('¶ 2');
    const link = /<([^>]+)>/.exec(copied)![1]!;
    expect(link).toMatch(/#p2:~:text=/);

    // The link opens the page at the passage, highlighted by the browser (or at the paragraph).
    const reader = await context.newPage();
    await reader.goto(link);
    await reader.waitForTimeout(300);
    const shown = await reader.locator('#p2').evaluate((p) => {
      const { top, bottom } = p.getBoundingClientRect();
      return top < innerHeight && bottom > 0;
    });
    expect(shown).toBe(true);
  } finally {
    await context.close();
  }
});
