import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Browser } from 'playwright-core';

const run = promisify(execFile);

/** What a printout of a page reads as: pdftotext's text, one string per printed page, and the page's first heading. */
export interface Printout {
  pages: string[];
  /** The address printed from, as the browser ended on it. */
  url: string;
  /** The text of the page's first `h1`. */
  title: string;
}

/**
 * Prints `url` to PDF in Chromium on `format` paper, as a reader's browser would (scripts on, CSS
 * page size honoured), and reads it back with pdftotext (poppler-utils): an independent reader.
 */
export async function printedPages(browser: Browser, url: string, format: 'A4' | 'Letter' = 'A4'): Promise<Printout> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const dir = await mkdtemp(join(tmpdir(), 'printout-'));
  try {
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'networkidle' });
    const title = ((await page.locator('h1').first().textContent()) ?? '').trim();
    const pdf = join(dir, 'page.pdf');
    await writeFile(pdf, await page.pdf({ format, preferCSSPageSize: true }));
    const { stdout } = await run('pdftotext', [pdf, '-']);
    return { pages: stdout.split('\f').filter((p) => p.trim() !== ''), url: page.url(), title };
  } finally {
    await context.close();
    await rm(dir, { recursive: true, force: true });
  }
}
