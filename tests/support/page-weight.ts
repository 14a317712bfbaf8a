/**
 * What a page costs a first-time reader, measured in Chromium: every response the page loads,
 * gzipped as a server would send it, against the gzipped size of the page's own text. Used by
 * tests/e2e/a-section-page-stays-within-its-byte-budget.test.ts and by `npm run bench`.
 */
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';

/** One response of a page load. */
export interface Transfer {
  url: string;
  /** Playwright's resource type: document, stylesheet, script, font, image… */
  type: string;
  bytes: number;
  gzipBytes: number;
}

/** A page load: its responses and their totals. */
export interface PageWeight {
  url: string;
  transfers: Transfer[];
  requests: number;
  bytes: number;
  gzipBytes: number;
}

/** The gzipped size of some text or bytes, at zlib's default level (what servers commonly use). */
export function gzipSize(data: string | Uint8Array): number {
  return gzipSync(data).length;
}

/** Load `url` in a fresh context (an empty cache: a first visit) and add up everything it fetched. */
export async function measurePageWeight(browser: Browser, url: string): Promise<PageWeight> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  try {
    const page = await context.newPage();
    const pending: Promise<Transfer | undefined>[] = [];
    page.on('response', (response) => {
      pending.push(
        response.body().then(
          (body) => ({
            url: response.url(),
            type: response.request().resourceType(),
            bytes: body.length,
            gzipBytes: gzipSize(body),
          }),
          // A redirect or an aborted request has no body to count.
          () => undefined,
        ),
      );
    });
    await page.goto(url, { waitUntil: 'networkidle' });
    const transfers = (await Promise.all(pending)).filter((t): t is Transfer => t !== undefined);
    return {
      url,
      transfers,
      requests: transfers.length,
      bytes: transfers.reduce((sum, t) => sum + t.bytes, 0),
      gzipBytes: transfers.reduce((sum, t) => sum + t.gzipBytes, 0),
    };
  } finally {
    await context.close();
  }
}

/**
 * The page's own text: its title, body paragraphs and notes, without what the edition adds
 * (sidenote copies, "¶" links, back links, glossary and theme apparatus is kept only where it is
 * the paper's own words). Read from the built HTML with scripts off.
 */
export async function ownText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const article = document.querySelector('article')!.cloneNode(true) as HTMLElement;
    article
      .querySelectorAll('.sidenote, .pilcrow, [data-footnote-backref], [data-pagefind-ignore], .sr-only')
      .forEach((e) => e.remove());
    const parts = [
      article.querySelector('h1')?.textContent ?? '',
      ...[...article.querySelectorAll('p[data-paragraph]')].map((p) => p.textContent ?? ''),
      ...[...article.querySelectorAll('section[data-footnotes] li')].map((li) => li.textContent ?? ''),
    ];
    return parts.map((t) => t.replace(/\s+/g, ' ').trim()).join('\n');
  });
}

/** The gzipped size of a page's own text ({@link ownText}), loading the page without JavaScript. */
export async function ownTextWeight(browser: Browser, url: string): Promise<{ chars: number; gzipBytes: number }> {
  const context = await browser.newContext({ javaScriptEnabled: false });
  try {
    const page = await context.newPage();
    await page.goto(url);
    const text = await ownText(page);
    return { chars: text.length, gzipBytes: gzipSize(text) };
  } finally {
    await context.close();
  }
}

/**
 * The gzipped `innerText` of the page's `<main>` as a reader sees it at 1440 px (issue 10's measure
 * of a section page's own text: what is shown, margin notes included, nothing hidden).
 */
export async function mainInnerTextWeight(
  browser: Browser,
  url: string,
): Promise<{ chars: number; gzipBytes: number }> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  try {
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'networkidle' });
    const text = await page.evaluate(() => document.querySelector('main')!.innerText);
    return { chars: text.length, gzipBytes: gzipSize(text) };
  } finally {
    await context.close();
  }
}
