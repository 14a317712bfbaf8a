import { describe, expect, test } from 'vitest';
import {
  noteCitations,
  PAPER_ID,
  readSeriesCitations,
  references,
  sectionNotes,
} from '../../support/paper-under-test.ts';
import {
  citingNotesBySource,
  shortReference,
  sourceLabels,
  sourcesCitedInNotes,
} from '../../../src/citations/source-index.ts';
import { linkUrls } from '../../../src/citations/link-urls.ts';
import { forApa, sourceEntries } from '../../../src/citations/sources.ts';

const item = (id: string) => references.find((r) => r.id === id)!;

describe('citingNotesBySource', () => {
  const citing = citingNotesBySource(noteCitations, sectionNotes);
  const summary = (id: string) => citing.get(id)?.map((c) => [c.note, c.kinds, c.section.slug]);

  test('finds every note citing a source, through op. cit. and Ibid. too', () => {
    expect(summary('feldman-2021-iran')).toEqual([
      [1, ['full'], 'introduction'],
      [75, ['op-cit'], 'iran-and-russia-the-syrian-question'],
    ]);
    expect(summary('iran-international-2021a-exclusive')?.slice(0, 2)).toEqual([
      [9, ['full'], 'relations-with-russia-a-matter-of-iranian'],
      [11, ['ibid'], 'relations-with-russia-a-matter-of-iranian'],
    ]);
  });

  test('every source is cited somewhere', () => {
    expect(references.filter((r) => !citing.has(r.id)).map((r) => r.id)).toEqual([]);
  });
});

test('sourcesCitedInNotes lists a section’s sources once each, in order', () => {
  expect(sourcesCitedInNotes(noteCitations, 1, 2)).toEqual([
    'therme-2018a-iran',
    'feldman-2021-iran',
    'galeeva-2021-iran',
  ]);
});

const labels = sourceLabels(references);
const label = (id: string) => labels.get(id)?.label;

test('short labels and references name authors, or the publication of an unsigned item', () => {
  expect(label('feldman-2021-iran')).toBe('Feldman and Rakov 2021');
  expect(shortReference(item('therme-2018a-iran'), labels.get('therme-2018a-iran'))).toBe(
    'Therme, “Iran and Russia in the Middle East: Towards a Regional Alliance?”, 2018a',
  );
});

test('no two sources share a label: works of one author or outlet in one year get 2021a, 2021b… in date order', () => {
  const all = [...labels.values()].map((l) => l.label);
  expect(new Set(all).size).toBe(all.length);
  expect(
    [
      'iran-international-2021a-exclusive',
      'iran-international-2021b-conservative',
      'iran-international-2021c-iran',
      'iran-international-2021d-moscow',
    ].map(label),
  ).toEqual([
    'Iran International 2021a',
    'Iran International 2021b',
    'Iran International 2021c',
    'Iran International 2021d',
  ]);
  // A label of its own keeps a bare year.
  expect(label('galeeva-2021-iran')).toBe('Galeeva 2021');
  // The id carries the same letter as the label.
  for (const [id, l] of labels) {
    const letter = /\d{4}([a-z]+)$/.exec(l.label)?.[1];
    if (letter) expect(id).toContain(`-${l.year}-`);
  }
});

describe('the sources page', () => {
  test('formats every source with the official APA style, its id kept and its URL a link', { timeout: 60_000 }, () => {
    const entries = sourceEntries(PAPER_ID, readSeriesCitations());
    expect(entries.map((e) => e.item.id).sort()).toEqual(references.map((r) => r.id).sort());
    expect(entries.find((e) => e.item.id === 'feldman-2021-iran')?.html).toBe(
      'Feldman, B. C., &#x26; Rakov, D. (2021). <i>Iran-Russia Relations: Continued Partnership Alongside Conflicting Interests</i> (No. 1504; INSS Insight). <a href="https://www.inss.org.il">https://www.inss.org.il</a>',
    );
  });

  test('shows a translated title after the original, in square brackets, as APA does', { timeout: 60_000 }, () => {
    const entries = sourceEntries(PAPER_ID, readSeriesCitations());
    const mandraud = entries.find((e) => e.item.id === 'mandraud-2015-deces')!;
    expect(mandraud.html).toContain(
      'Décès d’Evgueni Primakov, ancien ministre russe [The Death of Yevgeny Primakov, former Russian minister]',
    );
    expect(forApa(item('feldman-2021-iran'))).toEqual(item('feldman-2021-iran'));
  });
});

test('linkUrls links a printed URL and leaves the text as it was', () => {
  expect(linkUrls('See <i>x</i>. https://example.org/a.')).toBe(
    'See <i>x</i>. <a href="https://example.org/a">https://example.org/a</a>.',
  );
});
