import { expect, test } from 'vitest';
import { paperPath, sectionPath } from './support/paths.ts';
import { pdfText, printout } from './support/print.ts';
import { useBrowser } from './support/shared-browser.ts';
import { builtHeading, sectionSlugs } from './support/site.ts';

const browser = useBrowser();

/** The PDF of `path` on `format` paper, as pdftotext reads it: one string per printed page. */
async function printedPages(path: string, format: 'A4' | 'Letter'): Promise<{ pages: string[]; title: string }> {
  const { pdf, title } = await printout(browser(), path, format);
  return { pages: (await pdfText(pdf)).split('\f').filter((p) => p.trim() !== ''), title };
}

const slug = (await sectionSlugs())[2]!;

test.for(['A4', 'Letter'] as const)(
  'a section printed on %s has running heads, page numbers, its URL and a book’s measure',
  async (format) => {
    const { pages, title } = await printedPages(sectionPath(slug), format);
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
  const { pages } = await printedPages(paperPath('/print/'), 'A4');
  const opening = pages.slice(0, 2).join('\n').replace(/\s+/g, ' ');
  expect(opening).toContain('Contents');
  // Each section's title as its page shows it, read from the built page (no browser needed for that).
  const titles = await Promise.all((await sectionSlugs()).map((s) => builtHeading(sectionPath(s))));
  for (const t of titles) expect(opening).toContain(t);
});
