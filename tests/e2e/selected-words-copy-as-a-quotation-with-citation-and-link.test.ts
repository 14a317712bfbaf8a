import { expect, test } from 'vitest';
import { withClipboardPage } from './support/clipboard.ts';
import { copyQuotation } from './support/copy-quotation.ts';
import { sectionPath } from './support/paths.ts';
import { useBrowser } from './support/shared-browser.ts';

const browser = useBrowser();

const path = sectionPath('iran-and-russia-the-syrian-question');

test('words selected from the keyboard copy as a quotation whose link opens the page at them, highlighted', async () => {
  await withClipboardPage(browser(), path, { viewport: { width: 1280, height: 800 } }, async (page) => {
    const { words, copied } = await copyQuotation(page, 'p2', 40);
    expect(copied.startsWith(`“${words}” Therme`)).toBe(true);
    expect(copied).toContain('Iran and Russia: the Syrian question');
    expect(copied).toContain('¶ 2');
    const link = /<([^>]+)>/.exec(copied)![1]!;
    expect(link).toMatch(/#p2:~:text=/);

    // The link opens the page at the passage, highlighted by the browser (or at the paragraph).
    const reader = await page.context().newPage();
    await reader.goto(link);
    const shown = () =>
      reader.locator('#p2').evaluate((p) => {
        const { top, bottom } = p.getBoundingClientRect();
        return top < innerHeight && bottom > 0;
      });
    // The browser scrolls to the passage once the page is laid out: wait for it, not a fixed time.
    await expect.poll(shown, { timeout: 5_000 }).toBe(true);
  });
});
