/** Reading a note's text at the top level: groups (quotes, brackets, parentheses), separators, URLs. */
import type { CslName } from '../contract/index.ts';

/** The months as the paper prints them; CSL's month `n` is `MONTHS[n - 1]`. */
export const MONTHS: readonly string[] =
  'January February March April May June July August September October November December'.split(' ');

export interface Separator {
  /** Offset of the separator's first character (a space before `;` included). */
  readonly at: number;
  /** Offset just after it (the space that follows included). */
  readonly end: number;
  readonly kind: 'comma' | 'period' | 'semicolon' | 'colon';
}

// A title may open with « and close with ” (or the reverse): the paper mixes them.
const CLOSERS: Readonly<Record<string, string>> = { '“': '”»', '«': '»”', '[': ']', '(': ')' };

/** A quotation or bracket runs at most this far: notes are far shorter. */
const MAX_GROUP = 4000;

/** Offset just after the group opened at `i` (quote, bracket or parenthesis), or -1 if none opens there. */
export function groupEnd(text: string, i: number): number {
  const closers = CLOSERS[text[i] ?? ''];
  if (closers === undefined) return -1;
  const quote = text[i] === '“' || text[i] === '«';
  // why: an unclosed quote in a huge note would be rescanned to its end from every opener.
  const last = Math.min(text.length, i + MAX_GROUP);
  for (let j = i + 1; j < last; j++) {
    if (closers.includes(text[j]!)) return j + 1;
    // Brackets and parentheses may hold a quoted title; quotes hold no groups.
    if (!quote) {
      const inner = groupEnd(text, j);
      if (inner > 0) j = inner - 1;
    }
  }
  return -1;
}

// Abbreviations whose period does not end a sentence (compared in lower case).
const ABBREVIATIONS = new Set(
  'al cit co corp dept dr ed eds fig ibid inc jr ltd mr mrs ms no nos op p pp prof pte sr st vol vols'.split(' '),
);

/** Whether the period at `dot` closes an abbreviation or initials (`Vol.`, `B. C.`, `I.B.`, `M.-A.`). */
export function isAbbreviation(text: string, dot: number): boolean {
  // A window, not the whole text before the dot: long notes would make every period quadratic.
  const word = /[\p{L}.-]*$/u.exec(text.slice(Math.max(0, dot - 200), dot))![0];
  if (/^\p{Lu}(?:\.-?\p{Lu})*$/u.test(word)) return true;
  return ABBREVIATIONS.has(word.replace(/^.*\./, '').toLowerCase());
}

const MONTH_DAY = new RegExp(`(?:${MONTHS.join('|')}) \\d{1,2}$`);

/** Top-level separators in `text[from, to)`, in order; a comma inside `August 4, 2021` is not one. */
export function separators(text: string, from = 0, to = text.length): Separator[] {
  const found: Separator[] = [];
  for (let i = from; i < to; i++) {
    const end = groupEnd(text, i);
    if (end > 0) {
      i = end - 1;
      continue;
    }
    const c = text[i];
    const next = text[i + 1];
    const atEnd = i + 1 >= text.length || next === ' ';
    if (c === ',' && next === ' ') {
      if (!(MONTH_DAY.test(text.slice(Math.max(0, i - 16), i)) && /^ \d{4}/.test(text.slice(i + 1, i + 6))))
        found.push({ at: i, end: i + 2, kind: 'comma' });
    } else if (c === ';') {
      found.push({ at: text[i - 1] === ' ' ? i - 1 : i, end: next === ' ' ? i + 2 : i + 1, kind: 'semicolon' });
    } else if (c === ':' && next === ' ') {
      found.push({ at: text[i - 1] === ' ' ? i - 1 : i, end: i + 2, kind: 'colon' });
    } else if (c === '.' && atEnd && !isAbbreviation(text, i)) {
      found.push({ at: i, end: Math.min(i + 2, text.length), kind: 'period' });
    }
  }
  return found;
}

/** Where the clause holding `i` starts: after the last sentence end, `;` or `:` in `text[floor, i)`. */
export function clauseStart(text: string, floor: number, i: number): number {
  let start = floor;
  for (const s of separators(text, floor, i)) if (s.kind !== 'comma' && s.end <= i) start = s.end;
  return start;
}

