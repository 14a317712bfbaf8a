import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { passagesOf } from '../../../src/lib/passages.ts';
import { compileThemes, parseThemes, themesOf } from '../../../src/lib/themes.ts';
import { paperFile, paperSections, seriesFile } from '../../support/content.ts';

const themes = parseThemes(readFileSync(seriesFile('themes.yaml'), 'utf8'));
const matchers = compileThemes(themes);
const files = readdirSync(paperSections()).filter((f) => f.endsWith('.mdx'));
const passages = files.flatMap((f) => passagesOf(readFileSync(paperFile(f), 'utf8')).map((p) => ({ ...p, file: f })));

/** The paragraph that contains `words` (unique in the paper). */
function paragraph(words: string): string {
  const found = passages.filter((p) => p.kind === 'paragraph' && p.text.includes(words));
  expect(found, words).toHaveLength(1);
  return found[0]!.text;
}

describe('themes.yaml', () => {
  it('defines about a dozen themes, each with a name, a description and terms', () => {
    expect(themes.length).toBeGreaterThanOrEqual(12);
    expect(themes.map((t) => t.id)).toEqual(
      expect.arrayContaining(['syria', 'afghanistan', 'caucasus', 'trade', 'domestic']),
    );
  });

  it('rejects a malformed file with the place of the fault', () => {
    expect(() => parseThemes('- id: Bad Id\n  label: x\n  name: x\n  description: y\n  terms: [a]')).toThrow(
      /^content\/themes\.yaml:1:7: error THEME_INVALID: entry 1 \(“Bad Id”\), id: /,
    );
    expect(() => parseThemes('- id: a\n  label: x\n  name: x\n  description: y\n  terms: []')).toThrow(
      /^content\/themes\.yaml:5:10: error THEME_INVALID: entry 1 \(“a”\), terms: /,
    );
    const twice =
      '- {id: a, label: x, name: x, description: y, terms: [b]}\n- {id: a, label: x, name: x, description: y, terms: [c]}';
    expect(() => parseThemes(twice)).toThrow(/^content\/themes\.yaml:2:8: error THEME_ID_TAKEN: entry 2 \(“a”\)/);
  });
});

describe('themes of passages, as a reader would assign them', () => {
  const cases: [string, string[], string[]][] = [
    // [words of the paragraph, themes it must have, themes it must not have]
    [
      'Soleimani flew to Moscow, apparently on a commercial flight',
      ['syria', 'security', 'domestic'],
      ['caucasus', 'space'],
    ],
    ['develop an independent space program have failed', ['space', 'domestic'], ['afghanistan', 'caucasus']],
    ['particularly worried about the use of the Telegram network', ['cyber'], ['syria', 'nuclear']],
    ['It found that Russia was the only country in 2020 to be viewed favorably', ['opinion'], ['syria', 'space']],
    ['Since the emergence of the Afghan branch of Daesh in Khorasan', ['afghanistan'], ['caucasus', 'cyber']],
    [
      'Since the disintegration of the Soviet Union in 1991, the opening of Iran',
      ['caucasus', 'history'],
      ['space', 'syria'],
    ],
    ['Iran has been an observer in the SCO since 2005', ['eurasia', 'nuclear'], ['caucasus', 'space']],
    ['Tehran runs a trade deficit with Moscow', ['trade', 'nuclear'], ['afghanistan', 'cyber']],
    [
      'posing with his British counterpart on the stairs where the Tehran conference was held in 1943',
      ['history'],
      ['space', 'trade'],
    ],
    ['Talk of a multipolar world, which dates back to Yevgeny Primakov', ['ideology'], ['syria', 'cyber']],
  ];
  for (const [words, has, hasNot] of cases) {
    it(`“${words.slice(0, 50)}…” → ${has.join(', ')}`, () => {
      const found = themesOf(paragraph(words), matchers);
      expect(found).toEqual(expect.arrayContaining(has));
      for (const t of hasNot) expect(found).not.toContain(t);
    });
  }

  it('matches acronyms only in capitals and whole words only', () => {
    const [syria] = compileThemes(themes.filter((t) => t.id === 'eurasia'));
    expect(themesOf('The SCO summit', [syria!])).toEqual(['eurasia']);
    expect(themesOf('a sco of disco', [syria!])).toEqual([]);
  });

  it('gives every theme some passages, and most paragraphs some theme', () => {
    for (const t of themes)
      expect(
        passages.some((p) => themesOf(p.text, matchers).includes(t.id)),
        t.id,
      ).toBe(true);
    const paragraphs = passages.filter((p) => p.kind === 'paragraph');
    const themed = paragraphs.filter((p) => themesOf(p.text, matchers).length > 0);
    expect(themed.length / paragraphs.length).toBeGreaterThan(0.9);
  });
});

describe('passages', () => {
  it('number paragraphs like the page ids and keep notes apart, references left out', () => {
    const intro = passagesOf(readFileSync(paperFile('02-introduction.mdx'), 'utf8'));
    expect(intro.filter((p) => p.kind === 'paragraph').map((p) => p.id)).toEqual(['p1', 'p2']);
    expect(intro.filter((p) => p.kind === 'note').map((p) => p.n)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(intro[0]!.text).toContain('military technology. Others, on the other hand');
    expect(intro[0]!.notes).toEqual([1, 2, 3, 4]);
  });
});
