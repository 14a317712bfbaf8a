import { describe, expect, test } from 'vitest';
import { references } from '../../support/paper-under-test.ts';
import { citationReference, highwireTags, jsonForScript, reportJsonLd } from '../../../src/citations/meta.ts';
import { paper } from '../../support/paper-under-test.ts';

const feldman = references.find((r) => r.id === 'feldman-2021-iran')!;

describe('highwireTags', () => {
  const url = 'https://example.org/edition/';
  const abstract = 'The strengthening of the partnership…';
  const tags = highwireTags(paper, { url, abstract, references: [feldman] });
  const values = (name: string) => tags.filter((t) => t.name === name).map((t) => t.content);

  test('carries the paper’s metadata as Highwire Press tags', () => {
    expect(
      Object.fromEntries(tags.filter((t) => t.name !== 'citation_reference').map((t) => [t.name, t.content])),
    ).toEqual({
      citation_title: 'The Russia-Iran Partnership in a Multipolar World',
      citation_author: 'Therme, Clément',
      citation_publication_date: '2022/03',
      citation_publisher: 'Ifri',
      citation_technical_report_institution: 'Ifri',
      citation_technical_report_number: '37',
      citation_series_title: 'Russie.Nei.Reports',
      citation_isbn: '979-10-373-0497-1',
      citation_language: 'en',
      citation_abstract: abstract,
      citation_public_url: url,
    });
  });

  test('adds one citation_reference per source cited on the page', () => {
    expect(values('citation_reference')).toEqual([
      'citation_title=Iran-Russia Relations: Continued Partnership Alongside Conflicting Interests; citation_author=Feldman, B. C.; citation_author=Rakov, D.; citation_publication_date=2021/08/04; citation_technical_report_number=1504; citation_series_title=INSS Insight; citation_public_url=https://www.inss.org.il',
    ]);
    expect(
      highwireTags(paper, { url, abstract, references }).filter((t) => t.name === 'citation_reference'),
    ).toHaveLength(84);
  });

  test('keeps semicolons inside a value from splitting a reference', () => {
    expect(citationReference({ id: 'x', type: 'book', title: 'A; B', issued: { 'date-parts': [[2001]] } })).toBe(
      'citation_title=A, B; citation_publication_date=2001',
    );
  });
});

describe('reportJsonLd', () => {
  test('describes the paper as a schema.org Report', () => {
    const ld = reportJsonLd(paper, 'https://example.org/edition/');
    expect(ld).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Report',
      name: paper.title,
      author: [{ '@type': 'Person', name: 'Clément Therme' }],
      translator: [{ '@type': 'Person', name: 'Cameron Johnston' }],
      publisher: { '@type': 'Organization', alternateName: 'Ifri' },
      datePublished: '2022-03',
      reportNumber: '37',
      isPartOf: { '@type': 'CreativeWorkSeries', name: 'Russie.Nei.Reports' },
      identifier: { propertyID: 'ISBN', value: '979-10-373-0497-1' },
      inLanguage: 'en',
      url: 'https://example.org/edition/',
    });
  });

  test('says nothing of translators when the paper has none', () => {
    expect(reportJsonLd({ ...paper, translators: [] }, 'https://example.org/edition/')).not.toHaveProperty(
      'translator',
    );
  });

  test('serialises for a script element without a way to close it', () => {
    const text = jsonForScript({ name: '</script><b>' });
    expect(text).not.toContain('<');
    expect(JSON.parse(text)).toEqual({ name: '</script><b>' });
  });
});
