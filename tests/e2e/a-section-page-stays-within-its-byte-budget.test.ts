import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { mainInnerTextWeight, measurePageWeight } from '../support/page-weight.ts';
import { launchBrowser } from './support/browser.ts';
import { sectionSlugs } from './support/site.ts';

// Issue 10's goal: a first visit costs at most 4× the page's own text, HTML, CSS, JS and fonts each
// gzipped as a host sends them, against the gzipped innerText of <main>.
const ratio = 4;
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser.close());

test.for(await sectionSlugs())(
  `/%s/ weighs at most ${ratio}× its own text, gzipped, in a handful of requests`,
  async (slug) => {
    const url = new URL(`${slug}/`, inject('baseUrl')).href;
    const text = await mainInnerTextWeight(browser, url);
    const weight = await measurePageWeight(browser, url);
    const counted = weight.transfers.filter((t) => ['document', 'stylesheet', 'script', 'font'].includes(t.type));
    const total = counted.reduce((sum, t) => sum + t.gzipBytes, 0);
    const summary = weight.transfers.map((t) => `${t.type} ${new URL(t.url).pathname} ${t.gzipBytes} B`);
    console.info(
      `${slug}: text ${text.gzipBytes} B gzipped (${text.chars} chars); page ${total} B = ${(total / text.gzipBytes).toFixed(2)}×:\n  ${summary.join('\n  ')}`,
    );

    // The text must be the real thing, not an empty extraction that would make any budget pass.
    expect(text.chars).toBeGreaterThan(500);
    expect(weight.transfers.map((t) => t.type)).toEqual(expect.arrayContaining(['document', 'stylesheet']));
    expect(total).toBeLessThanOrEqual(ratio * text.gzipBytes);
    // The document, one stylesheet, one script, the icon: no fonts, no chains of requests.
    expect(weight.requests).toBeLessThanOrEqual(4);
    expect(weight.transfers.filter((t) => t.type === 'font')).toEqual([]);
  },
);
