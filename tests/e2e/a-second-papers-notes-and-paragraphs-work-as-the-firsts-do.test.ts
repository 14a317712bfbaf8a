/**
 * In the two-paper build (support/series.ts), the second paper's sections behave as the first's:
 * on a wide screen its notes sit in the margin beside their references; on a phone a reference
 * opens its note as a bottom sheet; without JavaScript a reference leads to its note and back;
 * a paragraph’s ¶ link copies its address and cites the second paper, not the first, and so do
 * its cite block and a quotation copied from selected words.
 */
import { expect, test } from 'vitest';
import { measureNotes, spread } from '../support/sidenote-drift.ts';
import { withPage } from './support/browser.ts';
import { expectNotesInTheMargin } from './support/margin-notes.ts';
import { recordProblems } from './support/page-problems.ts';
import { copyQuotation } from './support/copy-quotation.ts';
import { pageUrl } from './support/paths.ts';
import { openNote, popover } from './support/note-popover.ts';
import { useSeriesSite } from './support/series-site.ts';

// Its sections with notes, and how many each has (notes 1–5, then 6–9).
const SECTIONS = { 'rivers-and-borders': 5, 'the-sea-as-a-commons': 4 };
const section = (slug: string) => `/caspian-water/${slug}/`;
const site = useSeriesSite();

test.for([1280, 1440])(
  'at %ipx every note sits in the margin beside its own reference, none overlapping',
  async (width) => {
    const drifts: number[] = [];
    for (const [slug, count] of Object.entries(SECTIONS)) {
      const measured = await measureNotes(site.browser, pageUrl(section(slug), site.server.url), width);
      expect(measured.endnotes, slug).toBe(count);
      expectNotesInTheMargin(measured, `${slug} at ${width}px`);
      drifts.push(...measured.notes.map((n) => n.drift));
    }
    // The first paper's goal (issue 10): the worst note under 160 px from its reference's line, 90 % within 24 px.
    expect(spread(drifts).max).toBeLessThan(160);
    expect(drifts.filter((d) => d <= 24).length / drifts.length).toBeGreaterThanOrEqual(0.9);
  },
);

test('at 375px a reference opens its whole note as a bottom sheet; Esc closes it and focus returns', async () => {
  const context = await site.browser.newContext({ viewport: { width: 375, height: 800 }, hasTouch: true });
  try {
    const page = await context.newPage();
    const problems = recordProblems(page);
    await page.goto(pageUrl(section('the-sea-as-a-commons'), site.server.url));
    await openNote(page, 9);
    await expect(popover(page).textContent()).resolves.toContain(
      'L’accord ‘historique’ sur la mer Caspienne, symbol d’un recul iranien ?',
    );
    const box = (await popover(page).boundingBox())!;
    expect(box.width).toBe(375);
    expect(Math.round(box.y + box.height)).toBe(800);
    await page.keyboard.press('Escape');
    await expect(popover(page).count()).resolves.toBe(0);
    await expect(page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).resolves.toBe('Note 9');
    expect(problems).toEqual([]);
  } finally {
    await context.close();
  }
});

test('without JavaScript reference 6 leads to note 6, whose back link returns to it', async () => {
  await withPage(
    site.browser,
    { viewport: { width: 1280, height: 720 }, javaScriptEnabled: false },
    pageUrl(section('the-sea-as-a-commons'), site.server.url),
    async (page) => {
      const reference = page.getByRole('link', { name: 'Note 6', exact: true });
      await expect(reference.textContent()).resolves.toBe('6');
      await reference.click();
      await page.waitForURL((url) => url.hash === '#user-content-fn-6');
      const note = page.locator('#user-content-fn-6');
      await expect(note.getAttribute('value')).resolves.toBe('6');
      await expect(note.textContent()).resolves.toContain('Aktau and After: The Caspian Convention Five Years On');
      await note.getByRole('link', { name: 'Back to reference 6', exact: true }).click();
      await page.waitForURL((url) => url.hash === '#user-content-fnref-6');
      await expect(page.evaluate(() => document.querySelector(':target')?.id)).resolves.toBe('user-content-fnref-6');
    },
  );
});

