import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-ris';
import { describe, expect, test } from 'vitest';
import { references } from '../../../src/lib/citations-data.ts';
import { formatPaper, paperBibtex, paperRis, toBibtex, toCslJson, toRis } from '../../../src/lib/citations-export.ts';
import { paper } from '../../../src/lib/paper.ts';

/** Parse a file back with citation-js's input plugins, forcing the format we claim it is. */
function parse(text: string, format: string): Record<string, unknown>[] {
  return new Cite(text, { forceType: format }).data;
}

const byId = (items: Record<string, unknown>[], id: string) => items.find((i) => i['id'] === id);

describe('exports of the sources', () => {
  test('there are sources to export', () => {
    expect(references.length).toBe(84);
  });

  test('BibTeX parses back to every source, keyed by its CSL id', () => {
    const items = parse(toBibtex(references), '@bibtex/text');
    expect(items).toHaveLength(references.length);
    expect(items.map((i) => i['citation-key'])).toEqual(references.map((r) => r.id));
    const feldman = byId(items, 'feldman-2021-iran');
    expect(feldman).toMatchObject({
      type: 'report',
      title: 'Iran-Russia Relations: Continued Partnership Alongside Conflicting Interests',
      author: [
        { family: 'Feldman', given: 'B. C.' },
        { family: 'Rakov', given: 'D.' },
      ],
      issued: { 'date-parts': [[2021, 8, 4]] },
      URL: 'https://www.inss.org.il',
    });
  });

  test('RIS parses back to every source, a newspaper article keeping its author and day', () => {
    const items = parse(toRis(references), '@ris/file');
    expect(items).toHaveLength(references.length);
    expect(byId(items, 'feldman-2021-iran')).toMatchObject({
      type: 'report',
      title: expect.stringContaining('Iran-Russia Relations'),
    });
    const galeeva = byId(items, 'galeeva-2021-iran');
    // RIS 2011 calls a NEWS record's author its reporter.
    expect(galeeva).toMatchObject({
      type: 'article-newspaper',
      'container-title': 'Arab News',
      URL: 'https://www.arabnews.com',
    });
    expect(String(galeeva?.['reporter'] ?? JSON.stringify(galeeva?.['author']))).toContain('Galeeva');
    expect(toRis(references)).toMatch(/^TY {2}- NEWS\nAU {2}- Galeeva, D\.\nDA {2}- 2021\/06\/29\/\n/m);
  });

  test('CSL-JSON parses back to the ingest’s items unchanged', () => {
    const text = toCslJson(references);
    expect(JSON.parse(text)).toEqual(references);
    const items = parse(text, '@else/json');
    expect(items).toHaveLength(references.length);
    expect(byId(items, 'therme-2018-iran')).toMatchObject({
      'container-title': 'The Middle East Journal',
      page: '549-562',
    });
  });
});

describe('the paper’s own citation', () => {
  test('BibTeX and RIS parse back to the paper', () => {
    const [bib] = parse(paperBibtex(paper), '@bibtex/text');
    expect(bib).toMatchObject({
      'citation-key': 'therme-2022-russia-iran',
      type: 'report',
      title: paper.title,
      author: [{ family: 'Therme', given: 'Clément' }],
      publisher: 'Ifri',
      ISBN: '979-10-373-0497-1',
      number: '37',
    });
    const [ris] = parse(paperRis(paper), '@ris/file');
    expect(ris).toMatchObject({
      type: 'report',
      title: paper.title,
      publisher: 'Ifri',
      issued: { 'date-parts': [[2022, 3]] },
    });
  });

  test('formats the paper in Chicago (author-date) and APA', () => {
    expect(formatPaper(paper, 'chicago', 'text')).toBe(
      'Therme, Clément. 2022. “The Russia-Iran Partnership in a Multipolar World.” Translated by Cameron Johnston. Russie.Nei.Reports 37. Ifri.',
    );
    expect(formatPaper(paper, 'apa', 'text')).toBe(
      'Therme, C. (2022). The Russia-Iran Partnership in a Multipolar World (C. Johnston, Trans.; Russie.Nei.Reports 37). Ifri.',
    );
    expect(formatPaper(paper, 'apa', 'html')).toBe(
      'Therme, C. (2022). <i>The Russia-Iran Partnership in a Multipolar World</i> (C. Johnston, Trans.; Russie.Nei.Reports 37). Ifri.',
    );
  });
});
