/**
 * Dropping a second paper's folder into content/papers/ and building gives a reading room of two:
 * the home lists both newest first, nothing links to a missing page, the source both papers cite
 * lists the notes of each, and the search's paper and section filters narrow the results to one paper
 * (two papers may share a section's slug: each paper's section is its own filter, under its paper).
 */
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';
import type { Page } from 'playwright-core';
import { visitParents } from 'unist-util-visit-parents';
import { expect, test } from 'vitest';
import { crawl } from './support/crawl.ts';
import { recordProblems } from './support/page-problems.ts';
import { pageUrl, paperPath } from './support/paths.ts';
import { resultLinks, searchStatus } from './support/search-page.ts';
import { useSeriesSite } from './support/series-site.ts';
import { popover } from './support/note-popover.ts';

const SECOND = '/caspian-water';
const site = useSeriesSite();

const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

test('the home lists both papers, newest first, each linking to its pages', async () => {
  const home = await readFile(join(site.dist, 'index.html'), 'utf8');
  const newer = home.indexOf('Water Diplomacy on the Caspian');
  const older = home.indexOf('The Russia-Iran Partnership in a Multipolar World</a>');
  expect(newer).toBeGreaterThan(-1);
  expect(older).toBeGreaterThan(newer);
  expect(home).toContain(`href="${SECOND}/"`);
  expect(home).toContain(`href="${paperPath('/')}"`);
});

test('a crawl of the two-paper site finds no broken link or fragment and reaches both papers', async () => {
  const { checked, broken } = await crawl(site.server.url);
  expect(broken).toEqual([]);
  const urls = checked.map((l) => l.url);
  expect(urls).toEqual(
    expect.arrayContaining([
      `${site.server.url}caspian-water/the-sea-as-a-commons/`,
      `${site.server.url}caspian-water/sources/`,
      `${site.server.url}${paperPath('/sources/').slice(1)}`,
    ]),
  );
});

