import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchBrowser } from './support/browser.ts';
import { pageContaining } from './support/site.ts';
import { pageUrl, paperPath } from './support/paths.ts';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser.close());

function targetId(page: Page): Promise<string | undefined> {
  return page.evaluate(() => document.querySelector(':target')?.id);
}

async function open(path: string): Promise<{ page: Page; close: () => Promise<void> }> {
  // The path through the endnotes, as without JavaScript (and in print): with it, a wide screen
  // points out the margin note and a narrower one opens a popover, both tested on their own.
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(pageUrl(path));
  return { page, close: () => context.close() };
}

test('reference 1 → note 1 → its source’s entry → note 75 (op. cit.) → back to note 1', async () => {
  const { page, close } = await open(await pageContaining('id="user-content-fnref-1"'));
  try {
    await page.getByRole('link', { name: 'Note 1', exact: true }).click();
    await page.waitForURL((url) => url.hash === '#user-content-fn-1');
    const note1 = page.locator('#user-content-fn-1');
    // The author's words are untouched; the printed www. address now works over https.
    await expect(note1.locator('p').first().textContent()).resolves.toContain('available at: www.inss.org.il.');
    await expect(note1.getByRole('link', { name: 'www.inss.org.il', exact: true }).getAttribute('href')).resolves.toBe(
      'https://www.inss.org.il',
    );

    await note1.getByRole('link', { name: 'Feldman and Rakov 2021, in the list of sources' }).click();
    await page.waitForURL((url) => url.pathname === paperPath('/sources/') && url.hash === '#feldman-2021-iran');
    await expect(targetId(page)).resolves.toBe('feldman-2021-iran');
    const entry = page.locator('#feldman-2021-iran');
    await expect(entry.textContent()).resolves.toContain('Iran-Russia Relations');
    // Every note citing it: note 1 in full and note 75 through op. cit.
    const citing = entry.locator('a[href*="#user-content-fn-"]');
    await expect(citing.evaluateAll((as) => as.map((a) => a.textContent?.trim()))).resolves.toEqual([
      'note 1',
      'note 75',
    ]);

    await entry.getByRole('link', { name: /^Note 75, in / }).click();
    await page.waitForURL((url) => url.hash === '#user-content-fn-75');
    const note75 = page.locator('#user-content-fn-75');
    await expect(note75.textContent()).resolves.toContain('op. cit.');
    await expect(note75.locator('.note-sources').textContent()).resolves.toContain(
      'Op. cit. refers to Feldman and Rakov, “Iran-Russia Relations: Continued Partnership Alongside Conflicting Interests”, 2021',
    );

    await note75.getByRole('link', { name: 'note 1, where it is first cited in full' }).click();
    await page.waitForURL((url) => url.hash === '#user-content-fn-1');
    await expect(targetId(page)).resolves.toBe('user-content-fn-1');
    await expect(page.locator('#user-content-fnref-1').count()).resolves.toBe(1);
  } finally {
    await close();
  }
});

test('note 11 (Ibid.) names note 9’s source and leads to note 9 and to that source’s entry', async () => {
  const { page, close } = await open(await pageContaining('id="user-content-fn-11"'));
  try {
    const note11 = page.locator('#user-content-fn-11');
    await expect(note11.locator('p').first().textContent()).resolves.toMatch(/^Ibid\. ↩/);
    await expect(note11.locator('.note-sources').textContent()).resolves.toContain(
      'Ibid. refers to Iran International, “Exclusive: Zarif Claims Soleimani Intervened in Diplomacy, Russia Wanted to Destroy JCPOA”, 2021a, first cited in note 9',
    );
    await note11.getByRole('link', { name: 'note 9, where it is first cited in full' }).click();
    await page.waitForURL((url) => url.hash === '#user-content-fn-9');
    await expect(targetId(page)).resolves.toBe('user-content-fn-9');

    // Note 9 and note 11 lead to one and the same entry, which lists both.
    const fromNote9 = await page.locator('#user-content-fn-9 .note-sources a[href*="/sources/#"]').getAttribute('href');
    const fromNote11 = await note11.locator('.note-sources a[href*="/sources/#"]').getAttribute('href');
    expect(fromNote11).toBe(fromNote9);
    await note11
      .getByRole('link', { name: 'source entry for Iran International 2021a, in the list of sources' })
      .click();
    await page.waitForURL((url) => url.pathname === paperPath('/sources/'));
    const entry = page.locator(':target');
    await expect(entry.getAttribute('id')).resolves.toBe('iran-international-2021a-exclusive');
    const notes = await entry
      .locator('a[href*="#user-content-fn-"]')
      .evaluateAll((as) => as.map((a) => a.textContent?.trim()));
    expect(notes).toEqual(expect.arrayContaining(['note 9', 'note 11']));
  } finally {
    await close();
  }
});
