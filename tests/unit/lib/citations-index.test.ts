import { describe, expect, test } from 'vitest';
import { noteCitations, references, sectionNotes } from '../../../src/lib/citations-data.ts';
import {
  citingNotesBySource,
  shortLabel,
  shortReference,
  sourcesCitedInNotes,
} from '../../../src/lib/citations-index.ts';
import { formatBibliography } from '../../../src/lib/citations-format.ts';

const item = (id: string) => references.find((r) => r.id === id)!;

describe('citingNotesBySource', () => {
  const citing = citingNotesBySource(noteCitations, sectionNotes);
  const summary = (id: string) => citing.get(id)?.map((c) => [c.note, c.kinds, c.section.slug]);

  test('finds every note citing a source, through op. cit. and Ibid. too', () => {
    expect(summary('feldman-2021-iran')).toEqual([
      [1, ['full'], 'introduction'],
      [75, ['op-cit'], 'iran-and-russia-the-syrian-question'],
    ]);
    expect(summary('iran-international-2021-exclusive')?.slice(0, 2)).toEqual([
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
    'therme-2018-iran',
    'feldman-2021-iran',
    'galeeva-2021-iran',
  ]);
});

test('short labels and references name authors, or the publication of an unsigned item', () => {
  expect(shortLabel(item('feldman-2021-iran'))).toBe('Feldman and Rakov 2021');
  expect(shortLabel(item('iran-international-2021-exclusive'))).toBe('Iran International 2021');
  expect(shortReference(item('therme-2018-iran'))).toBe(
    'Therme, “Iran and Russia in the Middle East: Towards a Regional Alliance?”, 2018',
  );
});

describe('formatBibliography', () => {
  test('formats every source with rehype-citation, its id kept and its URL a link', async () => {
    const entries = await formatBibliography({ bibliography: 'content/references.json', csl: 'apa' });
    expect(entries.map((e) => e.id).sort()).toEqual(references.map((r) => r.id).sort());
    expect(entries.find((e) => e.id === 'feldman-2021-iran')?.html).toBe(
      'Feldman, B. C., &#x26; Rakov, D. (2021). <i>Iran-Russia Relations: Continued Partnership Alongside Conflicting Interests</i> (No. 1504; INSS Insight). <a href="https://www.inss.org.il">https://www.inss.org.il</a>',
    );
  });
});
