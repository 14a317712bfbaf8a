/**
 * In the two-paper build (support/series.ts), a section's "Search this section" opens the search
 * with that section of that paper chosen: two papers may both have a section `introduction`, so the
 * section filter's value names the paper (`<paper>/<slug>`). A search from there finds only that
 * section's passages, each linking to it, its excerpts as printed.
 */
import { expect, test } from 'vitest';
import { recordProblems } from './support/page-problems.ts';
import { pageUrl } from './support/paths.ts';
import { resultLinks, searchStatus } from './support/search-page.ts';
import { useSeriesSite } from './support/series-site.ts';

const site = useSeriesSite();

test('from a section of the second paper, the search is narrowed to that section of that paper', async () => {
  const context = await site.browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    const page = await context.newPage();
    const problems = recordProblems(page);
    await page.goto(pageUrl('/caspian-water/rivers-and-borders/', site.server.url));
    await page.getByRole('link', { name: 'Search this section', exact: true }).click();
    await page.waitForURL((url) => url.pathname === '/search/');
    // It searches every paper of the reading room, and says so.
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Search the papers');
    const chosen = new URL(page.url()).searchParams;
    expect(chosen.getAll('section')).toEqual(['caspian-water/rivers-and-borders']);
    // Its box is named with its paper (the Sections filter is grouped by paper), and it alone is checked.
    const box = page.getByRole('checkbox', { name: /^Rivers and borders in Water Diplomacy on the Caspian \(/ });
    await expect(box.isChecked()).resolves.toBe(true);
    await expect(page.locator('input[name="section"]:checked').count()).resolves.toBe(1);

    // "Caspian" is in both papers and in every section of the second: here, only this section's passages.
    await page.getByRole('searchbox', { name: /words or a/i }).fill('Caspian');
    await expect(searchStatus(page, 'Caspian')).resolves.toMatch(/^\d+ passages? match/);
    const links = await resultLinks(page);
    expect(links.length).toBeGreaterThan(0);
    expect(links.filter(([, href]) => !href.includes('/caspian-water/rivers-and-borders/'))).toEqual([]);
    // A note's excerpt reads as printed: its URL once, not the MDX link it is written as.
    const results = (await page.locator('[data-search-results]').textContent()) ?? '';
    expect(results).toContain('available at: www.caspianenvironment.org.');
    expect(results).not.toContain('](<');
    expect(problems).toEqual([]);
  } finally {
    await context.close();
  }
});
