import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchBrowser } from './support/browser.ts';
import { pageUrl, paperPath, sectionPath, sitePath } from './support/paths.ts';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser.close());

test('“Copy BibTeX” puts the paper’s BibTeX on the clipboard and says so', async () => {
  const { origin } = new URL(pageUrl(sitePath('/')));
  const context = await browser.newContext();
  try {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
    const page = await context.newPage();
    await page.goto(pageUrl(sectionPath('introduction')));
    const block = page.getByRole('region', { name: 'Cite this paper' });
    await expect(block.textContent()).resolves.toContain(
      'Therme, Clément. 2022. The Russia-Iran Partnership in a Multipolar World. No. 37. Translated by Cameron Johnston.',
    );

    const status = block.getByRole('status');
    await expect(status.textContent()).resolves.toBe('');
    await block.getByRole('button', { name: 'Copy BibTeX' }).click();
    await page.waitForFunction(() => document.querySelector('.copy-status')?.textContent !== '');
    await expect(status.textContent()).resolves.toBe('BibTeX copied to the clipboard.');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toMatch(/^@report\{therme-2022-russia-iran,/);
    expect(copied).toContain('isbn = {979-10-373-0497-1}');
    // The same text as the download.
    const file = await (await fetch(pageUrl(paperPath('/paper.bib')))).text();
    expect(copied.trim()).toBe(file.trim());
  } finally {
    await context.close();
  }
});

test('without JavaScript there is no copy button, and the files still download', async () => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  try {
    const page = await context.newPage();
    await page.goto(pageUrl(paperPath('/')));
    const block = page.getByRole('region', { name: 'Cite this paper' });
    await expect(block.getByRole('button').count()).resolves.toBe(0);
    const href = await block.getByRole('link', { name: 'Download RIS file' }).getAttribute('href');
    const response = await fetch(new URL(href ?? '', page.url()));
    expect(response.status).toBe(200);
    await expect(response.text()).resolves.toMatch(/^TY {2}- RPRT\r\n/);
  } finally {
    await context.close();
  }
});