test('“Copy link” and “Cite this paragraph” copy the paragraph’s address and cite the second paper', async () => {
  const context = await site.browser.newContext({ viewport: { width: 1024, height: 800 } });
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  try {
    const page = await context.newPage();
    const problems = recordProblems(page);
    const url = pageUrl(section('rivers-and-borders'), site.server.url);
    await page.goto(url);
    await page.locator('#p2').hover();
    await page.getByRole('link', { name: 'Link to paragraph 2', exact: true }).click();
    const status = page.getByRole('status').last();
    const clipboard = () => page.evaluate(() => navigator.clipboard.readText());

    await page.getByRole('button', { name: 'Copy link' }).click();
    await expect.poll(() => status.textContent()).toBe('Link to paragraph copied');
    await expect(clipboard()).resolves.toBe(`${url}#p2`);

    await page.getByRole('button', { name: 'Cite in APA' }).click();
    await expect.poll(() => status.textContent()).toBe('APA citation copied');
    await expect(clipboard()).resolves.toBe(
      `Author, T. (2024). Water Diplomacy on the Caspian (No. 1; Test Papers). Test Institute. ${url}#p2\n(Author, 2024, para. 2)`,
    );
    await page.getByRole('button', { name: 'Cite in Chicago' }).click();
    await expect.poll(() => status.textContent()).toBe('Chicago citation copied');
    await expect(clipboard()).resolves.toBe(
      `Author, Test. 2024. Water Diplomacy on the Caspian. No. 1. Test Papers. Test Institute. ${url}#p2.\n(Author 2024, para. 2)`,
    );
    expect(problems).toEqual([]);
  } finally {
    await context.close();
  }
});

test('its cite block copies its own BibTeX and downloads its own RIS', async () => {
  const context = await site.browser.newContext();
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  try {
    const page = await context.newPage();
    await page.goto(pageUrl(section('rivers-and-borders'), site.server.url));
    const block = page.getByRole('region', { name: 'Cite this paper' });
    await expect(block.textContent()).resolves.toContain('Author, Test. 2024. Water Diplomacy on the Caspian. No. 1.');
    await block.getByRole('button', { name: 'Copy BibTeX' }).click();
    await expect.poll(() => block.getByRole('status').textContent()).toBe('BibTeX copied to the clipboard.');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    const file = await (await fetch(pageUrl('/caspian-water/paper.bib', site.server.url))).text();
    expect(copied).toMatch(/^@report\{author-2024-water-diplomacy,/);
    expect(copied.trim()).toBe(file.trim());
    const href = await block.getByRole('link', { name: 'Download RIS file' }).getAttribute('href');
    expect(new URL(href!, page.url()).pathname).toBe('/caspian-water/paper.ris');
  } finally {
    await context.close();
  }
});

test('selected words copy as a quotation of the second paper, with a link that opens its page at them', async () => {
  const context = await site.browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  try {
    const page = await context.newPage();
    await page.goto(pageUrl(section('rivers-and-borders'), site.server.url));
    const { words, copied } = await copyQuotation(page, 'p2', 30);
    expect(copied.startsWith(`“${words}” Author`)).toBe(true);
    expect(copied).toContain('Water Diplomacy on the Caspian');
    expect(copied).toContain('Rivers and borders');
    expect(copied).not.toMatch(/Therme|Russia-Iran/);
    const link = /<([^>]+)>/.exec(copied)![1]!;
    expect(new URL(link).pathname).toBe('/caspian-water/rivers-and-borders/');
    expect(link).toMatch(/#p2:~:text=/);
  } finally {
    await context.close();
  }
});