test('the source both papers cite lists the notes of each, linking to the note in the other paper', async () => {
  const ours = await readFile(join(site.dist, 'caspian-water', 'sources', 'index.html'), 'utf8');
  const theirs = await readFile(join(site.dist, paperPath('/sources/').slice(1), 'index.html'), 'utf8');
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

/**
 * On the results for “Caspian” (which both papers print), checks the filter named `filter`: the results
 * become the second paper's only, fewer than before and not none.
 */
async function narrowsCaspianToTheSecondPaper(page: Page, filter: RegExp): Promise<void> {
  const all = Number(/^(\d+)/.exec(await searchStatus(page, 'Caspian'))?.[1]);
  await page.getByRole('checkbox', { name: filter }).check();
  await expect.poll(async () => (await resultLinks(page)).every(([, href]) => href.includes(`${SECOND}/`))).toBe(true);
  const narrowed = Number(/^(\d+)/.exec(await searchStatus(page, 'Caspian'))?.[1]);
  expect(narrowed).toBeGreaterThan(0);
  expect(narrowed).toBeLessThan(all);
}

test('the paper filter narrows a search to the passages of one paper', async () => {
  const context = await site.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const problems = recordProblems(page);
  try {
    await page.goto(pageUrl('/search/?q=Caspian', site.server.url));
    await searchStatus(page, 'Caspian');
    const everywhere = await resultLinks(page);
    expect(everywhere.some(([, href]) => href.includes(`${SECOND}/`))).toBe(true);
    // The first page of results shows the newer paper's passages; the other paper's come in the count.
    await narrowsCaspianToTheSecondPaper(page, /^Water Diplomacy on the Caspian \(/);
    expect(page.url()).toContain('paper=caspian-water');
    expect(problems).toEqual([]);
  } finally {
    await context.close();
  }
});

/** The search page's section checkboxes as built: value, the paper group's legend, the label's text, the count. */
async function sectionBoxes(): Promise<{ value: string; group: string; name: string; count: number }[]> {
  const tree = fromHtml(await readFile(join(site.dist, 'search', 'index.html'), 'utf8'));
  const boxes: { value: string; group: string; name: string; count: number }[] = [];
  visitParents(tree, 'element', (node, ancestors) => {
    if (node.tagName !== 'input' || node.properties['name'] !== 'section') return;
    const elements = ancestors.filter((a): a is Element => a.type === 'element');
    const label = elements.findLast((a) => a.tagName === 'label')!;
    const group = elements.findLast(
      (a) => a.tagName === 'fieldset' && a !== elements.find((f) => f.tagName === 'fieldset'),
    );
    const legend = group?.children.find((c): c is Element => c.type === 'element' && c.tagName === 'legend');
    const name = toText(label).replace(/\s+/g, ' ').trim();
    boxes.push({
      value: String(node.properties['value']),
      group: legend ? toText(legend).trim() : '',
      name,
      count: Number(/\((\d+)\)$/.exec(name)?.[1]),
    });
  });
  return boxes;
}

test('the Sections filter has a box per section of each paper, under its paper, counting that paper’s passages', async () => {
  const boxes = await sectionBoxes();
  expect(new Set(boxes.map((b) => b.value)).size).toBe(boxes.length);
  // Each box's accessible name says whose section it is, so no two read alike.
  expect(new Set(boxes.map((b) => b.name)).size).toBe(boxes.length);
  const groups = [...new Set(boxes.map((b) => b.group))];
  expect(groups).toEqual(['Water Diplomacy on the Caspian', 'The Russia-Iran Partnership in a Multipolar World']);
  expect(boxes.filter((b) => b.group === groups[0]).map((b) => b.value)).toEqual(
    ['summary', 'rivers-and-borders', 'the-sea-as-a-commons'].map((slug) => `caspian-water/${slug}`),
  );
  for (const box of boxes) {
    expect(box.name).toMatch(new RegExp(`\\S in ${box.group} \\(\\d+\\)$`));
    // The value names the paper and the section (`<paper>/<slug>`), the path of the section's page; its
    // count is that page's paragraphs and notes.
    const page = await readFile(join(site.dist, box.value, 'index.html'), 'utf8');
    const passages = new Set([...page.matchAll(/\bid="(p\d+|user-content-fn-\d+)"/g)].map((m) => m[1]));
    expect([box.value, box.count]).toEqual([box.value, passages.size]);
  }
});

test('one paper’s section box, or a saved link with its bare slug, keeps the results to that section of that paper', async () => {
  const context = await site.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const problems = recordProblems(page);
  const onlyThere = async (path: string) => {
    await expect
      .poll(async () => (await resultLinks(page)).every(([, href]) => new URL(href).pathname === path))
      .toBe(true);
    expect((await resultLinks(page)).length).toBeGreaterThan(0);
  };
  try {
    await page.goto(pageUrl('/search/?q=Caspian', site.server.url));
    await searchStatus(page, 'Caspian');
    const box = page.getByRole('checkbox', { name: /^Summary in Water Diplomacy on the Caspian \(/ });
    await box.check();
    await onlyThere(`${SECOND}/summary/`);
    // The box counts what the search finds with it.
    const count = Number(await box.locator('xpath=..').locator('[data-count]').textContent());
    expect(Number(/^(\d+)/.exec(await searchStatus(page, 'Caspian'))?.[1])).toBe(count);
    expect(new URL(page.url()).searchParams.getAll('section')).toEqual(['caspian-water/summary']);
    // A link saved before the series, `?section=<slug>`: the one section of that slug is chosen.
    await page.goto(pageUrl('/search/?q=Caspian&section=the-sea-as-a-commons', site.server.url));
    await searchStatus(page, 'Caspian');
    await expect(
      page.locator('input[name="section"]:checked').evaluateAll((b) => b.map((i) => (i as HTMLInputElement).value)),
    ).resolves.toEqual(['caspian-water/the-sea-as-a-commons']);
    await onlyThere(`${SECOND}/the-sea-as-a-commons/`);
    expect(problems).toEqual([]);
  } finally {
    await context.close();
  }
});

// The synthetic paper's own glossary.yaml and themes.yaml (tests/fixtures/papers/caspian-water/) join the
// series-wide ones for that paper only.
const section = (paper: string, slug: string) => readFile(join(site.dist, paper, slug, 'index.html'), 'utf8');
const marks = (html: string) => [...html.matchAll(/data-glossary="([^"]+)"/g)].map((m) => m[1]);

test('the second paper’s own theme has its page, beside the series-wide ones; the real paper has none', async () => {
  const own = await readFile(join(site.dist, 'caspian-water', 'themes', 'water', 'index.html'), 'utf8');
  expect(text(own)).toMatch(/Water, rivers and the Caspian/);
  expect(text(own)).toMatch(/Since the dissolution of the Soviet Union, the Volga and the Kura/);
  const list = text(await readFile(join(site.dist, 'caspian-water', 'themes', 'index.html'), 'utf8'));
  expect(list).toMatch(/Water, rivers and the Caspian/);
  // The series-wide themes apply to it too: “the dissolution of the Soviet Union” is history.
  expect(list).toMatch(/History and memory — [1-9]\d* paragraphs?/);
  expect(existsSync(join(site.dist, paperPath('/themes/water/').slice(1), 'index.html'))).toBe(false);
  // Its passages carry the theme; the real paper's, which print “Caspian” too, never do.
  expect(await section('caspian-water', 'rivers-and-borders')).toMatch(/data-themes="[^"]*\bwater\b/);
  const realDir = join(site.dist, paperPath('/').slice(1));
  const real = await Promise.all(
    (await readdir(realDir)).map((slug) => readFile(join(realDir, slug, 'index.html'), 'utf8').catch(() => '')),
  );
  expect(real.some((html) => html.includes('Caspian'))).toBe(true);
  for (const html of real) expect(html).not.toMatch(/data-themes="[^"]*\bwater\b|themes\/water\//);
});

test('the second paper’s own glossary entry marks its text, not the real paper’s; the series-wide ones mark both', async () => {
  const rivers = await section('caspian-water', 'rivers-and-borders');
  expect(marks(rivers)).toEqual(expect.arrayContaining(['baku', 'volga', 'caspian-sea']));
  const real = await readFile(join(site.dist, paperPath('/print/').slice(1), 'index.html'), 'utf8');
  expect(text(real)).toMatch(/\bBaku\b/);
  expect(marks(real)).not.toContain('baku');
  expect(marks(real)).toContain('caspian-sea');
  // The glossary lists the paper's own entry with its mentions, saying which paper it is a note on.
  const glossary = await readFile(join(site.dist, 'glossary', 'index.html'), 'utf8');
  const baku = text(/<article id="baku"[\s\S]*?<\/article>/.exec(glossary)?.[0] ?? '');
  expect(baku).toMatch(/a note on Water Diplomacy on the Caspian only/);
  expect(baku).toMatch(/Marked in: Water Diplomacy on the Caspian, Rivers and borders, ¶ 1/);
  const caspian = text(/<article id="caspian-sea"[\s\S]*?<\/article>/.exec(glossary)?.[0] ?? '');
  expect(caspian).not.toMatch(/a note on/);
  expect(caspian).toMatch(/Water Diplomacy on the Caspian, Summary/);
});

test('the second paper’s own entry opens in the note popover, and search reads its variant and its theme', async () => {
  const context = await site.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const problems = recordProblems(page);
  try {
    await page.goto(pageUrl(`${SECOND}/rivers-and-borders/`, site.server.url));
    await page.locator('article a.gloss[data-glossary="baku"]').first().click();
    const open = popover(page);
    await open.waitFor();
    await expect(open.textContent()).resolves.toMatch(/^Editors’ note.*Baku.*capital and largest city of Azerbaijan/);
    // "Wolga" is a variant of the paper's own entry: the paper prints only "Volga".
    await page.goto(pageUrl('/search/?q=Wolga', site.server.url));
    await searchStatus(page, 'Wolga');
    const found = await resultLinks(page);
    expect(found.length).toBeGreaterThan(0);
    expect(found.every(([, href]) => href.includes(`${SECOND}/rivers-and-borders/`))).toBe(true);
    // A name is a spelling: the paper's own entry “Baku” still finds the real paper's “Baku” (which it does not mark).
    await page.goto(pageUrl('/search/?q=Baku', site.server.url));
    await searchStatus(page, 'Baku');
    const baku = (await resultLinks(page)).map(([, href]) => new URL(href).pathname);
    expect(baku.some((path) => path.startsWith(`${SECOND}/`))).toBe(true);
    expect(baku.some((path) => path.startsWith(paperPath('/')))).toBe(true);
    // The paper's own theme is a search filter that says whose it is, and keeps only that paper's passages.
    await page.goto(pageUrl('/search/?q=Caspian', site.server.url));
    // The real paper prints “Caspian” too: its results are gone.
    await narrowsCaspianToTheSecondPaper(page, /^Water, rivers and the Caspian \(Water Diplomacy on the Caspian\)/);
    expect(page.url()).toContain('theme=water');
    expect(problems).toEqual([]);
  } finally {
    await context.close();
  }
});
