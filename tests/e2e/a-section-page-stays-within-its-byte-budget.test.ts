import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { mainInnerTextWeight, measurePageWeight } from '../support/page-weight.ts';
import { launchBrowser } from './support/browser.ts';
import { sectionSlugs } from './support/site.ts';

// Issue 10's goal: a first visit costs at most 4× the page's own text, HTML, CSS, JS and fonts each
// gzipped as a host sends them, against the gzipped innerText of <main>. Not met yet: every page
// carries about 10 KB of fixed cost (CSS, script, head, contents, cite block), so the short
// sections are at 6–10×. Until that fixed part shrinks, this test holds the line the previous
// landing set (5.5×) on the sections with enough text for a ratio to mean something, and prints
// every page's ratio against the goal; issue 10 stays open for the goal itself.
const goal = 4;
const interimRatio = 5.5;
const longSection = 2500;
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser.close());

test.for(await sectionSlugs())(
  `/%s/ stays within its interim byte budget (goal ${goal}× its own text, gzipped) in a handful of requests`,
  async (slug) => {
    const url = new URL(`${slug}/`, inject('baseUrl')).href;
    const text = await mainInnerTextWeight(browser, url);
    const weight = await measurePageWeight(browser, url);
    const counted = weight.transfers.filter((t) => ['document', 'stylesheet', 'script', 'font'].includes(t.type));
    const total = counted.reduce((sum, t) => sum + t.gzipBytes, 0);
    const summary = weight.transfers.map((t) => `${t.type} ${new URL(t.url).pathname} ${t.gzipBytes} B`);
    console.info(
      `${slug}: text ${text.gzipBytes} B gzipped (${text.chars} chars); page ${total} B = ${(total / text.gzipBytes).toFixed(2)}× (goal ${goal}×):\n  ${summary.join('\n  ')}`,
    );

    // The text must be the real thing, not an empty extraction that would make any budget pass.
    expect(text.chars).toBeGreaterThan(500);
    expect(weight.transfers.map((t) => t.type)).toEqual(expect.arrayContaining(['document', 'stylesheet']));
    if (text.gzipBytes >= longSection) expect(total).toBeLessThanOrEqual(interimRatio * text.gzipBytes);
    // The document, one stylesheet, one script, the icon: no fonts, no chains of requests.
    expect(weight.requests).toBeLessThanOrEqual(4);
    expect(weight.transfers.filter((t) => t.type === 'font')).toEqual([]);
  },
);
