/**
 * A paper's own glossary.yaml and themes.yaml (content/papers/<id>/) join the series-wide ones for that
 * paper only. An id, and a glossary name in any case or hyphenation, names one entry across the series:
 * a paper's entry never overrides a series-wide one, and a clash is a coded error naming both files.
 */
import { describe, expect, test } from 'vitest';
import { glossaryFileSchema } from '../../../src/contract/glossary.ts';
import { themesFileSchema } from '../../../src/contract/themes.ts';
import { editorialFiles } from '../../../src/integrations/editorial-files.ts';
import { EditorialError, formatProblem } from '../../../src/lib/editorial-file.ts';
import { editorialSet } from '../../../src/lib/editorial-sets.ts';
import { glossaryNames } from '../../../src/lib/glossary.ts';
import { glossaryOf, glossarySet as committedGlossary, themesOfPaper } from '../../../src/lib/editorial-data.ts';

const SERIES = 'content/glossary.yaml';
const A = 'content/papers/a/glossary.yaml';
const B = 'content/papers/b/glossary.yaml';

const text = 'A short neutral note of two sentences, facts only. It says nothing of the argument.';
/** A glossary.yaml of entries `[id, aliases, variants?]`. */
const glossaryFile = (...entries: [string, string[], string[]?][]): string =>
  entries
    .map(
      ([id, aliases, variants = []]) =>
        `- id: ${id}\n  term: ${id}\n  kind: place\n  aliases: [${aliases.join(', ')}]\n  variants: [${variants.join(', ')}]\n  text: ${text}\n`,
    )
    .join('');
const glossarySet = (sources: Record<string, string>) =>
  editorialSet({ sources, seriesFile: SERIES, schema: glossaryFileSchema, code: 'GLOSSARY', names: glossaryNames });
const messages = (set: { problems: readonly Parameters<typeof formatProblem>[0][] }) => set.problems.map(formatProblem);

describe('merging', () => {
  const set = glossarySet({
    [SERIES]: glossaryFile(['caspian-sea', ['Caspian Sea', 'Caspian']], ['baku-series', ['Bakou']]),
    [A]: glossaryFile(['volga', ['Volga'], ['Wolga']]),
    [B]: glossaryFile(['kura', ['Kura']]),
  });

  test('a paper gets the series-wide entries, then its own, and no other paper’s', () => {
    expect(set.problems).toEqual([]);
    expect(set.of('a').map((e) => e.id)).toEqual(['caspian-sea', 'baku-series', 'volga']);
    expect(set.of('b').map((e) => e.id)).toEqual(['caspian-sea', 'baku-series', 'kura']);
    expect(set.of('c').map((e) => e.id)).toEqual(['caspian-sea', 'baku-series']);
  });

  test('the whole series lists each entry once, with the paper it belongs to', () => {
    expect(set.all().map((s) => [s.entry.id, s.paper, s.file])).toEqual([
      ['caspian-sea', undefined, SERIES],
      ['baku-series', undefined, SERIES],
      ['volga', 'a', A],
      ['kura', 'b', B],
    ]);
  });

  test('themes merge the same way', () => {
    const theme = (id: string) => `- {id: ${id}, label: L, name: N, description: D, terms: [t]}\n`;
    const themes = editorialSet({
      sources: { 'content/themes.yaml': theme('trade'), 'content/papers/a/themes.yaml': theme('water') },
      seriesFile: 'content/themes.yaml',
      schema: themesFileSchema,
      code: 'THEME',
    });
    expect(themes.of('a').map((t) => t.id)).toEqual(['trade', 'water']);
    expect(themes.of('b').map((t) => t.id)).toEqual(['trade']);
  });
});

