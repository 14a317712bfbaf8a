import type { GlossaryEntry } from './glossary.ts';
import { editDistance, MIN_VARIANT_LENGTH, normaliseForm, spellingKey, variantDistance } from './search-variants.ts';

/**
 * Names that search reads as one: a glossary entry (its aliases and variants), or a name the
 * paper itself prints in more than one spelling ("Taleban" and "Taliban"). Each passage that
 * mentions a group carries its id as a filter value, so a search for any of its forms finds them all.
 */
export interface SearchGroup {
  readonly id: string;
  /** The forms as the paper prints them, for marking hits. */
  readonly printed: readonly string[];
  /** Every form that names the group, normalised (`normaliseForm`), aliases and variants alike. */
  readonly forms: readonly string[];
}

/** What the search page needs to plan a query: normalised form → group id (a group's forms are also what it marks). */
export interface SearchTermsData {
  readonly forms: Record<string, string>;
}

const WORD = /\p{L}[\p{L}\p{M}’']*/gu;

/** The edition's words, as a set of normalised words (hyphenated words split), and its names (capitalised wherever printed). */
export function editionWords(texts: readonly string[]): { words: Set<string>; names: Map<string, string> } {
  const words = new Set<string>();
  const printed = new Map<string, string>();
  const lower = new Set<string>();
  for (const text of texts) {
    for (const [raw] of text.matchAll(WORD)) {
      const word = raw.replace(/[’']s$/u, '');
      const key = normaliseForm(word).replace(/\s+/g, '');
      if (key.length < 2) continue;
      words.add(key);
      if (/^\p{Lu}/u.test(word)) {
        if (!printed.has(key)) printed.set(key, word.replace(/[’']/gu, ''));
      } else lower.add(key);
    }
  }
  const names = new Map([...printed].filter(([key]) => !lower.has(key)));
  return { words, names };
}

/**
 * The search groups of an edition: one per glossary entry, then one per set of names the paper
 * prints in spellings that the spelling rules read as one and no entry already covers.
 */
export function searchGroups(entries: readonly GlossaryEntry[], texts: readonly string[]): SearchGroup[] {
  const groups: SearchGroup[] = entries.map((e) => ({
    id: e.id,
    printed: e.aliases,
    forms: [...new Set([...e.aliases, ...e.variants].map(normaliseForm))],
  }));
  const covered = new Set(groups.flatMap((g) => g.forms));
  const byKey = new Map<string, string[]>();
  for (const [key, name] of editionWords(texts).names) {
    if (key.length < MIN_VARIANT_LENGTH || covered.has(key)) continue;
    const spelling = spellingKey(key);
    byKey.set(spelling, [...(byKey.get(spelling) ?? []), name]);
  }
  for (const [spelling, names] of byKey) {
    // Spellings the rules join but too far apart to be one name ("Hassan", "Hossein") stay apart.
    const [first, ...others] = names.map(normaliseForm) as [string, ...string[]];
    const close = others.filter((n) => editDistance(n, first) <= Math.min(2, variantDistance(first)));
    if (close.length === 0) continue;
    const forms = [first, ...close];
    groups.push({
      id: `~${spelling.toLowerCase()}`,
      printed: names.filter((n) => forms.includes(normaliseForm(n))),
      forms,
    });
  }
  return groups;
}

// A form of five letters or more also matches its inflections, as Pagefind matches a word's extensions ("Syria" → "Syrian").
const bounded = (forms: readonly string[]): RegExp =>
  new RegExp(
    `(?<![\\p{L}\\p{N}])(?:${[...forms]
      .sort((a, b) => b.length - a.length)
      .map((f) => (f.length >= 5 ? `${f}\\p{L}*` : f))
      .join('|')})(?![\\p{L}\\p{N}])`,
    'u',
  );

/**
 * A function giving the ids of the groups a passage mentions. Matching is on normalised text, so
 * case, accents and hyphenation do not matter; a glossary entry's `exclude` forms are taken out
 * first ("Alireza Raisi" is not Ebrahim Raisi).
 */
export function groupFinder(
  groups: readonly SearchGroup[],
  entries: readonly GlossaryEntry[],
): (text: string) => string[] {
  const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const patterns = groups.map((g) => ({ id: g.id, pattern: bounded(g.forms.map(escape)) }));
  const excluded = entries.flatMap((e) => e.exclude).map(normaliseForm);
  const exclude = excluded.length > 0 ? new RegExp(bounded(excluded.map(escape)).source, 'gu') : undefined;
  return (text) => {
    const plain = normaliseForm(text).replace(exclude ?? /$^/, ' ');
    return patterns.filter((p) => p.pattern.test(plain)).map((p) => p.id);
  };
}

/** The groups as the search page reads them (kept small: it is part of the search page's HTML). */
export function searchTermsData(groups: readonly SearchGroup[]): SearchTermsData {
  const forms: Record<string, string> = {};
  for (const g of groups) for (const f of g.forms) forms[f] = g.id;
  return { forms };
}
