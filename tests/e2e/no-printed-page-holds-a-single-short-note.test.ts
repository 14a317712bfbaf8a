/**
 * The printout of the section with the most notes and of the whole paper (/print/), made by
 * Chromium on A4 and read back page by page with pdftotext: no page holds only a short note, or
 * the end of one, or a lone source entry; three lines or fewer under the running heads is what such
 * a page leaves, and the print styles can always avoid it (notes kept whole, the last ones together).
 */
import { readFile } from 'node:fs/promises';
import { expect, test } from 'vitest';
import { paperPath } from './support/paths.ts';
import { pdfPageCount, pdfText, printout } from './support/print.ts';
import { useBrowser } from './support/shared-browser.ts';
import { distDir, sectionSlugs } from './support/site.ts';

const browser = useBrowser();

/** The section whose page lists the most notes. */
async function densestSection(): Promise<string> {
  const counted = await Promise.all(
    (await sectionSlugs()).map(async (slug) => {
      const html = await readFile(`${distDir}${paperPath(`/${slug}/`).slice(1)}index.html`, 'utf8');
      return { slug, notes: html.match(/<li id="[^"]*fn-\d+"/g)?.length ?? 0 };
    }),
  );
  return counted.sort((a, b) => b.notes - a.notes)[0]!.slug;
}

/** Each printed page's lines under the running heads, without the page number. */
async function printedPages(path: string): Promise<string[][]> {
  const { pdf } = await printout(browser(), path);
  const count = await pdfPageCount(pdf);
  const pages: string[][] = [];
  for (let n = 1; n <= count; n++) {
    const lines = (await pdfText(pdf, { layout: true, page: n })).split('\n').filter((line) => line.trim() !== '');
    // The first line is the running heads (paper · section), the last the folio "n / count".
    expect(lines[0]).toContain('The Russia-Iran Partnership in a Multipolar World');
    expect(lines.at(-1)).toMatch(new RegExp(`^\\s*${n} ?/ ?${count}\\s*$`));
    pages.push(lines.slice(1, -1).map((line) => line.trim()));
  }
  return pages;
}

test.for([await densestSection(), 'print'])(
  '/%s/ printed: no page holds only a short note or the end of one',
  async (path) => {
    const pages = await printedPages(paperPath(`/${path}/`));
    expect(pages.length).toBeGreaterThan(1);
    const bare = pages.map((lines, i) => ({ page: i + 1, lines })).filter(({ lines }) => lines.length <= 3);
    expect(bare).toEqual([]);
  },
);
