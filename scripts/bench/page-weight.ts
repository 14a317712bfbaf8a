/** A first visit to any page type, by kind of file, against its own text: built on tests/support/page-weight.ts. */
import type { Browser } from 'playwright-core';
import { gzipSize, measurePageWeight, ownTextWeight } from '../../tests/support/page-weight.ts';

export interface Weight {
  readonly html: number;
  readonly css: number;
  readonly js: number;
  readonly fonts: number;
  readonly other: number;
  readonly total: number;
  readonly requests: number;
  /** Gzipped bytes of the page's own text. */
  readonly text: number;
  /** (HTML + CSS + JS + fonts) / text: the figure to drive toward 1. */
  readonly ratio: number;
}

const KINDS: Record<string, 'html' | 'css' | 'js' | 'fonts'> = {
  document: 'html',
  stylesheet: 'css',
  script: 'js',
  font: 'fonts',
};

/** The text of a page without an article (home, search…): its main content, less chrome. */
async function mainTextWeight(browser: Browser, url: string): Promise<number> {
  const context = await browser.newContext({ javaScriptEnabled: false });
  try {
    const page = await context.newPage();
    await page.goto(url);
    const text = await page.evaluate(() => {
      const main = document.querySelector('main')!.cloneNode(true) as HTMLElement;
      main
        .querySelectorAll('[aria-hidden="true"], nav, form, button, .sidenote, .pilcrow, .sr-only')
        .forEach((e) => e.remove());
      return (main.textContent ?? '').replace(/\s+/g, ' ').trim();
    });
    return gzipSize(text);
  } finally {
    await context.close();
  }
}

export async function measurePage(browser: Browser, url: string, hasArticle: boolean): Promise<Weight> {
  const weight = await measurePageWeight(browser, url);
  const totals = { html: 0, css: 0, js: 0, fonts: 0, other: 0 };
  for (const t of weight.transfers) totals[KINDS[t.type] ?? 'other'] += t.gzipBytes;
  const text = hasArticle ? (await ownTextWeight(browser, url)).gzipBytes : await mainTextWeight(browser, url);
  const total = totals.html + totals.css + totals.js + totals.fonts;
  return {
    ...totals,
    total,
    requests: weight.requests,
    text,
    ratio: Math.round((total / Math.max(1, text)) * 100) / 100,
  };
}
