import type { Page } from 'playwright-core';
import { clipboardText } from './clipboard.ts';

/**
 * Selects the first words of paragraph `id` (up to the first space after `minLength` characters),
 * as Shift+arrows would, then presses Enter on the "Copy as quotation" button, reached from the
 * keyboard. Returns the words selected and what the clipboard then holds.
 */
export async function copyQuotation(
  page: Page,
  id: string,
  minLength: number,
): Promise<{ words: string; copied: string }> {
  const words = await page.locator(`#${id}`).evaluate((p, min) => {
    const text = p.firstChild as Text;
    const range = document.createRange();
    range.setStart(text, 0);
    range.setEnd(text, text.data.indexOf(' ', min));
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(range);
    return range.toString();
  }, minLength);
  const button = page.getByRole('button', { name: 'Copy as quotation' });
  await button.waitFor();
  // The next Tab stop after the paragraph's own links, and a press of Enter copies.
  await button.focus();
  await page.keyboard.press('Enter');
  return { words, copied: await clipboardText(page) };
}
