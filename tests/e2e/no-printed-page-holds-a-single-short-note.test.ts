/**
 * The printout of the section with the most notes and of the whole paper (/print/), made by
 * Chromium on A4 and read back page by page with pdftotext: no page holds only a short note, or
 * the end of one, or a lone source entry; three lines or fewer under the running heads is what such
 * a page leaves, and the print styles can always avoid it (notes kept whole, the last ones together).
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { launchBrowser } from './support/browser.ts';
import { paperPath } from './support/paths.ts';
import { distDir, sectionSlugs } from './support/site.ts';

const run = promisify(execFile);
let browser: Browser;
let dir: string;
beforeAll(async () => {
  browser = await launchBrowser();
  dir = await mkdtemp(join(tmpdir(), 'print-notes-'));
});
afterAll(async () => {
  await browser.close();
  await rm(dir, { recursive: true });
});

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
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  try {
    const page = await context.newPage();
    await page.goto(new URL(path, inject('baseUrl')).href, { waitUntil: 'networkidle' });
    const pdf = join(dir, `${path.replace(/\W+/g, '-')}.pdf`);
    await writeFile(pdf, await page.pdf({ format: 'A4', preferCSSPageSize: true }));
    const { stdout: info } = await run('pdfinfo', [pdf]);
    const count = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
    const pages: string[][] = [];
    for (let n = 1; n <= count; n++) {
      const { stdout } = await run('pdftotext', ['-layout', '-f', String(n), '-l', String(n), pdf, '-']);
      const lines = stdout.split('\n').filter((line) => line.trim() !== '');
      // The first line is the running heads (paper · section), the last the folio "n / count".
      expect(lines[0]).toContain('The Russia-Iran Partnership in a Multipolar World');
      expect(lines.at(-1)).toMatch(new RegExp(`^\\s*${n} ?/ ?${count}\\s*$`));
      pages.push(lines.slice(1, -1).map((line) => line.trim()));
    }
    return pages;
  } finally {
    await context.close();
  }
}

test.for([await densestSection(), 'print'])(
  '/%s/ printed: no page holds only a short note or the end of one',
  async (path) => {
    const pages = await printedPages(paperPath(`/${path}/`).slice(1));
    expect(pages.length).toBeGreaterThan(1);
    const bare = pages.map((lines, i) => ({ page: i + 1, lines })).filter(({ lines }) => lines.length <= 3);
    expect(bare).toEqual([]);
  },
);
