import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { pdfText, printToPdf } from './print.ts';

/** What a printout of a page reads as: pdftotext's text, one string per printed page, and the page's first heading. */
export interface Printout {
  pages: string[];
  /** The address printed from, as the browser ended on it. */
  url: string;
  /** The text of the page's first `h1`. */
  title: string;
}

/**
 * Prints `url` (of any served site) to PDF in Chromium on `format` paper and reads it back with
 * pdftotext (poppler-utils): an independent reader.
 */
export async function printedPages(browser: Browser, url: string, format: 'A4' | 'Letter' = 'A4'): Promise<Printout> {
  const dir = await mkdtemp(join(tmpdir(), 'printout-'));
  try {
    const pdf = join(dir, 'page.pdf');
    const printed = await printToPdf(browser, url, format, pdf);
    const pages = (await pdfText(pdf)).split('\f').filter((p) => p.trim() !== '');
    return { pages, url: printed.url, title: printed.title.trim() };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
