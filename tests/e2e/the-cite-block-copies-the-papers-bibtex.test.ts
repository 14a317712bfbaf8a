import { expect, test } from 'vitest';
import { withPage } from './support/browser.ts';
import { clipboardText, withClipboardPage } from './support/clipboard.ts';
import { pageUrl, paperPath, sectionPath } from './support/paths.ts';
import { useBrowser } from './support/shared-browser.ts';

const browser = useBrowser();

test('“Copy BibTeX” puts the paper’s BibTeX on the clipboard and says so', async () => {
  await withClipboardPage(browser(), sectionPath('introduction'), {}, async (page) => {
    const block = page.getByRole('region', { name: 'Cite this paper' });
    await expect(block.textContent()).resolves.toContain(
      'Therme, Clément. 2022. The Russia-Iran Partnership in a Multipolar World. No. 37. Translated by Cameron Johnston.',
    );

    const status = block.getByRole('status');
    await expect(status.textContent()).resolves.toBe('');
    await block.getByRole('button', { name: 'Copy BibTeX' }).click();
    await page.waitForFunction(() => document.querySelector('.copy-status')?.textContent !== '');
    await expect(status.textContent()).resolves.toBe('BibTeX copied to the clipboard.');
    const copied = await clipboardText(page);
    expect(copied).toMatch(/^@report\{therme-2022-russia-iran,/);
    expect(copied).toContain('isbn = {979-10-373-0497-1}');
    // The same text as the download.
    const file = await (await fetch(pageUrl(paperPath('/paper.bib')))).text();
    expect(copied.trim()).toBe(file.trim());
  });
});

test('without JavaScript there is no copy button, and the files still download', async () => {
  await withPage(browser(), { javaScriptEnabled: false }, pageUrl(paperPath('/')), async (page) => {
    const block = page.getByRole('region', { name: 'Cite this paper' });
    await expect(block.getByRole('button').count()).resolves.toBe(0);
    const href = await block.getByRole('link', { name: 'Download RIS file' }).getAttribute('href');
    const response = await fetch(new URL(href ?? '', page.url()));
    expect(response.status).toBe(200);
    await expect(response.text()).resolves.toMatch(/^TY {2}- RPRT\r\n/);
  });
});
