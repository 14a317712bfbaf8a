/** The paper’s reference as the official CSL styles (vendor/csl/) print it, through citeproc. */
import { describe, expect, test } from 'vitest';
import { citeParagraph } from '../../../src/citations/cite-paragraph.ts';
import { formatPaper } from '../../../src/citations/export.ts';
import { paper } from '../../support/paper-under-test.ts';

const url = 'https://papers.example.org/russia-iran/';
// citeproc compiles each style once, in seconds on a busy machine.
const slow = { timeout: 60_000 };

describe('the paper’s own citation', () => {
  test('Chicago 18th author-date: title in italics, translator, series and number, the edition’s URL', slow, () => {
    expect(formatPaper(paper, url, 'chicago', 'text')).toBe(
      'Therme, Clément. 2022. The Russia-Iran Partnership in a Multipolar World. No. 37. Translated by Cameron Johnston. Russie.Nei.Reports. Ifri. https://papers.example.org/russia-iran/.',
    );
    expect(formatPaper(paper, url, 'chicago', 'html')).toContain(
      '<i>The Russia-Iran Partnership in a Multipolar World</i>',
    );
  });

  test('APA 7th: title in italics, “Trans.”, “No. 37” and the series, the edition’s URL', slow, () => {
    expect(formatPaper(paper, url, 'apa', 'text')).toBe(
      'Therme, C. (2022). The Russia-Iran Partnership in a Multipolar World (C. Johnston, Trans.; No. 37; Russie.Nei.Reports). Ifri. https://papers.example.org/russia-iran/',
    );
    expect(formatPaper(paper, url, 'apa', 'html')).toMatch(
      /^Therme, C\. \(2022\)\. <i>The Russia-Iran Partnership in a Multipolar World<\/i> \(C\. Johnston, Trans\.; No\. 37; Russie\.Nei\.Reports\)\. Ifri\. /,
    );
  });
});

describe('cite this paragraph', () => {
  test(
    'gives the reference at the paragraph’s address and an in-text citation at its paragraph, by citeproc',
    slow,
    () => {
      const [chicago, apa] = citeParagraph(paper, '3', `${url}introduction/#p3`);
      expect(apa).toEqual({
        style: 'apa',
        name: 'APA (7th edition)',
        reference: formatPaper(paper, `${url}introduction/#p3`, 'apa', 'text'),
        inText: '(Therme, 2022, para. 3)',
      });
      expect(chicago?.inText).toBe('(Therme 2022, para. 3)');
      expect(chicago?.reference).toContain('Translated by Cameron Johnston');
      // As templates, for the page's script to fill in.
      expect(citeParagraph(paper).map((c) => c.inText)).toEqual([
        '(Therme 2022, para. {n})',
        '(Therme, 2022, para. {n})',
      ]);
    },
  );
});
