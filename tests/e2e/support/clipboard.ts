import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { withPage } from './browser.ts';
import { pageUrl } from './paths.ts';

/**
 * Opens `path` of the served site in a fresh context that may read and write the clipboard (as a
 * reader's browser lets a page's copy buttons), runs `use` on it and closes the context.
 */
export function withClipboardPage(
  browser: Browser,
  path: string,
  options: BrowserContextOptions,
  use: (page: Page) => Promise<void>,
): Promise<void> {
  return withPage(browser, { ...options, permissions: ['clipboard-read', 'clipboard-write'] }, pageUrl(path), use);
}

/** What the clipboard holds, read by the page as a paste would. */
export function clipboardText(page: Page): Promise<string> {
  return page.evaluate(() => navigator.clipboard.readText());
}
