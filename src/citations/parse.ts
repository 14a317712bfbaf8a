/** Finds the citations printed in one note, by their shapes: names, “title”, [translation], fields, URL. */
import type { CslName } from '../contract/index.ts';
import { clauseStart, groupEnd, onlyLeadIn, readNames, separators, sticky, type Separator } from './note-text.ts';

/** What a citation prints, cut into its parts but not yet interpreted. */
export interface CitationParts {
  /** `tweet`, `graphic`, `report`…: a word before the title that says what the work is. */
  readonly descriptor?: string;
  /** `Report prepared on behalf of X on “…”`: X. */
  readonly issuer?: string;
  readonly names: readonly CslName[];
  readonly role: 'author' | 'editor';
  readonly etAl: boolean;
  readonly incompleteName: boolean;
  readonly title?: string;
  /** A title in quotes names a part (article, chapter); an unquoted one names a whole work (book). */
  readonly quoted: boolean;
  readonly translated?: string;
  /** The title is followed by `in:`, and the fields describe the book holding it. */
  readonly inBook: boolean;
  /** Everything after the title, split at top-level commas and sentence ends, as printed. */
  readonly fields: readonly string[];
}

export interface FoundCitation {
  readonly kind: 'full' | 'ibid' | 'op-cit';
  /** Span in the note's text, without the period that ends the sentence. */
  readonly start: number;
  readonly end: number;
  /** Ibid. only: `p. 153`; a full citation's locator comes from its fields. */
  readonly locator?: string;
  readonly parts?: CitationParts;
}

const IBID = /ibid\b\.?(?:,\s*(pp?\.\s*\d[\d–-]*))?/iy;
const DESCRIPTOR = /(?:the\s+|a\s+)?(tweet|graphic|chart|map|report|video|press release)\b/iy;
const TWEET_BY = /\s+(?:posted\s+)?by\s+(?:the\s+)?(.+?)\s+on\s+/y;
const URL_FIELD = /^(?:(?:available at|disponible sur)\s*:\s*)?(?:https?:\/\/|www\.)\S+$/i;
export const OP_CIT = /^op\.\s*cit\.?$/i;
// `Lindqvist, op. cit., p. 81`: a work cited again by its author's family name alone.
const NAME_OP_CIT =
  /(\p{Lu}[\p{L}’'-]+(?:\s+(?:and|&)\s+\p{Lu}[\p{L}’'-]+)?),\s*op\.\s*cit\.?(?:,\s*(pp?\.\s*\d[\d–-]*))?/uy;
/** How far back a clause start is looked for, and how far a quotation or bracket may run. */
const CLAUSE_WINDOW = 2000;
const YEAR = /\b(?:1[5-9]|20)\d\d\b/;

