/**
 * A paper's header title leads to its own landing page; once the reading room holds several papers
 * (the two-paper build, support/series.ts), every page of each paper also links to the home page
 * that lists them all, on a phone through the menu. With one paper there is no such link: the home
 * page is that paper's card and contents.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { withPage } from './support/browser.ts';
import { PAPER_BASE, pageUrl } from './support/paths.ts';
import { distDir } from './support/site.ts';
import { useSeriesSite } from './support/series-site.ts';

const site = useSeriesSite();

/** The header of every HTML page under `dir/paper/`. */
async function headers(dir: string, paper: string): Promise<[string, string][]> {
  const files = (await readdir(join(dir, paper), { recursive: true })).filter((f) => f.endsWith('.html'));
  return Promise.all(
    files.map(async (f): Promise<[string, string]> => {
      const html = await readFile(join(dir, paper, f), 'utf8');
      return [`${paper}/${f}`, /<header class="site-header">[\s\S]*?<\/header>/.exec(html)?.[0] ?? ''];
    }),
  );
}

const ALL_PAPERS = /<a href="\/">All papers<\/a>/;

test('with two papers, every page of each paper links to the home page of the reading room', async () => {
  const pages = [...(await headers(site.dist, 'caspian-water')), ...(await headers(site.dist, PAPER_BASE.slice(1)))];
  expect(pages.length).toBeGreaterThan(40);
  expect(pages.filter(([, header]) => !ALL_PAPERS.test(header)).map(([page]) => page)).toEqual([]);
});

test('with one paper, its pages have no such link', async () => {
  const pages = await headers(distDir, PAPER_BASE.slice(1));
  expect(pages.length).toBeGreaterThan(20);
  expect(pages.filter(([, header]) => ALL_PAPERS.test(header)).map(([page]) => page)).toEqual([]);
});

test('at 375px the menu of a section of the second paper leads to the home page, which lists both papers', async () => {
  await withPage(
    site.browser,
    { viewport: { width: 375, height: 800 } },
    pageUrl('/caspian-water/rivers-and-borders/', site.server.url),
    async (page) => {
      await page.locator('.site-menu summary').click();
      await page.getByRole('link', { name: 'All papers', exact: true }).click();
      await page.waitForURL(site.server.url);
      const cards = page.locator('main h2, main h3');
      await expect(cards.allTextContents()).resolves.toEqual(
        expect.arrayContaining(['Water Diplomacy on the Caspian', 'The Russia-Iran Partnership in a Multipolar World']),
      );
    },
  );
});
