/**
 * Node only, over dist/: issue 10's goal for every section page. A first visit (the document, its
 * stylesheets and the scripts it loads before any gesture, each gzipped on its own) costs at most
 * 4× the page's own text (the gzipped innerText of <main> on a wide screen), with no font and no
 * other origin. The measure is tests/support/first-visit-weight.ts, the same as `npm run bench`'s;
 * checked once against Chromium's responses and innerText (the bytes agree, the text within 1 %).
 *
 * The goal is not met by every section yet (issue 10, item 7: see README, "Weight"). The sections
 * that exceed it are named below, each asserted to be still over it: the day one comes within the
 * goal, its test fails until it is taken off the list, so the list can only shrink. Every other
 * section, and any section a paper adds, is held to the goal.
 */
import { expect, test } from 'vitest';
import { firstVisitWeight } from '../support/first-visit-weight.ts';
import { sectionPath } from '../e2e/support/paths.ts';
import { distDir, sectionSlugs } from '../e2e/support/site.ts';

const goal = 4;

/**
 * Sections over the goal today, because their text is shorter than the page every section needs
 * around it (head with the Report's citation tags, header with search and theme, contents, cite
 * block, footer: ≈2.8 KB gzipped, plus ≈3.7 KB of CSS and ≈1.3–2.3 KB of JS): a section needs
 * about 3.2 KB of gzipped text to pass.
 */
const overGoal = new Set([
  'executive-summary',
  'introduction',
  'sputnik-v-a-jab-of-contention',
  'iran-and-russia-the-syrian-question',
  'the-afghan-challenge',
  'irans-entry-into-the-shanghai-cooperation-organisation',
  'conclusion',
]);

const slugs = await sectionSlugs();

test('the list of sections over the goal names only sections that exist', () => {
  expect([...overGoal].filter((slug) => !slugs.includes(slug))).toEqual([]);
});

test.for(slugs)(`/%s/: a first visit weighs at most ${goal}× its own text, gzipped`, async (slug) => {
  const weight = await firstVisitWeight(distDir, sectionPath(slug));
  const files = weight.files.map((f) => `${f.kind} ${f.path} ${f.gzipBytes} B`);
  console.info(
    `${slug}: text ${weight.text.gzipBytes} B gzipped (${weight.text.chars} chars); first visit ${weight.gzipBytes} B = ${weight.ratio}× (goal ${goal}×):\n  ${files.join('\n  ')}`,
  );

  // The text must be the real thing, not an empty extraction that would make any budget pass.
  expect(weight.text.chars).toBeGreaterThan(500);
  expect(weight.files.map((f) => f.kind)).toEqual(expect.arrayContaining(['html', 'css', 'js']));
  // The document, one stylesheet, one script, and where the page has margin notes their placement
  // (added by the script at load on a wide screen): no other requests.
  expect(weight.files.length).toBeLessThanOrEqual(4);
  expect(weight.fonts).toEqual([]);
  if (overGoal.has(slug)) {
    expect(weight.gzipBytes, `${slug} is now within ${goal}×: take it off overGoal`).toBeGreaterThan(
      goal * weight.text.gzipBytes,
    );
  } else {
    expect(weight.gzipBytes).toBeLessThanOrEqual(goal * weight.text.gzipBytes);
  }
});
