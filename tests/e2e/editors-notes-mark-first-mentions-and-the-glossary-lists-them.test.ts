import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchBrowser } from './support/browser.ts';
import { sectionSlugs } from './support/site.ts';
import { pageUrl, paperPath, sectionPath, sitePath } from './support/paths.ts';
import { popover } from './support/note-popover.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser.close());

test('each section marks an entry once at most, and the Syria section marks the IRGC on its first mention', async () => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  try {
    const page = await context.newPage();
    for (const slug of await sectionSlugs()) {
      await page.goto(pageUrl(sectionPath(slug)));
      const ids = await page.$$eval('article a.gloss:not(.sidenote a)', (links) =>
        links.map((a) => a.getAttribute('data-glossary')),
      );
      expect(new Set(ids).size, slug).toBe(ids.length);
    }
    await page.goto(pageUrl(sectionPath('iran-and-russia-the-syrian-question')));
    // The first "IRGC" of the body text is the marked one.
    const first = await page.$$eval('article p[data-paragraph]', (ps) => {
      for (const p of ps) {
        const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          if (n.parentElement?.closest('.sidenote')) continue;
          if (/\bIRGC\b/.test(n.textContent ?? '')) return n.parentElement?.matches('a.gloss') ?? false;
        }
      }
      return null;
    });
    expect(first).toBe(true);
    const irgc = page.locator('article a.gloss[data-glossary="irgc"]').first();
    await expect(irgc.getAttribute('href')).resolves.toBe(sitePath('/glossary/#irgc'));
  } finally {
    await context.close();
  }
});

test('a marked mention opens its editors’ note, labelled as the editors’, in the note popover', async () => {
  const context = await browser.newContext({ viewport: { width: 768, height: 800 } });
  try {
    const page = await context.newPage();
    await page.goto(pageUrl(sectionPath('iran-and-russia-the-syrian-question')));
    await page.locator('article a.gloss[data-glossary="artesh"]').first().click();
    const open = popover(page);
    await open.waitFor();
    await expect(open.textContent()).resolves.toMatch(/^Editors’ note.*Artesh.*regular armed forces/);
    await expect(open.evaluate((e) => e.classList.contains('editors'))).resolves.toBe(true);
    expect(new URL(page.url()).hash).toBe('');
    await page.keyboard.press('Escape');
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Artesh');
  } finally {
    await context.close();
  }
});

test('/glossary/ says its notes are the editors’ and lists every entry with working links to its mentions', async () => {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(pageUrl(sitePath('/glossary/')));
    await expect(page.locator('main').textContent()).resolves.toMatch(
      /written by the editors of this reading edition,\s+not by the author/,
    );
    const entries = await page.locator('article.entry').count();
    expect(entries).toBeGreaterThanOrEqual(38);
    const mention = page.locator('#irgc .mentions a').first();
    const href = (await mention.getAttribute('href'))!;
    expect(href).toMatch(new RegExp(`^${paperPath('/')}[a-z0-9-]+/#(p\\d+|user-content-fn-\\d+)$`));
    await mention.click();
    await page.waitForURL((url) => url.hash === new URL(href, page.url()).hash);
    const target = page.locator(':target');
    await expect(target.locator('a.gloss[data-glossary="irgc"]').count()).resolves.toBeGreaterThan(0);
  } finally {
    await context.close();
  }
});
