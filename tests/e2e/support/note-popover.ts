import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

/** The note (or editors' note) popover open on the page, if any. */
export const popover = (page: Page): Locator => page.locator('.popover:popover-open');

/**
 * Clicks reference `note` as a reader would (scrolled into view first) and waits for its popover: the
 * note opens where the reader is, as a dialog, without jumping to the list (the address keeps no hash).
 * Gives the reference.
 */
export async function openNote(page: Page, note: number): Promise<Locator> {
  const reference = page.getByRole('link', { name: `Note ${note}`, exact: true });
  await reference.scrollIntoViewIfNeeded();
  await reference.click();
  await popover(page).waitFor();
  expect(new URL(page.url()).hash).toBe('');
  await expect(popover(page).getAttribute('role')).resolves.toBe('dialog');
  return reference;
}