// Words that lead into a citation without being part of it: "See", "Also see:", "; and".
const LEAD_IN = /^(?:[\s,.:;]|and\b|also\b|see\b|cf\b|e\.g\b)*$/i;

/** Whether `text[from, to)` holds nothing but lead-in words. */
export function onlyLeadIn(text: string, from: number, to: number): boolean {
  return LEAD_IN.test(text.slice(from, to));
}

const URL = /(?:https?:\/\/|www\.)[^\s,;»”)]+/giu;

/** Every URL printed in `text`, its span without trailing punctuation, `https://` added to a bare `www.` */
export function findUrls(text: string): { url: string; start: number; end: number }[] {
  return [...text.matchAll(URL)].map((m) => {
    const printed = m[0].replace(/[.:]+$/, '');
    return {
      url: /^www\./i.test(printed) ? `https://${printed}` : printed,
      start: m.index,
      end: m.index + printed.length,
    };
  });
}

export interface NameList {
  readonly names: readonly CslName[];
  /** `(ed.)`, `(eds)` after the list. */
  readonly role: 'author' | 'editor';
  readonly etAl: boolean;
  /** Initials printed without the family name that should follow them (`D. ,`). */
  readonly incomplete: boolean;
  readonly end: number;
}

// Initials as printed (`B. C.`, `M.-A.`, `I.B.`), then a family name; honorifics are dropped.
const NAME =
  /(?:(Mme|Mlle|Mr|Mrs|Ms|Dr|Prof)\.?\s+)?((?:\p{Lu}\.(?:-\p{Lu}\.)?\s?){1,3})(?:\s*(\p{Lu}[\p{L}’'-]*\p{L}(?:\s(?:de|van|von|der|al|el|ben|bin|da|di|du|le|la)\s\p{Lu}[\p{L}’'-]*\p{L})?))?/uy;
const JOIN = /,\s(?:and\s|et\s|&\s)?|\s(?:and|et|&)\s/y;
const ET_AL = /,?\s+et\s+al\b\.?/y;
const ROLE = /\s*\((?:eds?|éds?|dir|coord)\.?\)/y;

/** `re` (a sticky expression) matched at exactly `at`. */
export function sticky(re: RegExp, text: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(text);
}

/** The people named at `at` (`B. C. Feldman and D. Rakov`, `S. Charap et al`, `R. Matthee and E. Andreeva (eds)`). */
export function readNames(text: string, at: number): NameList | undefined {
  const names: CslName[] = [];
  let incomplete = false;
  let honorific = false;
  let french = false;
  let end = at;
  let next = at;
  for (;;) {
    const m = sticky(NAME, text, next);
    if (!m) break;
    const family = m[3];
    // Initials alone are a name only where the family name was plainly lost before a comma.
    if (family === undefined && !/^\s*,/.test(text.slice(m.index + m[0].length))) break;
    if (family === undefined) incomplete = true;
    if (m[1]) honorific = true;
    names.push(family === undefined ? { given: m[2]!.trim() } : { given: m[2]!.trim(), family });
    end = family === undefined ? m.index + m[0].trimEnd().length : m.index + m[0].length;
    const join = sticky(JOIN, text, end);
    if (!join) break;
    if (/\bet\b/.test(join[0])) french = true;
    next = join.index + join[0].length;
  }
  if (names.length === 0) return undefined;
  // why: `M. O. Cigolotti et Mme M.-A. Carlotti`: beside another honorific or a French `et`, a leading
  // `M.` before further initials is Monsieur, not an initial.
  if (honorific || french) {
    names.forEach((n, i) => {
      if (n.family && n.given && /^M\.\s+\p{Lu}\./u.test(n.given))
        names[i] = { ...n, given: n.given.replace(/^M\.\s+/, '') };
    });
  }
  const etAl = sticky(ET_AL, text, end);
  if (etAl) end = etAl.index + etAl[0].length;
  const role = sticky(ROLE, text, end);
  if (role) end = role.index + role[0].length;
  return { names, role: role ? 'editor' : 'author', etAl: etAl !== null, incomplete, end };
}
