/**
 * From what a reader types to what the index is asked: names read as their search groups
 * (any alias or variant spelling), hyphen = space, single letters and initials dropped, and
 * words the paper does not print respelt by the spelling rules or offered as "did you mean".
 */
import type { SearchTermsData } from './search-terms.ts';
import { editDistance, MIN_VARIANT_LENGTH, normaliseForm, spellingKey, variantDistance } from './search-variants.ts';

export interface QueryPlan {
  /** Words and "quoted phrases" for Pagefind, or null when the names alone carry the query. */
  readonly text: string | null;
  /** Search groups every result must mention. */
  readonly groups: readonly string[];
  /** What to mark in excerpts and on the page a result opens. */
  readonly marks: readonly string[];
  /** Words found in no form the paper prints. */
  readonly unknown: readonly string[];
  /** Words read in the paper's spelling: [typed, printed]. */
  readonly respelt: readonly (readonly [string, string])[];
}

/** The edition's vocabulary (loaded only when a word is not found): words, and names by spelling key. */
export interface Vocabulary {
  readonly words: ReadonlySet<string>;
  readonly sorted: readonly string[];
  readonly names: ReadonlyMap<string, readonly string[]>;
}

/** Builds the vocabulary from the list the build writes (names capitalised as printed). */
export function vocabularyOf(list: readonly string[]): Vocabulary {
  const words = new Set<string>();
  const names = new Map<string, string[]>();
  for (const entry of list) {
    const word = normaliseForm(entry);
    words.add(word);
    if (/^\p{Lu}/u.test(entry) && word.length >= MIN_VARIANT_LENGTH) {
      const key = spellingKey(word);
      names.set(key, [...(names.get(key) ?? []), word]);
    }
  }
  return { words, sorted: [...words].sort(), names };
}

const MAX_FORM_WORDS = 6;
const SUFFIX = /(?:ing|ed|es|s|ly)$/;

/** The stem Pagefind would also match: "sanctioned" → "sanction". */
function stem(word: string): string {
  const s = word.replace(SUFFIX, '');
  return s.length >= 5 ? s : word;
}

/** A word the index can match: printed as is, or the start (or stem) of a printed word. */
export function isKnown(word: string, vocabulary: Vocabulary): boolean {
  if (/\p{N}/u.test(word) || vocabulary.words.has(word)) return true;
  const prefix = word.length >= 3 ? stem(word) : word;
  return vocabulary.sorted.some((w) => w.startsWith(prefix));
}

/** True when `content` has a word starting with `word` (or its stem): how a result shows it truly matched. */
export function contains(content: string, word: string): boolean {
  const text = ` ${normaliseForm(content)}`;
  return text.includes(` ${word}`) || text.includes(` ${stem(word)}`);
}

interface Token {
  readonly words: readonly string[];
  readonly phrase: boolean;
  /** The run as typed, single letters included ("sputnik v"): marked whole where printed so, never searched. */
  readonly whole: string;
}

/** Quoted phrases stay whole; other text splits into words; hyphens read as spaces; one-letter words and initials drop out. */
function tokens(query: string): Token[] {
  const out: Token[] = [];
  for (const m of query.matchAll(/"([^"]+)"|“([^”]+)”|([^\s"“”]+)/g)) {
    const whole = normaliseForm(m[1] ?? m[2] ?? m[3] ?? '');
    const words = whole.split(' ').filter((w) => w.length >= 2);
    const phrase = m[3] === undefined;
    const last = out.at(-1);
    // Consecutive plain words form one run, so a name of several words is found across them.
    if (!phrase && last && !last.phrase) {
      out[out.length - 1] = { words: [...last.words, ...words], phrase, whole: `${last.whole} ${whole}` };
    } else if (words.length > 0) out.push({ words, phrase, whole });
  }
  return out;
}

/** The closest name the paper prints for a word it does not print, by the spelling rules. */
function respell(word: string, vocabulary: Vocabulary): string | undefined {
  if (word.length < MIN_VARIANT_LENGTH) return undefined;
  const candidates = (vocabulary.names.get(spellingKey(word)) ?? [])
    .map((name) => [name, editDistance(word, name)] as const)
    .filter(([, d]) => d <= variantDistance(word))
    .sort((a, b) => a[1] - b[1]);
  return candidates[0]?.[0];
}

/** Plans a query; without a vocabulary every word is taken as printed (the search page checks the results). */
export function planQuery(query: string, terms: SearchTermsData, vocabulary?: Vocabulary): QueryPlan {
  const text: string[] = [];
  const groups = new Set<string>();
  const marks: string[] = [];
  const unknown: string[] = [];
  const respelt: [string, string][] = [];
  const group = (form: string): boolean => {
    const id = terms.forms[form];
    if (!id) return false;
    groups.add(id);
    marks.push(...Object.keys(terms.forms).filter((f) => terms.forms[f] === id));
    return true;
  };
  for (const token of tokens(query)) {
    if (token.phrase) {
      const phrase = token.words.join(' ');
      if (!group(phrase)) {
        text.push(token.words.length > 1 ? `"${phrase}"` : phrase);
        marks.push(phrase);
      }
      continue;
    }
    if (token.whole.split(' ').length > token.words.length) marks.push(token.whole);
    for (let i = 0; i < token.words.length;) {
      let n = Math.min(MAX_FORM_WORDS, token.words.length - i);
      while (n > 0 && !group(token.words.slice(i, i + n).join(' '))) n--;
      if (n > 0) {
        i += n;
        continue;
      }
      const word = token.words[i++]!;
      if (!vocabulary || isKnown(word, vocabulary)) {
        text.push(word);
        marks.push(word);
        continue;
      }
      const printed = respell(word, vocabulary);
      if (printed === undefined) unknown.push(word);
      else {
        respelt.push([word, printed]);
        if (!group(printed)) {
          text.push(printed);
          marks.push(printed);
        }
      }
    }
  }
  return {
    text: text.length > 0 ? text.join(' ') : null,
    groups: [...groups],
    marks: [...new Set(marks)],
    unknown,
    respelt,
  };
}

/** Up to `limit` words of the edition close to `word`, closest first: the "did you mean" offers. */
export function suggestions(word: string, vocabulary: Vocabulary, limit = 3): string[] {
  const max = word.length <= 4 ? 1 : 2;
  return vocabulary.sorted
    .filter((w) => w.length >= 3)
    .map((w) => [w, editDistance(word, w)] as const)
    .filter(([, d]) => d <= max)
    .sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0]))
    .slice(0, limit)
    .map(([w]) => w);
}
