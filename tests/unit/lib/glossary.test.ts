import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { mentionFinder, parseGlossary, type GlossaryEntry } from '../../../src/lib/glossary.ts';
import { seriesFile } from '../../support/content.ts';

const entry = (over: Partial<GlossaryEntry>): Record<string, unknown> => ({
  id: 'irgc',
  term: 'Islamic Revolutionary Guard Corps (IRGC)',
  kind: 'organisation',
  aliases: ['IRGC'],
  text: 'A branch of Iran’s armed forces created in 1979 to protect the political system.',
  ...over,
});
const yaml = (entries: unknown[]) => JSON.stringify(entries);

describe(seriesFile('glossary.yaml'), () => {
  const entries = parseGlossary(readFileSync(seriesFile('glossary.yaml'), 'utf8'));

  test('holds about forty entries, among them those the paper leaves unexplained', () => {
    expect(entries.length).toBeGreaterThanOrEqual(38);
    expect(entries.map((e) => e.id)).toEqual(
      expect.arrayContaining([
        'irgc',
        'quds-force',
        'artesh',
        'jcpoa',
        'sco',
        'eaeu',
        'fatf',
        'ofac',
        'astana-process',
      ]),
    );
    expect(entries.map((e) => e.id)).toEqual(
      expect.arrayContaining(['daesh', 'iskp', 'taleban', 'hazaras', 'green-movement', 'axis-of-resistance']),
    );
    expect(entries.map((e) => e.id)).toEqual(
      expect.arrayContaining(['nagorno-karabakh', 'nakhchivan', 'bushehr', 'tehran-conference', 'khamenei', 'raisi']),
    );
    expect(entries.map((e) => e.id)).toEqual(
      expect.arrayContaining(['rouhani', 'zarif', 'soleimani', 'putin', 'lavrov', 'shoigu', 'primakov', 'ahmadinejad']),
    );
  });

  test('keeps every note short: two or three sentences', () => {
    for (const e of entries) expect(e.text.split(/(?<=[.;])\s+(?=[A-Z“])/).length, e.id).toBeLessThanOrEqual(4);
  });
});

describe('parseGlossary', () => {
  test('accepts a valid entry and normalises its text’s white space', () => {
    const [parsed] = parseGlossary(
      yaml([entry({ text: 'A branch of  Iran’s armed forces\n created in 1979 to protect it.' })]),
    );
    expect(parsed).toEqual({
      id: 'irgc',
      term: 'Islamic Revolutionary Guard Corps (IRGC)',
      kind: 'organisation',
      aliases: ['IRGC'],
      exclude: [],
      variants: [],
      text: 'A branch of Iran’s armed forces created in 1979 to protect it.',
    });
  });

  test.for([
    ['an unknown kind', [entry({ kind: 'country' as never })], /kind/],
    ['a non-kebab id', [entry({ id: 'IRGC' })], /kebab-case/],
    ['no alias', [entry({ aliases: [] })], /aliases/],
    [
      'a duplicate id',
      [entry({}), entry({ aliases: ['Revolutionary Guards'] })],
      /GLOSSARY_ID_TAKEN: entry 2 \(“irgc”\): the id “irgc” is already entry 1/,
    ],
    [
      'an alias owned twice',
      [entry({}), entry({ id: 'other' })],
      /GLOSSARY_NAME_TAKEN: entry 2 \(“other”\): “IRGC” already names entry 1 \(“irgc”\)/,
    ],
    [
      'a variant naming another entry',
      [entry({}), entry({ id: 'other', aliases: ['Pasdaran'], variants: ['irgc'] })],
      /GLOSSARY_NAME_TAKEN: entry 2 \(“other”\): “irgc” already names entry 1 \(“irgc”\)/,
    ],
    [
      'a variant that is an alias',
      [entry({ variants: ['IRGC'] })],
      /GLOSSARY_NAME_TAKEN: entry 1 \(“irgc”\): “IRGC” is given twice/,
    ],
    ['an essay', [entry({ text: 'x '.repeat(400) })], /two or three short sentences/],
  ] as const)('rejects %s, naming the problem', ([, entries, message]) => {
    expect(() => parseGlossary(yaml([...entries]))).toThrow(message);
  });
});

describe('mentionFinder', () => {
  const find = mentionFinder(
    parseGlossary(
      yaml([
        entry({ aliases: ['Islamic Revolutionary Guard Corps', 'Revolutionary Guards', 'IRGC'] }),
        entry({ id: 'raisi', term: 'Ebrahim Raisi', kind: 'person', aliases: ['Raisi'], exclude: ['Alireza Raisi'] }),
        entry({ id: 'taleban', term: 'Taleban', kind: 'movement', aliases: ['Taleban'] }),
      ]),
    ),
  );

  test('prefers the longest alias, on word boundaries, case-sensitively', () => {
    const text = 'The Islamic Revolutionary Guard Corps (IRGC) and the Taleban’s rise; not irgc, nor IRGCs.';
    expect(find(text)).toEqual([
      { id: 'irgc', start: 4, end: 37 },
      { id: 'irgc', start: 39, end: 43 },
      { id: 'taleban', start: 53, end: 60 },
    ]);
  });

  test('skips the text forms an entry excludes', () => {
    expect(find('Deputy Health Minister Alireza Raisi, not President Raisi.').map((m) => m.start)).toEqual([52]);
  });
});
