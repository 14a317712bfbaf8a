import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchBrowser } from './support/browser.ts';
import { open, resultLinks, searchStatus } from './support/search-page.ts';
import { sitePath } from './support/paths.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser.close());

test('a shared search URL brings back the query, the filters and the results', async () => {
  const { context, page, problems } = await open(
    browser,
    sitePath('/search/?q=Soleimani&theme=syria&section=iran-and-russia-the-syrian-question'),
  );
  try {
    await expect(page.getByRole('searchbox', { name: /words or a/i }).inputValue()).resolves.toBe('Soleimani');
    await expect(page.getByRole('checkbox', { name: /^Syria \(/ }).isChecked()).resolves.toBe(true);
    await expect(
      page.getByRole('checkbox', { name: /^Iran and Russia: the Syrian question/ }).isChecked(),
    ).resolves.toBe(true);
    await expect(searchStatus(page, 'Soleimani')).resolves.toMatch(/^\d+ passages? match/);
    const links = await resultLinks(page);
    expect(links.length).toBeGreaterThan(0);
    for (const [, href] of links) expect(href).toMatch(/\/iran-and-russia-the-syrian-question\//);
    expect(problems).toEqual([]);
  } finally {
    await context.close();
  }
});
