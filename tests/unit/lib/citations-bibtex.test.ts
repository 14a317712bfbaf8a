/** sources.bib and paper.bib read back by pandoc (biblatex and BibTeX readers) equal the CSL data, field by field. */
import { describe, expect, test } from 'vitest';
import { references } from '../../support/paper-under-test.ts';
import { paperBibtex, toBibtex } from '../../../src/citations/export.ts';
import type { CslItem } from '../../../src/contract/index.ts';
import { paper } from '../../support/paper-under-test.ts';
import { hasPandoc, pandocCsl } from '../../support/pandoc.ts';

const bib = toBibtex(references);
const url = 'https://papers.example.org/russia-iran/';

/** pandoc has no CSL type but webpage for biblatex's @online: a post, a blog post, a document, a chart. */
const onlineTypes = new Set(['webpage', 'post', 'post-weblog', 'document', 'graphic']);

// ISO 8601-2 seasons, which biblatex writes as months 21–24 and CSL reads as seasons.
const SEASON_CODES: Record<string, number> = { spring: 21, summer: 22, autumn: 23, fall: 23, winter: 24 };

/** What pandoc should give for `item`, in pandoc's own CSL shape. */
function expected(item: CslItem): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(item)) {
    if (key === 'type') out[key] = onlineTypes.has(item.type) ? 'webpage' : value;
    else if (key === 'container-title' && onlineTypes.has(item.type)) out['publisher'] = value;
    else if (key === 'language') {
      // `langid` (babel) comes back as a BCP 47 tag with its region; transliterated Persian has none.
      if (value === 'fr') out[key] = 'fr-FR';
    } else if (key === 'note') out[key] = straightApostrophe(String(value).split('\n').join('; '));
    else if (key === 'issued') {
      const date = value as NonNullable<CslItem['issued']>;
      const year = date['date-parts']![0]![0]!;
      out[key] = date.season
        ? {
            'date-parts': String(date.season)
              .toLowerCase()
              .split('-')
              .map((s) => [year, SEASON_CODES[s]]),
          }
        : { 'date-parts': date['date-parts'] };
    } else out[key] = typeof value === 'string' ? straightApostrophe(value) : value;
  }
  return out;
}

/** TeX (and pandoc reading it) print a straight apostrophe as ’: no BibTeX notation keeps it in both (README). */
function straightApostrophe(text: string): string {
  return text.replace(/'/g, '’');
}

describe.runIf(hasPandoc())('sources.bib read by pandoc', () => {
  for (const format of ['biblatex', 'bibtex'] as const) {
    describe(`pandoc -f ${format}`, () => {
      const { items, stderr } = pandocCsl(bib, format);
      test('reads every entry without a warning', () => {
        expect(stderr).not.toMatch(/WARNING|skip|unknown|parse/i);
        expect(items.map((i) => i['id'])).toEqual(references.map((r) => r.id));
      });
      test.for(references.map((r, i) => [r.id, i] as const))('%s: every field equals the CSL data', ([, i]) => {
        expect(items[i]).toEqual(expected(references[i]!));
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
