/**
 * The search's Sections filter names the paper with the section: two papers that both have an
 * "introduction" give two filter values, two boxes with their own counts, two sets of records; and a
 * URL saved from the one-paper site (`?section=<slug>`) still chooses the section it meant.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { parseSectionFilterId, sectionFilterId } from '../../../src/contract/ids.ts';
import { sectionFilterGroups, type PaperSections } from '../../../src/lib/filter-options.ts';
import { FILTER_KEY, readSearchState, withSectionValues } from '../../../src/lib/search-query.ts';
import { searchRecords } from '../../../src/integrations/search-records.ts';
import type { ThemedPassage } from '../../../src/lib/theme-passages.ts';

const slug = fc.stringMatching(/^[a-z0-9]+(-[a-z0-9]+)*$/);

describe('sectionFilterId', () => {
  test('names the paper and the section, and reads back as both', () => {
    expect(sectionFilterId('caspian-water', 'introduction')).toBe('caspian-water/introduction');
    fc.assert(
      fc.property(slug, slug, (paper, section) => {
        expect(parseSectionFilterId(sectionFilterId(paper, section))).toEqual({ paper, slug: section });
      }),
    );
  });

  test('two papers’ sections of one slug are two values', () => {
    fc.assert(
      fc.property(slug, slug, slug, (a, b, section) => {
        fc.pre(a !== b);
        expect(sectionFilterId(a, section)).not.toBe(sectionFilterId(b, section));
      }),
    );
  });

  test('a bare slug is not a filter value', () => {
    expect(parseSectionFilterId('introduction')).toBeUndefined();
    expect(parseSectionFilterId('a/b/c')).toBeUndefined();
    expect(parseSectionFilterId('/introduction')).toBeUndefined();
  });
});

const passage = (section: string, n: number) => ({ section: { slug: section }, n });
const series: PaperSections[] = [
  {
    id: 'alpha',
    title: 'Alpha Paper',
    sections: [
      { slug: 'introduction', title: 'Introduction' },
      { slug: 'conclusion', title: 'Conclusion' },
    ],
    passages: [passage('introduction', 1), passage('introduction', 2), passage('conclusion', 3)],
  },
  {
    id: 'beta',
    title: 'Beta Paper',
    sections: [
      { slug: 'introduction', title: 'Introduction' },
      { slug: 'rivers', title: 'Rivers' },
    ],
    passages: [
      passage('introduction', 1),
      passage('introduction', 2),
      passage('introduction', 3),
      passage('introduction', 4),
      passage('rivers', 5),
    ],
  },
];

describe('sectionFilterGroups', () => {
  test('gives each paper’s Introduction its own value and its own paper’s count', () => {
    const groups = sectionFilterGroups(series);
    expect(groups.map((g) => g.paper.id)).toEqual(['alpha', 'beta']);
    const options = groups.flatMap((g) => g.options);
    expect(new Set(options.map((o) => o.value)).size).toBe(options.length);
    expect(options.filter((o) => o.label === 'Introduction').map((o) => [o.value, o.count])).toEqual([
      ['alpha/introduction', 2],
      ['beta/introduction', 4],
    ]);
  });

  test('with several papers each label says whose it is; with one, it reads as the section alone', () => {
    const names = (papers: PaperSections[]) =>
      sectionFilterGroups(papers).flatMap((g) =>
        g.options.map((o) => [o.label, o.context].filter(Boolean).join(' in ')),
      );
    const several = names(series);
    expect(new Set(several).size).toBe(several.length);
    expect(several).toContain('Introduction in Beta Paper');
    expect(names([series[0]!])).toEqual(['Introduction', 'Conclusion']);
  });
});

describe('withSectionValues (a URL’s `section` read against the series’ sections)', () => {
  const known = sectionFilterGroups(series).flatMap((g) => g.options.map((o) => o.value));
  const sections = (query: string) => withSectionValues(readSearchState(new URLSearchParams(query)), known).sections;

  test('keeps a filter value as it is', () => {
    expect(sections('section=beta/introduction')).toEqual(['beta/introduction']);
  });

  test('a saved slug that names one section of the series chooses it, with or without a paper', () => {
    expect(sections('section=rivers')).toEqual(['beta/rivers']);
    expect(sections('section=conclusion&paper=beta')).toEqual(['alpha/conclusion']);
  });

  test('a slug that names several sections chooses the named paper’s, or with none named all of them', () => {
    expect(sections('section=introduction&paper=beta')).toEqual(['beta/introduction']);
    expect(sections('section=introduction&paper=alpha&paper=beta')).toEqual([
      'alpha/introduction',
      'beta/introduction',
    ]);
    expect(sections('section=introduction')).toEqual(['alpha/introduction', 'beta/introduction']);
  });

  test('keeps what matches nothing, once', () => {
    expect(sections('section=nowhere&section=rivers&section=beta/rivers')).toEqual(['nowhere', 'beta/rivers']);
  });
});

test('the index’s records of two papers’ Introductions carry two section filters', () => {
  const themed = (title: string): ThemedPassage => ({
    kind: 'paragraph',
    n: 1,
    id: 'p1',
    text: 'Text.',
    notes: [],
    section: { slug: 'introduction', title, order: 1 },
    themes: [],
  });
  const records = [
    ...searchRecords([themed('Introduction')], () => [], 'en', { id: 'alpha', title: 'Alpha Paper' }),
    ...searchRecords([themed('Introduction')], () => [], 'en', { id: 'beta', title: 'Beta Paper' }),
  ];
  const sectionOf = (r: (typeof records)[number]) => r.filters[FILTER_KEY]?.filter((f) => f.startsWith('section:'));
  expect(records.map(sectionOf)).toEqual([['section:alpha/introduction'], ['section:beta/introduction']]);
});
