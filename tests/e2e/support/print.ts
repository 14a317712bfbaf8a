import { execFile } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Browser } from 'playwright-core';
import { once } from './once.ts';
import { pageUrl } from './paths.ts';

const run = promisify(execFile);

/** A printout of one page, as a reader's browser makes it. */
export interface Printout {
  /** The PDF file, in this run's folder (removed when the run ends). */
  readonly pdf: string;
  /** The page's first heading, as the browser showed it. */
  readonly title: string;
}

/**
 * `path` of the served site printed to PDF by Chromium on `format` paper (the page's CSS size
 * preferred, scripts on, at a desktop width), made once per run: three files print /print/, the
 * whole paper, and the first to ask prints it for all (support/once.ts).
 */
export async function printout(browser: Browser, path: string, format: 'A4' | 'Letter' = 'A4'): Promise<Printout> {
  const dir = await once(`print/${path.replace(/\W+/g, '-')}-${format}`, async (out) => {
    await mkdir(out, { recursive: true });
    const { title } = await printToPdf(browser, pageUrl(path), format, join(out, 'page.pdf'));
    await writeFile(join(out, 'title.txt'), title);
  });
  return { pdf: join(dir, 'page.pdf'), title: await readFile(join(dir, 'title.txt'), 'utf8') };
}

/**
 * Prints `url` to `pdf` with Chromium on `format` paper, as a reader's browser would (the page's CSS
 * size preferred, scripts on, at a desktop width); gives the page's first heading and the address it
 * ended on.
 */
export async function printToPdf(
  browser: Browser,
  url: string,
  format: 'A4' | 'Letter',
  pdf: string,
): Promise<{ title: string; url: string }> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  try {
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'networkidle' });
    const title = (await page.locator('h1').first().textContent()) ?? '';
    await writeFile(pdf, await page.pdf({ format, preferCSSPageSize: true }));
    return { title, url: page.url() };
  } finally {
    await context.close();
  }
}

/** What pdftotext reads in `pdf` (`-layout` keeps the columns; `page` reads that page alone). */
export async function pdfText(pdf: string, { layout = false, page }: { layout?: boolean; page?: number } = {}) {
  const pages = page === undefined ? [] : ['-f', String(page), '-l', String(page)];
  const { stdout } = await run('pdftotext', [...(layout ? ['-layout'] : []), ...pages, pdf, '-']);
  return stdout;
}

/** How many pages `pdf` has, by pdfinfo. */
export async function pdfPageCount(pdf: string): Promise<number> {
  const { stdout } = await run('pdfinfo', [pdf]);
  return Number(/Pages:\s+(\d+)/.exec(stdout)?.[1]);
}

/** Renders pages `first`–`last` of `pdf` to PNG at 60 dpi (pdftoppm) as `<prefix>-<n>.png`. */
export async function pdfImages(pdf: string, prefix: string, first: number, last: number): Promise<void> {
  await run('pdftoppm', ['-png', '-r', '60', '-f', String(first), '-l', String(last), pdf, prefix]);
}
