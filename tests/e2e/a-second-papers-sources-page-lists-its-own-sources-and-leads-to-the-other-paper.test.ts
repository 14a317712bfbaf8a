/**
 * In the two-paper build (support/series.ts), the second paper's sources pages are its own: every
 * source its notes cite and no other, sorted by author or date and filtered by type or section
 * without JavaScript, each linking to its citing notes in its own sections, whose notes link back
 * to its own sources page (the source both papers cite has one id in both). A reader follows
 * "Also cited in" from it to the note in the first paper, and from there back.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { withPage } from './support/browser.ts';
import { pageUrl, paperPath } from './support/paths.ts';
import { useSeriesSite } from './support/series-site.ts';

const SOURCES = '/caspian-water/sources/';
const site = useSeriesSite();

const html = (path: string) => readFile(join(site.dist, path, 'index.html'), 'utf8');
const entries = (page: string) => [...page.matchAll(/<li id="([^"]+)"/g)].map((m) => m[1]);
const hrefs = (text: string) => [...text.matchAll(/href="([^"]+)"/g)].map((m) => m[1]!);

test.for([
  [
    '',
    [
      'lindqvist-2012-commission',
      'caspian-environment-programme-2008-protocol',
      'rahimova-2009-sharing',
      'sadeghi-2023-aktau',
      'therme-2019-accord',
    ],
  ],
  [
    'by-date/',
    [
      'caspian-environment-programme-2008-protocol',
      'rahimova-2009-sharing',
      'lindqvist-2012-commission',
      'therme-2019-accord',
      'sadeghi-2023-aktau',
    ],
  ],
  ['type/book/', ['lindqvist-2012-commission']],
  ['section/the-sea-as-a-commons/', ['sadeghi-2023-aktau', 'therme-2019-accord']],
] as const)('%s lists exactly its sources, in its order', async ([page, ids]) => {
  expect(entries(await html(`${SOURCES}${page}`))).toEqual(ids);
});

test('its filters are its own: its sections and types, under its own address', async () => {
  const links = hrefs(await html(SOURCES)).filter((h) => /\/sources\/(section|type)\//.test(h));
  expect(links.sort()).toEqual(
    [
      'section/rivers-and-borders/',
      'section/the-sea-as-a-commons/',
      'type/article-journal/',
      'type/article-magazine/',
      'type/book/',
      'type/webpage/',
    ].map((p) => `${SOURCES}${p}`),
  );
});

test('each entry links to its citing notes in the second paper’s sections, whose notes link back to it', async () => {
  const page = await html(SOURCES);
  const notes = hrefs(page).filter((h) => h.includes('#user-content-fn-'));
  // Notes 1–7 and 9 cite a source (note 8 is an interview), and one note of the first paper.
  expect(notes.filter((h) => h.startsWith('/caspian-water/'))).toHaveLength(8);
  expect(notes.filter((h) => !h.startsWith('/caspian-water/'))).toEqual([
    `${paperPath('/introduction/')}#user-content-fn-4`,
  ]);
  for (const slug of ['rivers-and-borders', 'the-sea-as-a-commons']) {
    const sources = hrefs(await html(`/caspian-water/${slug}/`)).filter((h) => h.includes('/sources/#'));
    expect(sources.length, slug).toBeGreaterThan(0);
    expect(
      sources.filter((h) => !h.startsWith(`${SOURCES}#`)),
      slug,
    ).toEqual([]);
  }
});

test('“Also cited in” leads to the note in the first paper, whose source link leads back to the first paper’s entry', async () => {
  await withPage(
    site.browser,
    { viewport: { width: 1280, height: 900 } },
    pageUrl(SOURCES, site.server.url),
    async (page) => {
      const entry = page.locator('#therme-2019-accord');
      // Named for a screen reader with the paper it leads to.
      const link = entry.getByRole('link', {
        name: 'Note 4, in “Introduction” of The Russia-Iran Partnership in a Multipolar World',
        exact: true,
      });
      await link.click();
      await page.waitForURL((url) => url.pathname === paperPath('/introduction/') && url.hash === '#user-content-fn-4');
      const note = page.locator('#user-content-fn-4');
      await expect(note.textContent()).resolves.toContain('Caspienne');
      // That note's own source link: the first paper's entry, which says it is cited in the second.
      await note.locator(`a[href$="/sources/#therme-2019-accord"]`).first().click();
      await page.waitForURL((url) => url.pathname === paperPath('/sources/'));
      await expect(page.locator('#therme-2019-accord').textContent()).resolves.toMatch(
        /Also cited in\s*Water Diplomacy on the Caspian/,
      );
    },
  );
});
