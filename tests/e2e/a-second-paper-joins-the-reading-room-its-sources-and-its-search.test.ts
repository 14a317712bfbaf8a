/**
 * Dropping a second paper's folder into content/papers/ and building gives a reading room of two:
 * the home lists both newest first, nothing links to a missing page, the source both papers cite
 * lists the notes of each, and the search's paper filter narrows the results to one paper.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchBrowser } from './support/browser.ts';
import { crawl } from './support/crawl.ts';
import { recordProblems } from './support/page-problems.ts';
import { pageUrl, paperPath } from './support/paths.ts';
import { resultLinks, searchStatus } from './support/search-page.ts';
import { seriesDist } from './support/series.ts';
import { startStaticServer, type StaticServer } from './support/static-server.ts';

const FIXTURE = 'tests/fixtures/papers/caspian-water';
const SECOND = '/caspian-water';
let dist: string;
let server: StaticServer;
let browser: Browser;
beforeAll(async () => {
  dist = seriesDist(FIXTURE);
  server = await startStaticServer(dist);
  browser = await launchBrowser();
}, 300_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

test('the home lists both papers, newest first, each linking to its pages', async () => {
  const home = await readFile(join(dist, 'index.html'), 'utf8');
  const newer = home.indexOf('Water Diplomacy on the Caspian');
  const older = home.indexOf('The Russia-Iran Partnership in a Multipolar World</a>');
  expect(newer).toBeGreaterThan(-1);
  expect(older).toBeGreaterThan(newer);
  expect(home).toContain(`href="${SECOND}/"`);
  expect(home).toContain(`href="${paperPath('/')}"`);
});

test('a crawl of the two-paper site finds no broken link or fragment and reaches both papers', async () => {
  const { checked, broken } = await crawl(server.url);
  expect(broken).toEqual([]);
  const urls = checked.map((l) => l.url);
  expect(urls).toEqual(
    expect.arrayContaining([
      `${server.url}caspian-water/the-sea-as-a-commons/`,
      `${server.url}caspian-water/sources/`,
      `${server.url}${paperPath('/sources/').slice(1)}`,
    ]),
  );
});

test('the source both papers cite lists the notes of each, linking to the note in the other paper', async () => {
  const ours = await readFile(join(dist, 'caspian-water', 'sources', 'index.html'), 'utf8');
  const theirs = await readFile(join(dist, paperPath('/sources/').slice(1), 'index.html'), 'utf8');
  const entry = (html: string) => /<li id="therme-2019-accord"[\s\S]*?<\/li>/.exec(html)?.[0] ?? '';
  // In the synthetic paper: its own note 9, and the real paper's note 4 (in its Introduction).
  expect(text(entry(ours))).toMatch(
    /Also cited in The Russia-Iran Partnership in a Multipolar World : Introduction : note 4/,
  );
  expect(entry(ours)).toContain(`href="${paperPath('/introduction/')}#user-content-fn-4"`);
  // And the other way round.
  expect(text(entry(theirs))).toMatch(/Also cited in Water Diplomacy on the Caspian : The sea as a commons : note 9/);
  expect(entry(theirs)).toContain(`href="${SECOND}/the-sea-as-a-commons/#user-content-fn-9"`);
  // A source only one paper cites says nothing of the other.
  expect(text(/<li id="lindqvist-2012-commission"[\s\S]*?<\/li>/.exec(ours)?.[0] ?? '')).not.toMatch(/Also cited/);
});

test('the paper filter narrows a search to the passages of one paper', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const problems = recordProblems(page);
  try {
    await page.goto(pageUrl('/search/?q=Caspian', server.url));
    const all = Number(/^(\d+)/.exec(await searchStatus(page, 'Caspian'))?.[1]);
    const everywhere = await resultLinks(page);
    expect(everywhere.some(([, href]) => href.includes(`${SECOND}/`))).toBe(true);
    // The first page of results shows the newer paper's passages; the other paper's come in the count.
    await page.getByRole('checkbox', { name: /^Water Diplomacy on the Caspian \(/ }).check();
    await expect
      .poll(async () => (await resultLinks(page)).every(([, href]) => href.includes(`${SECOND}/`)))
      .toBe(true);
    const narrowed = Number(/^(\d+)/.exec(await searchStatus(page, 'Caspian'))?.[1]);
    expect(narrowed).toBeGreaterThan(0);
    expect(narrowed).toBeLessThan(all);
    expect(page.url()).toContain('paper=caspian-water');
    expect(problems).toEqual([]);
  } finally {
    await context.close();
  }
});
