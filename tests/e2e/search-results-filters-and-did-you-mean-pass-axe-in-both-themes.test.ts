import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { runAxe, WCAG_22_AA } from './support/axe.ts';
import { launchBrowser } from './support/browser.ts';
import { open, searchStatus } from './support/search-page.ts';
import { sitePath } from './support/paths.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser.close());

const states = [
  // Results, counts (zeros included) and the filters open beside them.
  { query: 'IRGC', path: sitePath('/search/?q=IRGC'), width: 1440 },
  // No result in the chosen section: the offer to widen to the whole paper.
  { query: 'Sputnik', path: sitePath('/search/?q=Sputnik&section=the-afghan-challenge'), width: 375 },
  // A word the paper does not print: "did you mean".
  { query: 'Tehrn', path: sitePath('/search/?q=Tehrn'), width: 375 },
];
const cases = states.flatMap((s) => (['light', 'dark'] as const).map((scheme) => ({ ...s, scheme })));

test.for(cases)('axe finds no violation on $path at $width px in the $scheme theme', async (c) => {
  const { context, page, problems } = await open(browser, c.path, {
    colorScheme: c.scheme,
    viewport: { width: c.width, height: 900 },
  });
  try {
    await searchStatus(page, c.query);
    if (c.query === 'Sputnik') {
      await expect(page.getByRole('button', { name: /^Search the whole paper/ }).isVisible()).resolves.toBe(true);
    }
    if (c.query === 'Tehrn') await expect(page.locator('[data-did-you-mean] a').count()).resolves.toBeGreaterThan(0);
    const { violations, passes } = await runAxe(page, WCAG_22_AA);
    expect(passes).toBeGreaterThan(10);
    expect(violations).toEqual([]);
    expect(problems).toEqual([]);
  } finally {
    await context.close();
  }
});
