import { expect, test } from 'vitest';
import { withPage } from './support/browser.ts';
import { clipboardText, withClipboardPage } from './support/clipboard.ts';
import { pageUrl, sectionPath } from './support/paths.ts';
import { useBrowser } from './support/shared-browser.ts';

const browser = useBrowser();

const path = sectionPath('iran-and-russia-the-syrian-question');

test('the ¶ link appears on hover and on focus, named for its paragraph', async () => {
  await withPage(browser(), { viewport: { width: 1024, height: 800 } }, pageUrl(path), async (page) => {
    const link = page.getByRole('link', { name: 'Link to paragraph 2', exact: true });
    await expect(link.getAttribute('href')).resolves.toBe('#p2');
    const opacity = () => link.evaluate((e) => getComputedStyle(e).opacity);
    await expect(opacity()).resolves.toBe('0');
    await page.locator('#p2').hover();
    await expect(opacity()).resolves.toBe('1');
    await page.mouse.move(0, 0);
    await link.focus();
    await expect(opacity()).resolves.toBe('1');
  });
});

test('“Copy link” and “Cite this paragraph” put the right text on the clipboard and say so', async () => {
  const url = pageUrl(path);
  await withClipboardPage(browser(), path, { viewport: { width: 1024, height: 800 } }, async (page) => {
    await page.locator('#p2').hover();
    await page.getByRole('link', { name: 'Link to paragraph 2', exact: true }).click();
    const status = page.getByRole('status').last();

    await page.getByRole('button', { name: 'Copy link' }).click();
    await expect.poll(() => status.textContent()).toBe('Link to paragraph copied');
    await expect(clipboardText(page)).resolves.toBe(`${url}#p2`);

    await page.getByRole('button', { name: 'Cite in APA' }).click();
    await expect.poll(() => status.textContent()).toBe('APA citation copied');
    await expect(clipboardText(page)).resolves.toBe(
      `Therme, C. (2022). The Russia-Iran Partnership in a Multipolar World (C. Johnston, Trans.; No. 37; Russie.Nei.Reports). Ifri. ${url}#p2\n(Therme, 2022, para. 2)`,
    );
    await page.getByRole('button', { name: 'Cite in Chicago' }).click();
    await expect.poll(() => status.textContent()).toBe('Chicago citation copied');
    await expect(clipboardText(page)).resolves.toBe(
      `Therme, Clément. 2022. The Russia-Iran Partnership in a Multipolar World. No. 37. Translated by Cameron Johnston. Russie.Nei.Reports. Ifri. ${url}#p2.\n(Therme 2022, para. 2)`,
    );
    await expect(status.evaluate((e) => e.getAttribute('role'))).resolves.toBe('status');
  });
});
