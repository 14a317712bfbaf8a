import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { launchBrowser } from './support/browser.ts';
import { themeInitHash, themeInitScript } from '../../src/lib/theme-init.ts';
import { pageUrl, sectionPath, sitePath } from './support/paths.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser.close());

test('a theme chosen with the toggle is kept across reloads and applied before the first paint', async () => {
  // The system is light; the reader picks dark.
  const context = await browser.newContext({ colorScheme: 'light' });
  try {
    const page = await context.newPage();
    const url = pageUrl(sectionPath('iran-and-russia-the-syrian-question'));
    await page.goto(url);
    const toggle = page.getByRole('button', { name: 'Dark theme' });
    await expect(toggle.getAttribute('aria-pressed')).resolves.toBe('false');
    await toggle.click();
    await expect(toggle.getAttribute('aria-pressed')).resolves.toBe('true');
    await expect(page.evaluate(() => localStorage.getItem('theme'))).resolves.toBe('dark');

    // On reload, record the theme the moment <body> exists: before anything can be painted (the
    // stylesheet blocks rendering), the document already carries the reader's choice.
    await page.addInitScript(() => {
      new MutationObserver((_, observer) => {
        if (!document.body) return;
        (window as unknown as { firstTheme: string | undefined }).firstTheme =
          document.documentElement.dataset['theme'];
        observer.disconnect();
      }).observe(document, { childList: true, subtree: true });
    });
    await page.reload();
    await expect(page.evaluate(() => (window as unknown as { firstTheme: string }).firstTheme)).resolves.toBe('dark');
    await expect(page.evaluate(() => document.documentElement.dataset['theme'])).resolves.toBe('dark');
    await expect(page.getByRole('button', { name: 'Dark theme' }).getAttribute('aria-pressed')).resolves.toBe('true');

    // And back to light, remembered too.
    await page.getByRole('button', { name: 'Dark theme' }).click();
    await page.goto(pageUrl(sitePath('/glossary/')));
    await expect(page.evaluate(() => getComputedStyle(document.documentElement).colorScheme)).resolves.toBe('light');
  } finally {
    await context.close();
  }
});

test('the script that applies it is inline, unchanging, and allowed by the hash that a CSP can carry', async () => {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(inject('baseUrl'));
    const inline = await page.$$eval('head script:not([src]):not([type])', (scripts) =>
      scripts.map((s) => s.textContent),
    );
    expect(inline).toContain(themeInitScript);
    expect(themeInitHash).toMatch(/^'sha256-[A-Za-z0-9+/]{43}='$/);
  } finally {
    await context.close();
  }
});
