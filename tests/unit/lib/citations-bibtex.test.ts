/** sources.bib and paper.bib read back by pandoc (biblatex and BibTeX readers) equal the CSL data, field by field. */
import { describe, expect, test } from 'vitest';
import { references } from '../../support/paper-under-test.ts';
import { paperBibtex, toBibtex } from '../../../src/citations/export.ts';
import { paper } from '../../support/paper-under-test.ts';
import { hasPandoc, pandocCsl, pandocExpected } from '../../support/pandoc.ts';

const bib = toBibtex(references);
const url = 'https://papers.example.org/russia-iran/';

describe.runIf(hasPandoc())('sources.bib read by pandoc', () => {
  for (const format of ['biblatex', 'bibtex'] as const) {
    describe(`pandoc -f ${format}`, () => {
      const { items, stderr } = pandocCsl(bib, format);
      test('reads every entry without a warning', () => {
        expect(stderr).not.toMatch(/WARNING|skip|unknown|parse/i);
        expect(items.map((i) => i['id'])).toEqual(references.map((r) => r.id));
      });
      test.for(references.map((r, i) => [r.id, i] as const))('%s: every field equals the CSL data', ([, i]) => {
        expect(items[i]).toEqual(pandocExpected(references[i]!));
      });
    });
  }

  test('URLs are in url, never in howpublished or publisher', () => {
    expect(bib).not.toMatch(/howpublished/);
    const { items } = pandocCsl(bib, 'biblatex');
    for (const item of items) expect(String(item['publisher'] ?? '')).not.toMatch(/^https?:|www\./);
    expect(items.filter((i) => i['URL']).length).toBe(references.filter((r) => r.URL).length);
  });
});

describe.runIf(hasPandoc())('paper.bib read by pandoc', () => {
  test('is a report with its translator, series, number, ISBN and the edition’s URL', () => {
    for (const format of ['biblatex', 'bibtex'] as const) {
      const [item] = pandocCsl(paperBibtex(paper, url), format).items;
      expect(item).toMatchObject({
        type: 'report',
        title: paper.title,
        author: [{ family: 'Therme', given: 'Clément' }],
        translator: [{ family: 'Johnston', given: 'Cameron' }],
        'collection-title': 'Russie.Nei.Reports',
        number: '37',
        publisher: 'Ifri',
        'publisher-place': 'Paris',
        issued: { 'date-parts': [[2022, 3]] },
        ISBN: '979-10-373-0497-1',
        URL: url,
      });
    }
  });
});
