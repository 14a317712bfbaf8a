/**
 * In the two-paper build (support/series.ts), served with its `_headers`: the reading room's home,
 * the second paper's landing page, a section, its sources and print page, and the search page filtered
 * to it, log nothing, break none of the Content Security Policy and pass axe (WCAG 2.2 AA and best
 * practice) in the light theme and the dark one, as the first paper's pages do.
 */
import { test } from 'vitest';
import { runAxe } from './support/axe.ts';
import { emptier, usePagePool } from './support/page-pool.ts';
import { recordPolicyViolations, recordProblems } from './support/page-problems.ts';
import { pageUrl } from './support/paths.ts';
import { useSeriesSite } from './support/series-site.ts';

// One page of each kind (its other sections are built from the same layout as this one).
const PAGES = [
  '/',
  '/caspian-water/',
  '/caspian-water/the-sea-as-a-commons/',
  '/caspian-water/sources/',
  '/caspian-water/print/',
  '/search/?q=Caspian&paper=caspian-water',
];
const site = useSeriesSite({ headers: true });

// Two visits at a time, in two pages kept open (support/page-pool.ts): each a new document.
const pool = usePagePool(
  () => site.browser,
  { viewport: { width: 1280, height: 900 } },
  async (context, page) => {
    const policy = await recordPolicyViolations(context);
    const problems = recordProblems(page);
    return { records: { policy, problems }, clear: emptier(policy, problems) };
  },
);

test.concurrent.for(PAGES.flatMap((path) => (['light', 'dark'] as const).map((theme) => ({ path, theme }))))(
  '$path in the $theme theme: nothing logged, no policy broken, axe clean',
  { timeout: 240_000 },
  ({ path, theme }, { expect }) =>
    pool.visit(async ({ page, records: { policy, problems } }) => {
      await page.emulateMedia({ colorScheme: theme });
      const response = await page.goto(pageUrl(path, site.server.url), { waitUntil: 'networkidle' });
      expect(response?.status()).toBe(200);
      expect(response?.headers()['content-security-policy']).toMatch(/default-src 'self'/);
      if (path.startsWith('/search/'))
        await expect
          .poll(() => page.locator('[data-search-status]').textContent(), { timeout: 15_000 })
          .toMatch(/match/);
      await expect(page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).resolves.toBe(
        theme === 'dark',
      );
      const { passes, violations } = await runAxe(page);
      expect(passes).toBeGreaterThan(10);
      expect({ problems, policy, violations }).toEqual({ problems: [], policy: [], violations: [] });
    }),
);
