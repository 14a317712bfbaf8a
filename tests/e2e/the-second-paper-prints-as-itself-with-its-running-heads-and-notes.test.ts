/**
 * In the two-paper build (support/series.ts), the second paper prints as the first does, and as
 * itself: Chromium's PDF of its whole-paper page and of a section, read back by pdftotext, carries
 * its title block, its own running head and page numbers on every page, each section in order
 * with its notes after its text, and nothing of the first paper but the "Also cited in" of a source.
 */
import { expect, test } from 'vitest';
import { pageUrl } from './support/paths.ts';
import { printedPages } from './support/printed-pages.ts';
import { useSeriesSite } from './support/series-site.ts';

const TITLE = 'Water Diplomacy on the Caspian';
const OTHER = 'The Russia-Iran Partnership in a Multipolar World';
const SECTIONS = ['Summary', 'Rivers and borders', 'The sea as a commons'];
// The opening words of each of its nine notes, in order.
const NOTES = [
  'A. Rahimova, “Sharing the Volga',
  'Ibid., p. 204.',
  'P. Lindqvist, The Commission That Never Met',
  '“Protocol on Hydrological Data Exchange”',
  'Lindqvist, op. cit., p. 81.',
  'N. Sadeghi and M. Orlov',
  'Ibid., p. 40.',
  'Interview with a fisheries inspector',
  'See C. Therme, « L’accord ‘historique’',
];
const site = useSeriesSite();

const squash = (text: string) => text.replace(/\s+/g, ' ');
/**
 * Every printed page has the paper's running head (its title, then `head`), its number out of the
 * total, and says nothing of the other paper.
 */
function expectOwnPages(pages: string[], head: string): void {
  for (const [i, page] of pages.entries()) {
    expect(page, `page ${i + 1} number`).toMatch(new RegExp(`\\b${i + 1}\\s*/\\s*${pages.length}\\b`));
    const [first, , second] = page.split('\n');
    expect([first, second], `page ${i + 1} running head`).toEqual([TITLE, head]);
    // The one mention of the first paper: the source both cite says where else it is cited.
    expect(squash(page).replace(`Also cited in ${OTHER}`, ''), `page ${i + 1}`).not.toContain(OTHER);
  }
}

test('its whole paper prints with a contents page, every section in order, each with its notes', async () => {
  const { pages } = await printedPages(site.browser, pageUrl('/caspian-water/print/', site.server.url));
  expect(pages.length).toBeGreaterThan(2);
  expectOwnPages(pages, 'The whole paper');
  const opening = squash(pages[0]!);
  expect(opening).toContain(TITLE);
  expect(opening).toContain('Test Author');
  expect(opening).toMatch(/https?:\/\/\S+\/caspian-water\/print\//);
  expect(opening).toMatch(/Contents 1\. Summary 2\. Rivers and borders 3\. The sea as a commons/);
  const all = squash(pages.slice(1).join('\n'));
  const starts = SECTIONS.map((title) => all.indexOf(title));
  expect([...starts].sort((a, b) => a - b)).toEqual(starts);
  expect(starts[0]).toBeGreaterThan(-1);
  // Each note once, after its section's text and before the next section.
  const notes = NOTES.map((note) => all.indexOf(note));
  for (const [i, at] of notes.entries()) {
    expect(at, `note ${i + 1}`).toBeGreaterThan(-1);
    expect(all.indexOf(NOTES[i]!, at + 1), `note ${i + 1} printed twice`).toBe(-1);
  }
  expect(notes.slice(0, 5).every((at) => at > starts[1]! && at < starts[2]!)).toBe(true);
  expect(notes.slice(5).every((at) => at > starts[2]!)).toBe(true);
  expect(all).not.toMatch(/Copy link|Dark theme|min read|Previous section/);
});

test('a section prints with its title block, its own address, its text and then its notes', async () => {
  const { pages, title } = await printedPages(
    site.browser,
    pageUrl('/caspian-water/the-sea-as-a-commons/', site.server.url),
  );
  expect(title).toBe('The sea as a commons');
  expectOwnPages(pages, title);
  const all = squash(pages.join('\n'));
  expect(all).toContain('Test Author · Test Institute, Test Papers No. 1, May 2024');
  expect(all).toMatch(/https?:\/\/\S+\/caspian-water\/the-sea-as-a-commons\//);
  const body = all.indexOf('The Convention on the Legal Status of the Caspian Sea');
  const list = all.indexOf('Notes', body);
  expect(body).toBeGreaterThan(-1);
  expect(list).toBeGreaterThan(body);
  for (const note of NOTES.slice(5)) expect(all.indexOf(note)).toBeGreaterThan(list);
  // Only this section's notes.
  expect(all).not.toContain(NOTES[0]);
});
