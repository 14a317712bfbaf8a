/**
 * Node only, over dist/: issue 10's goal for every section page. A first visit (the document, its
 * stylesheets and the scripts it loads before any gesture, each gzipped on its own) costs at most
 * 4× the page's own text (the gzipped innerText of <main> on a wide screen), with no font and no
 * other origin. The measure is tests/support/first-visit-weight.ts, the same as `npm run bench`'s;
 * checked once against Chromium's responses and innerText (the bytes agree, the text within 1 %).
 */
import { expect, test } from 'vitest';
import { firstVisitWeight } from '../support/first-visit-weight.ts';
import { sectionPath } from './support/paths.ts';
import { distDir, sectionSlugs } from './support/site.ts';

const goal = 4;

test.for(await sectionSlugs())(`/%s/: a first visit weighs at most ${goal}× its own text, gzipped`, async (slug) => {
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
  expect(weight.gzipBytes).toBeLessThanOrEqual(goal * weight.text.gzipBytes);
});
