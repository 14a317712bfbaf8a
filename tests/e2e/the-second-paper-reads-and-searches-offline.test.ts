/**
 * In the two-paper build (support/series.ts), one service worker keeps the second paper too: its
 * list holds every page and file of the second paper, and after a first visit to the reading
 * room's home, with the network cut, the second paper's sections (never visited), notes, sources,
 * print page and exports load, and a search for its words leads to its passage, highlighted.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, sep } from 'node:path';
import { expect, test } from 'vitest';
import { waitForOffline } from './support/offline.ts';
import { recordProblems } from './support/page-problems.ts';
import { pageUrl } from './support/paths.ts';
import { openFirstResult, resultLinks, searchStatus } from './support/search-page.ts';
import { useSeriesSite } from './support/series-site.ts';

const SECOND = '/caspian-water/';
const site = useSeriesSite();

test('the service worker’s list holds every page and file of the second paper', async () => {
  const worker = await readFile(join(site.dist, 'sw.js'), 'utf8');
  const listed = new Set(JSON.parse(/^const FILES = (\[.*\]);$/m.exec(worker)![1]!) as string[]);
  // Every file the build wrote under /caspian-water/, a page by its directory address.
  const files = (await readdir(join(site.dist, 'caspian-water'), { recursive: true, withFileTypes: true }))
    .filter((entry) => entry.isFile())
    .map((entry) => `${SECOND}${join(entry.parentPath, entry.name).slice(join(site.dist, 'caspian-water').length + 1)}`)
    .map((path) =>
      path
        .split(sep)
        .join('/')
        .replace(/(^|\/)index\.html$/, '$1'),
    );
  expect(files).toEqual(
    expect.arrayContaining([`${SECOND}`, `${SECOND}the-sea-as-a-commons/`, `${SECOND}print/`, `${SECOND}paper.bib`]),
  );
  expect(files.filter((path) => !listed.has(path))).toEqual([]);
  // Its part of the search index is listed too: the index holds its passages.
  expect([...listed].filter((path) => path.startsWith('/pagefind/')).length).toBeGreaterThan(5);
});

test('after a visit to the home page, the second paper reads and searches with the network cut', async () => {
  const context = await site.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const problems = recordProblems(page);
  try {
    await page.goto(pageUrl('/', site.server.url));
    await waitForOffline(page);
    await context.setOffline(true);

    // Its sections, never visited, a note, its sources and its print page.
    for (const [slug, title] of [
      ['', 'Water Diplomacy on the Caspian'],
      ['summary/', 'Summary'],
      ['rivers-and-borders/', 'Rivers and borders'],
      ['the-sea-as-a-commons/', 'The sea as a commons'],
      ['sources/', 'Sources'],
      ['print/', 'Water Diplomacy on the Caspian'],
    ]) {
      await page.goto(pageUrl(`${SECOND}${slug}`, site.server.url));
      await expect(page.locator('h1').first().textContent(), slug).resolves.toContain(title);
    }
    await page.goto(pageUrl(`${SECOND}the-sea-as-a-commons/#user-content-fn-9`, site.server.url));
    await expect(page.locator('#user-content-fn-9').textContent()).resolves.toContain('L’accord ‘historique’');
    // Its exports, as a download would fetch them.
    const fetched = await page.evaluate(
      async (paths) => {
        const texts = await Promise.all(paths.map(async (p) => (await fetch(p)).text()));
        return texts.map((text) => text.slice(0, 200));
      },
      [`${SECOND}paper.bib`, `${SECOND}sources.ris`, `${SECOND}sources.json`],
    );
    expect(fetched[0]).toContain('Water Diplomacy on the Caspian');
    expect(fetched[1]).toMatch(/^TY {2}- /);
    expect(fetched[2]).toContain('rahimova-2009-sharing');

    // Search: a word only the second paper has leads to its passage, highlighted there.
    await page.goto(pageUrl('/search/?q=beluga', site.server.url));
    await expect(searchStatus(page, 'beluga')).resolves.toMatch(/^1 passage matches/);
    const [[label, href]] = (await resultLinks(page)) as [[string, string]];
    expect(label).toBe('Paragraph 3');
    expect(href).toMatch(/\/caspian-water\/rivers-and-borders\/\?highlight=beluga#p3$/);
    await openFirstResult(page, 'p3', 'beluga');
    expect(problems).toEqual([]);
  } finally {
    await context.close();
  }
});