/** Every citation in a note's text, in order; commentary between them is left alone. */
export function findCitations(text: string): FoundCitation[] {
  const found: FoundCitation[] = [];
  let floor = 0;
  for (let i = 0; i < text.length;) {
    const group = groupEnd(text, i);
    const wordStart = i === 0 || /[\s(]/.test(text[i - 1]!);
    const citation = group > 0 || wordStart ? citationAt(text, i, floor) : undefined;
    if (citation) {
      found.push(citation);
      floor = i = citation.end;
    } else {
      // Nothing starts inside a quotation or a parenthesis of commentary.
      i = group > 0 ? group : i + 1;
    }
  }
  return found;
}

function citationAt(text: string, i: number, floor: number): FoundCitation | undefined {
  const ibid = sticky(IBID, text, i);
  if (ibid) return { kind: 'ibid', start: i, end: i + ibid[0].length, ...(ibid[1] ? { locator: ibid[1] } : {}) };
  const byName = sticky(NAME_OP_CIT, text, i);
  if (byName && onlyLeadIn(text, clauseStart(text, Math.max(floor, i - CLAUSE_WINDOW), i), i)) {
    const names = byName[1]!.split(/\s+(?:and|&)\s+/).map((family) => ({ family }));
    const parts = {
      names,
      role: 'author',
      etAl: false,
      incompleteName: false,
      quoted: false,
      inBook: false,
      fields: [],
    } as const;
    return { kind: 'op-cit', start: i, end: i + byName[0].length, parts, ...(byName[2] ? { locator: byName[2] } : {}) };
  }
  // A quoted title may follow names anywhere ("cited by N. Kozhanov, “…”"); other shapes must open a clause.
  // why: looking back a bounded way keeps a huge (truncated, run-on) note linear; notes are far shorter.
  const atClauseStart = onlyLeadIn(text, clauseStart(text, Math.max(floor, i - CLAUSE_WINDOW), i), i);
  const names = readNames(text, i);
  if (names) {
    const titleAt = names.end + /^\s*,?\s*/.exec(text.slice(names.end))![0].length;
    const withNames = { names: names.names, role: names.role, etAl: names.etAl, incompleteName: names.incomplete };
    if (isQuote(text[titleAt])) return quoted(text, i, titleAt, withNames);
    if (atClauseStart && text.startsWith(', ', names.end)) return unquoted(text, i, names.end + 2, withNames);
    return undefined;
  }
  if (!atClauseStart) return undefined;
  const noNames = { names: [], role: 'author', etAl: false, incompleteName: false } as const;
  if (isQuote(text[i])) return quoted(text, i, i, noNames);
  const descriptor = sticky(DESCRIPTOR, text, i);
  if (!descriptor) return undefined;
  const kind = descriptor[1]!.toLowerCase();
  const afterWord = i + descriptor[0].length;
  const by = kind === 'tweet' ? sticky(TWEET_BY, text, afterWord) : null;
  if (by) {
    const poster = { ...noNames, names: [{ literal: by[1]! }], descriptor: kind };
    return body(text, i, by.index + by[0].length, poster);
  }
  // The title is the first quotation in the same clause: `Report prepared on behalf of X on “…”`.
  const clauseEnd =
    separators(text, afterWord, Math.min(text.length, afterWord + CLAUSE_WINDOW)).find(
      (s) => s.kind === 'period' || s.kind === 'semicolon',
    )?.at ?? text.length;
  const titleAt = text.slice(afterWord, clauseEnd).search(/[“«]/);
  if (titleAt < 0) return undefined;
  const lead = text.slice(afterWord, afterWord + titleAt);
  const issuer = /on behalf of\s+(?:the\s+)?(.+?)\s+on\s*$/i.exec(lead)?.[1];
  return quoted(text, i, afterWord + titleAt, { ...noNames, descriptor: kind, ...(issuer ? { issuer } : {}) });
}

function isQuote(c: string | undefined): boolean {
  return c === '“' || c === '«';
}

type Head = Omit<CitationParts, 'quoted' | 'inBook' | 'fields'>;

/** `“Title” [translation]` at `at`, then the fields. */
function quoted(text: string, start: number, at: number, head: Head): FoundCitation | undefined {
  const close = groupEnd(text, at);
  if (close < 0) return undefined;
  const title = text.slice(at + 1, close - 1).trim();
  let pos = close;
  let translated: string | undefined;
  const bracket = /\s*\[/y;
  bracket.lastIndex = pos;
  if (bracket.test(text)) {
    const end = groupEnd(text, bracket.lastIndex - 1);
    if (end > 0) {
      translated = text.slice(bracket.lastIndex, end - 1).trim();
      pos = end;
    }
  }
  const inBook = /\s*,?\s*in:\s*/y;
  inBook.lastIndex = pos;
  const isIn = inBook.test(text);
  if (isIn) pos = inBook.lastIndex;
  // A quotation followed by neither a comma nor `in:` is commentary quoting someone, not a title.
  else if (!/^\s*,/.test(text.slice(pos))) return undefined;
  return body(
    text,
    start,
    pos,
    { ...head, title, ...(translated ? { translated } : {}), quoted: true, inBook: isIn },
    close,
  );
}

/** `Title of a Book, Place: Publisher, 2018`: the title runs to the first comma, periods included. */
function unquoted(text: string, start: number, at: number, head: Head): FoundCitation | undefined {
  const comma = separators(text, at).find((s) => s.kind === 'comma');
  const title = text.slice(at, comma?.at ?? text.length).replace(/\.$/, '');
  if (OP_CIT.test(title))
    return {
      kind: 'op-cit',
      start,
      end: at + title.length + 1,
      parts: { ...head, quoted: false, inBook: false, fields: [] },
    };
  if (!comma) return undefined;
  return body(text, start, comma.at, { ...head, title, quoted: false, inBook: false }, comma.at);
}

/**
 * Reads fields from `pos` to the end of the citation: after its URL, at `;` or `, and`, or at a sentence end
 * once a date or a field has been read, unless what follows plainly continues it (`(Chapter…)`, a URL).
 */
function body(
  text: string,
  start: number,
  pos: number,
  head: Head & Partial<Pick<CitationParts, 'quoted' | 'inBook'>>,
  titleEnd = pos,
): FoundCitation | undefined {
  const fields: string[] = [];
  let end = titleEnd;
  let from = pos;
  let before: Separator['kind'] = 'comma';
  const seps = [
    ...separators(text, pos).filter((s) => s.kind !== 'colon'),
    { at: text.length, end: text.length, kind: 'period' as const },
  ];
  const isNames = (f: string) => readNames(f, 0)?.end === f.length;
  for (const s of seps) {
    // The book after `in:` (its editors first) has an unquoted title, which may hold a period.
    if (s.kind === 'period' && head.inBook && fields.every(isNames) && s.at < text.length) continue;
    const raw = text.slice(from, s.at);
    const field = raw.trim();
    if (field !== '') {
      const continues = /^[([\p{Ll}]/u.test(field) || URL_FIELD.test(field);
      if (before === 'semicolon' || /^and\b/i.test(field)) break;
      if (before === 'period' && !continues && fields.length > 0) break;
      fields.push(field);
      end = from + raw.indexOf(field) + field.length;
      if (URL_FIELD.test(field)) break;
    }
    before = s.kind;
    from = s.end;
  }
  const opCit = OP_CIT.test(fields[0] ?? '');
  if (!opCit && !fields.some((f) => YEAR.test(f) || URL_FIELD.test(f))) return undefined;
  const parts: CitationParts = { quoted: false, inBook: false, ...head, fields };
  // A full citation's locator is read with its other fields; op. cit. has no other fields.
  const locator = opCit ? fields.find((f) => /^pp?\.\s*\S+$/.test(f)) : undefined;
  return { kind: opCit ? 'op-cit' : 'full', start, end, parts, ...(locator ? { locator } : {}) };
}