describe('clashes and bad files are coded errors naming the file, line and entry', () => {
  test('a paper’s entry with the id of a series-wide one names both files', () => {
    const set = glossarySet({
      [SERIES]: glossaryFile(['caspian-sea', ['Caspian Sea']]),
      [A]: glossaryFile(['volga', ['Volga']], ['caspian-sea', ['Caspian']]),
    });
    expect(messages(set)).toEqual([
      `${A}:7:7: error GLOSSARY_ID_TAKEN: entry 2 (“caspian-sea”): the id “caspian-sea” is already entry 1 (“caspian-sea”) of ${SERIES}:1; an id names one entry across the series: rename it, or drop it from ${A} (the series-wide entries already apply to every paper); an entry two papers need belongs in ${SERIES}`,
    ]);
  });

  test('two papers’ entries with one id name both papers’ files', () => {
    const set = glossarySet({
      [SERIES]: glossaryFile(['caspian-sea', ['Caspian Sea']]),
      [A]: glossaryFile(['volga', ['Volga']]),
      [B]: glossaryFile(['volga', ['Volga river']]),
    });
    expect(messages(set)).toHaveLength(1);
    expect(messages(set)[0]).toMatch(
      new RegExp(`^${B}:1:7: error GLOSSARY_ID_TAKEN: .*entry 1 \\(“volga”\\) of ${A}:1;`),
    );
  });

  test('an alias or variant that names another entry, whatever its case or hyphenation, names both', () => {
    const set = glossarySet({
      [SERIES]: glossaryFile(['nagorno-karabakh', ['Nagorno-Karabakh'], ['Nagorno Karabakh']]),
      [A]: glossaryFile(['karabakh-war', ['Karabakh war'], ['nagorno karabakh']]),
    });
    expect(messages(set)).toHaveLength(1);
    expect(messages(set)[0]).toMatch(
      new RegExp(
        `^${A}:5:14: error GLOSSARY_NAME_TAKEN: entry 1 \\(“karabakh-war”\\): “nagorno karabakh” already names entry 1 \\(“nagorno-karabakh”\\) of ${SERIES}:1 \\(as “Nagorno-Karabakh”\\)`,
      ),
    );
  });

  test('two papers may not give one name to two entries either (search reads every name in every paper)', () => {
    const set = glossarySet({
      [SERIES]: glossaryFile(['x', ['Xanadu']]),
      [A]: glossaryFile(['volga', ['Volga']]),
      [B]: glossaryFile(['volga-river', ['Volga']]),
    });
    expect(messages(set)[0]).toMatch(
      new RegExp(`^${B}:.*GLOSSARY_NAME_TAKEN: .*“Volga” already names entry 1 \\(“volga”\\) of ${A}:1`),
    );
  });

  test('an invalid entry in a paper’s file names the file, the line of the field and the entry', () => {
    const bad = glossaryFile(['volga', ['Volga']]).replace('kind: place', 'kind: river');
    const set = glossarySet({ [SERIES]: glossaryFile(['x', ['Xanadu']]), [A]: bad });
    expect(messages(set)).toHaveLength(1);
    expect(messages(set)[0]).toMatch(new RegExp(`^${A}:3:9: error GLOSSARY_INVALID: entry 1 \\(“volga”\\), kind: `));
  });

  test('a file that is not YAML, and every other problem, are all reported at once', () => {
    const set = glossarySet({
      [SERIES]: glossaryFile(['x', ['Xanadu']]),
      [A]: '- id: volga\n  aliases: [Volga\n',
      [B]: glossaryFile(['kura', []]),
    });
    const found = messages(set);
    expect(found).toHaveLength(2);
    expect(found[0]).toMatch(new RegExp(`^${A}:3:1: error GLOSSARY_INVALID: not valid YAML: `));
    expect(found[1]).toMatch(new RegExp(`^${B}:4:\\d+: error GLOSSARY_INVALID: entry 1 \\(“kura”\\), aliases: `));
  });

  test('a theme id used twice names both files', () => {
    const theme = (id: string) => `- {id: ${id}, label: L, name: N, description: D, terms: [t]}\n`;
    const set = editorialSet({
      sources: {
        'content/themes.yaml': theme('trade'),
        'content/papers/a/themes.yaml': theme('water') + theme('trade'),
      },
      seriesFile: 'content/themes.yaml',
      schema: themesFileSchema,
      code: 'THEME',
    });
    expect(set.problems.map(formatProblem)).toEqual([
      expect.stringMatching(
        /^content\/papers\/a\/themes\.yaml:2:8: error THEME_ID_TAKEN: entry 2 \(“trade”\): the id “trade” is already entry 1 \(“trade”\) of content\/themes\.yaml:1;/,
      ),
    ]);
  });

  test('reading a set with problems throws them all, without a stack trace', () => {
    const set = glossarySet({ [SERIES]: glossaryFile(['x', ['Xanadu']]), [A]: glossaryFile(['x', ['Xanadu']]) });
    expect(set.problems).toHaveLength(2);
    let thrown: unknown;
    try {
      set.of('a');
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(EditorialError);
    expect((thrown as Error).stack).toBe((thrown as Error).message);
    expect((thrown as Error).message.split('\n')).toHaveLength(2);
  });

  test('the build stops before anything compiles, logging each problem', () => {
    const set = glossarySet({ [SERIES]: glossaryFile(['x', ['Xanadu']]), [A]: glossaryFile(['x', ['Xanadu']]) });
    const logged: string[] = [];
    const hook = editorialFiles([set]).hooks['astro:config:setup'] as unknown as (o: {
      logger: { error: (m: string) => void };
    }) => void;
    expect(() => hook({ logger: { error: (m) => logged.push(m) } })).toThrow(/2 problem\(s\) in the editors' files/);
    expect(logged).toEqual(set.problems.map(formatProblem));
    expect(logged[0]).toMatch(/^content\/papers\/a\/glossary\.yaml:1:7: error GLOSSARY_ID_TAKEN/);
  });
});

test('the site’s build runs that check before compiling anything', async () => {
  const { default: config } = await import('../../../astro.config.mjs');
  const names = (config.integrations ?? []).flat().map((i) => (i ? (i as { name?: string }).name : undefined));
  expect(names.indexOf('editorial-files')).toBeGreaterThanOrEqual(0);
  expect(names.indexOf('editorial-files')).toBeLessThan(names.indexOf('@astrojs/mdx'));
  // Loading the config loads Astro, MDX and Tailwind: seconds on a busy machine.
}, 60_000);

describe('the committed content', () => {
  test('has no problem, and a paper without files of its own gets the series-wide entries', () => {
    const ids = committedGlossary.all().map((s) => s.entry.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(glossaryOf('russia-iran-partnership').map((e) => e.id)).toEqual(
      committedGlossary
        .all()
        .filter((s) => s.paper === undefined || s.paper === 'russia-iran-partnership')
        .map((s) => s.entry.id),
    );
    expect(themesOfPaper('russia-iran-partnership').length).toBeGreaterThanOrEqual(12);
  });
});
