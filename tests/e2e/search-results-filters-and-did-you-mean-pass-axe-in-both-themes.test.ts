import { expect, test } from 'vitest';
import { runAxe, WCAG_22_AA } from './support/axe.ts';
import { recordProblems } from './support/page-problems.ts';
import { emptier, usePagePool } from './support/page-pool.ts';
import { searchStatus } from './support/search-page.ts';
import { pageUrl, sitePath } from './support/paths.ts';
import { useBrowser } from './support/shared-browser.ts';

const browser = useBrowser();
// The six visits in turn in one page kept open (support/page-pool.ts), each a new document.
const pool = usePagePool(browser, {}, async (_context, page) => {
  const problems = recordProblems(page);
  return { records: problems, clear: emptier(problems) };
});

const states = [
  // Results, counts (zeros included) and the filters open beside them.
  { query: 'IRGC', path: sitePath('/search/?q=IRGC'), width: 1440 },
  // No result in the chosen section: the offer to widen to the whole paper.
  { query: 'Sputnik', path: sitePath('/search/?q=Sputnik&section=the-afghan-challenge'), width: 375 },
  // A word the paper does not print: "did you mean".
  { query: 'Tehrn', path: sitePath('/search/?q=Tehrn'), width: 375 },
];
const cases = states.flatMap((s) => (['light', 'dark'] as const).map((scheme) => ({ ...s, scheme })));

test.for(cases)('axe finds no violation on $path at $width px in the $scheme theme', (c) =>
  pool.visit(async ({ page, records: problems }) => {
    await page.setViewportSize({ width: c.width, height: 900 });
    await page.emulateMedia({ colorScheme: c.scheme });
    await page.goto(pageUrl(c.path));
    await searchStatus(page, c.query);
    if (c.query === 'Sputnik') {
      await expect(page.getByRole('button', { name: /^Search the whole paper/ }).isVisible()).resolves.toBe(true);
    }
    if (c.query === 'Tehrn') await expect(page.locator('[data-did-you-mean] a').count()).resolves.toBeGreaterThan(0);
    const { violations, passes } = await runAxe(page, WCAG_22_AA);
    expect(passes).toBeGreaterThan(10);
    expect(violations).toEqual([]);
    expect(problems).toEqual([]);
  }),
);
