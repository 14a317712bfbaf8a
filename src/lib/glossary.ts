import { glossaryFileSchema, type GlossaryEntry } from '../contract/glossary.ts';
import { editorialSet, type EntryName } from './editorial-sets.ts';
import { normaliseForm } from './search-variants.ts';

export { glossaryEntrySchema, glossaryFileSchema, glossaryKinds } from '../contract/glossary.ts';
export type { GlossaryEntry, GlossaryKind } from '../contract/glossary.ts';

/** An entry's names as search reads them (aliases, then variants), each with its normalised key. */
export function glossaryNames(entry: GlossaryEntry): EntryName[] {
  const named = (field: 'aliases' | 'variants') =>
    entry[field].map((printed, i) => ({ printed, key: normaliseForm(printed), path: [field, i] }));
  return [...named('aliases'), ...named('variants')];
}

/** Parses and validates one glossary.yaml on its own; throws an EditorialError naming the file, line and entry. */
export function parseGlossary(yamlText: string, file = 'content/glossary.yaml'): GlossaryEntry[] {
  const set = editorialSet({
    sources: { [file]: yamlText },
    seriesFile: file,
    schema: glossaryFileSchema,
    code: 'GLOSSARY',
    names: glossaryNames,
  });
  return set.all().map((s) => s.entry);
}

/** A mention found in a text: which entry, and where (UTF-16 offsets). */
export interface Mention {
  id: string;
  start: number;
  end: number;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// Word boundaries that know letters beyond ASCII (“Taleban’s”, “Nagorno-Karabakh”).
const bounded = (forms: readonly string[]) =>
  new RegExp(
    `(?<![\\p{L}\\p{N}])(?:${[...forms]
      .sort((a, b) => b.length - a.length)
      .map(escape)
      .join('|')})(?![\\p{L}\\p{N}])`,
    'gu',
  );

/**
 * A function that finds every mention of the glossary's entries in a text, left to right;
 * where two aliases overlap, the longer wins ("Islamic Revolutionary Guard Corps", not "Revolutionary Guard").
 */
export function mentionFinder(entries: readonly GlossaryEntry[]): (text: string) => Mention[] {
  const owner = new Map<string, string>();
  for (const entry of entries) for (const alias of entry.aliases) owner.set(alias, entry.id);
  const aliasPattern = bounded([...owner.keys()]);
  const excluded = entries.flatMap((entry) => entry.exclude);
  const excludePattern = excluded.length > 0 ? bounded(excluded) : undefined;

  return (text) => {
    const blocked = excludePattern
      ? [...text.matchAll(excludePattern)].map((m) => [m.index, m.index + m[0].length])
      : [];
    const mentions: Mention[] = [];
    for (const match of text.matchAll(aliasPattern)) {
      const start = match.index;
      const end = start + match[0].length;
      if (blocked.some(([from, to]) => start < to! && end > from!)) continue;
      mentions.push({ id: owner.get(match[0])!, start, end });
    }
    return mentions;
  };
}
