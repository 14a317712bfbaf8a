import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { launchBrowser } from './support/browser.ts';
import { pageUrl, paperPath, sectionPath } from './support/paths.ts';
import { printedPages } from './support/printed-pages.ts';
import { sectionSlugs } from './support/site.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser.close());

const printed = (path: string, format: 'A4' | 'Letter') => printedPages(browser, pageUrl(path), format);

const slug = (await sectionSlugs())[2]!;

test.for(['A4', 'Letter'] as const)(
  'a section printed on %s has running heads, page numbers, its URL and a book’s measure',
  async (format) => {
    const { pages, title } = await printed(sectionPath(slug), format);
    expect(pages.length).toBeGreaterThan(1);
    const all = pages.join('\n');
    // The title block gives the page's own address (the site's canonical origin, path as served).
    expect(all).toContain(`/${slug}/`);
    for (const [i, page] of pages.entries()) {
      expect(page, `page ${i + 1} number`).toMatch(new RegExp(`\\b${i + 1}\\s*/\\s*${pages.length}\\b`));
      if (i > 0) {
        expect(page, `page ${i + 1} running head`).toContain('The Russia-Iran Partnership in a Multipolar World');
        expect(page.replace(/\s+/g, ' '), `page ${i + 1} running head`).toContain(title.trim());
      }
    }
    // Nothing meant for screens.
    expect(all).not.toMatch(/min read|source entry|first cited in note/);
    // About 65–75 characters a line in the body text: the lines of full paragraphs, not headings or notes.
    const lines = all.split('\n').filter((line) => line.length > 45);
    const mean = lines.reduce((sum, line) => sum + line.length, 0) / lines.length;
    expect(mean).toBeGreaterThanOrEqual(62);
    expect(mean).toBeLessThanOrEqual(76);
  },
);

test('the whole paper printed opens with a table of contents listing every section', async () => {
  const { pages } = await printed(paperPath('/print/'), 'A4');
  const opening = pages.slice(0, 2).join('\n').replace(/\s+/g, ' ');
  expect(opening).toContain('Contents');
  const titles = await Promise.all(
    (await sectionSlugs()).map(async (s) => {
      const context = await browser.newContext();
      try {
        const page = await context.newPage();
        await page.goto(new URL(sectionPath(s).slice(1), inject('baseUrl')).href);
        return ((await page.locator('h1').textContent()) ?? '').trim();
      } finally {
        await context.close();
      }
    }),
  );
  for (const t of titles) expect(opening).toContain(t);
});
