import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchBrowser } from './support/browser.ts';
import { open, resultLinks, searchStatus } from './support/search-page.ts';
import { sitePath } from './support/paths.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser.close());

// [query, a result URL fragment it must find, or null where “no results” is the right answer]
const queries: [string, RegExp | null][] = [
  ['"Axis of Resistance"', /axis|#p8|user-content-fn-40/i],
  ['Delanoë', /user-content-fn-70/],
  ['Râvabet', /user-content-fn-22|user-content-fn-27/],
  ['moqâvemat', /user-content-fn-40/],
  ['(SCO)', /#p\d+/],
  ['700-3,000', /iran-and-russia-the-syrian-question/],
  ['<script>alert(1)</script>', null],
  ['“Green Movement”', /#p\d+/],
  ['%20&theme=x', null],
];

test('quotes, accents, Persian transliterations and punctuation give sane results and no errors', async () => {
  const { context, page, problems } = await open(browser, sitePath('/search/'));
  try {
    const field = page.getByRole('searchbox', { name: /words or a/i });
    for (const [query, expected] of queries) {
      await field.fill('');
      await field.fill(query);
      const status = await searchStatus(page, query);
      if (expected === null) {
        expect(status, query).toMatch(/^No passage matches|match/);
      } else {
        expect(status, query).toMatch(/match/);
        const hrefs = (await resultLinks(page)).map(([, href]) => href);
        expect(
          hrefs.some((h) => expected.test(h)),
          `${query}: ${hrefs.join(' ')}`,
        ).toBe(true);
      }
      await expect(page.locator('script', { hasText: 'alert(1)' }).count()).resolves.toBe(0);
    }
    expect(problems).toEqual([]);
  } finally {
    await context.close();
  }
});
