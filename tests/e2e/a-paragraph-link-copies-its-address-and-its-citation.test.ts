import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchBrowser } from './support/browser.ts';
import { pageUrl, sectionPath } from './support/paths.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser.close());

const path = sectionPath('iran-and-russia-the-syrian-question');

test('the ¶ link appears on hover and on focus, named for its paragraph', async () => {
  const context = await browser.newContext({ viewport: { width: 1024, height: 800 } });
  try {
    const page = await context.newPage();
    await page.goto(pageUrl(path));
    const link = page.getByRole('link', { name: 'Link to paragraph 2', exact: true });
    await expect(link.getAttribute('href')).resolves.toBe('#p2');
    const opacity = () => link.evaluate((e) => getComputedStyle(e).opacity);
    await expect(opacity()).resolves.toBe('0');
    await page.locator('#p2').hover();
    await expect(opacity()).resolves.toBe('1');
    await page.mouse.move(0, 0);
    await link.focus();
    await expect(opacity()).resolves.toBe('1');
  } finally {
    await context.close();
  }
});

test('“Copy link” and “Cite this paragraph” put the right text on the clipboard and say so', async () => {
  const context = await browser.newContext({ viewport: { width: 1024, height: 800 } });
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  try {
    const page = await context.newPage();
    const url = pageUrl(path);
    await page.goto(url);
    await page.locator('#p2').hover();
    await page.getByRole('link', { name: 'Link to paragraph 2', exact: true }).click();
    const status = page.getByRole('status').last();

    await page.getByRole('button', { name: 'Copy link' }).click();
    await expect.poll(() => status.textContent()).toBe('Link to paragraph copied');
    await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(`${url}#p2`);

    await page.getByRole('button', { name: 'Cite in APA' }).click();
    await expect.poll(() => status.textContent()).toBe('APA citation copied');
    await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(
      `Therme, C. (2022). The Russia-Iran Partnership in a Multipolar World (C. Johnston, Trans.; No. 37; Russie.Nei.Reports). Ifri. ${url}#p2\n(Therme, 2022, para. 2)`,
    );
    await page.getByRole('button', { name: 'Cite in Chicago' }).click();
    await expect.poll(() => status.textContent()).toBe('Chicago citation copied');
    await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(
      `Therme, Clément. 2022. The Russia-Iran Partnership in a Multipolar World. No. 37. Translated by Cameron Johnston. Russie.Nei.Reports. Ifri. ${url}#p2.\n(Therme 2022, para. 2)`,
    );
    await expect(status.evaluate((e) => e.getAttribute('role'))).resolves.toBe('status');
  } finally {
    await context.close();
  }
});
