/** Stage 7: find the note references, bare numbers in the body text, by their running order. */
import type { Diagnostic } from './diagnostics.ts';
import { fatal, IngestError } from './diagnostics.ts';
import type { Note } from './notes.ts';
import type { LineStart, RawSection } from './reflow.ts';

export type Inline =
  | { readonly kind: 'text'; readonly value: string }
  | { readonly kind: 'ref'; readonly number: number; readonly line: number; readonly column: number };

export interface LinkedParagraph {
  readonly parts: readonly Inline[];
  /** Source line where the paragraph starts. */
  readonly line: number;
}

export interface LinkedSection {
  readonly heading: RawSection['heading'];
  readonly paragraphs: readonly LinkedParagraph[];
}

export interface ReferencesResult {
  readonly sections: LinkedSection[];
  /** Every reference found, in reading order. */
  readonly references: readonly { readonly number: number; readonly line: number; readonly column: number }[];
  readonly diagnostics: Diagnostic[];
}

/** A jump ahead of this many numbers is taken for a number in the prose, not a reference. */
const MAX_JUMP = 3;
/** How many numbers ahead a doubtful reference (`Figure 2`) looks for the real one. */
const LOOKAHEAD = 20;

interface Candidate {
  readonly s: number;
  readonly p: number;
  readonly start: number;
  readonly digits: string;
  readonly context: 'clear' | 'glued';
  /** Set when the number names a figure, table, list item or cross-reference: the phrase as printed. */
  readonly label?: string;
}

// Words that make the number after them a figure, table or cross-reference number.
const CROSS_REFERENCE = new Set(
  'figure figures fig table tables chart charts graph map box section sections chapter chapters part annex appendix exhibit see cf note notes item step point list'.split(
    ' ',
  ),
);

// Words that put a number in the prose (a date, a quantity), never before or after a reference.
const PROSE_BEFORE = new Set(
  'in on of since from between to than by until till about around nearly over under almost only just least some no vol p pp page at per every each top first last year years circa and or the its his her their'.split(
    ' ',
  ),
);
const PROSE_AFTER = new Set(
  'million billion thousand hundred percent per cent years year months month days day weeks hours times mw km kilometres miles doses fighters january february march april may june july august september october november december'.split(
    ' ',
  ),
);

/**
 * References run 1, 2, 3… each once, in order: a number is a reference when it is the next one
 * expected, stands where a superscript would (after a word or punctuation, glued or spaced), and
 * is not part of a quantity or a date. `4344` is references 43 and 44 side by side.
 */
export function linkReferences(sections: readonly RawSection[], notes: readonly Note[]): ReferencesResult {
  const diagnostics: Diagnostic[] = [];
  const references: { number: number; line: number; column: number }[] = [];
  const pending = new Set<number>();
  const lastNote = notes.reduce((max, n) => (n.number > max ? n.number : max), 0);
  let expected = 1;

  // Every number that could be a reference, in reading order, so a doubtful one can look ahead.
  const candidates: Candidate[] = sections.flatMap((section, s) =>
    section.paragraphs.flatMap((paragraph, p) =>
      [...paragraph.text.matchAll(/\d+/g)].flatMap((m) => {
        const context = referenceContext(paragraph.text, m.index, m.index + m[0].length);
        if (context === 'none') return [];
        const label = crossReferenceLabel(paragraph.text, m.index, m.index + m[0].length);
        return [{ s, p, start: m.index, digits: m[0], context, ...(label ? { label } : {}) }];
      }),
    ),
  );
  const numbersOf = (c: Candidate): number[] | undefined => {
    const numbers = split(c.digits, expected);
    if (numbers !== undefined) return numbers;
    const value = Number(c.digits);
    if (c.context === 'clear' && pending.has(value)) return [value];
    if (c.context === 'clear' && value > expected && value <= expected + MAX_JUMP && !(expected > lastNote))
      return [value];
    return undefined;
  };
  const where = (c: Candidate) => position(sections[c.s]!.paragraphs[c.p]!.starts, c.start);
  const accepted = new Map<string, { start: number; length: number; numbers: number[] }[]>();

  candidates.forEach((c, i) => {
    const numbers = numbersOf(c);
    if (numbers === undefined) return;
    const { line, column } = where(c);
    if (c.label !== undefined) {
      // A figure, table, list or cross-reference number: the real reference, if one follows, wins.
      const next = candidates
        .slice(i + 1, i + 1 + LOOKAHEAD)
        .find((k) => k.label === undefined && numbersOf(k) !== undefined);
      const real = next && numbersOf(next)!.includes(numbers[0]!) ? where(next) : undefined;
      diagnostics.push({
        code: 'REFERENCE_AMBIGUOUS',
        severity: 'warning',
        line,
        column,
        message: real
          ? `“${c.label}” could be reference ${numbers[0]}: read as text, since reference ${numbers[0]} follows at ${real.line}:${real.column}`
          : `“${c.label}” is read as reference ${numbers[0]}: no other reference ${numbers[0]} follows`,
      });
      if (real) return;
    }
    for (const number of numbers) {
      if (pending.delete(number)) {
        diagnostics.push({
          code: 'REFERENCE_OUT_OF_ORDER',
          severity: 'warning',
          line,
          column,
          message: `reference ${number} comes after a later one`,
        });
      } else {
        for (let skipped = expected; skipped < number; skipped++) pending.add(skipped);
        expected = number + 1;
      }
      references.push({ number, line, column });
    }
    const key = `${c.s}:${c.p}`;
    const list = accepted.get(key) ?? [];
    list.push({ start: c.start, length: c.digits.length, numbers });
    accepted.set(key, list);
  });

  const linked = sections.map((section, s) => ({
    heading: section.heading,
    paragraphs: section.paragraphs.map((paragraph, p) => {
      const parts: Inline[] = [];
      let cursor = 0;
      for (const { start, length, numbers } of accepted.get(`${s}:${p}`) ?? []) {
        const { line, column } = position(paragraph.starts, start);
        // The space before a reference belongs to the layout, not to the text.
        const before = paragraph.text.slice(cursor, start);
        parts.push({ kind: 'text', value: before.replace(/ $/, '') });
        for (const number of numbers) parts.push({ kind: 'ref', number, line, column });
        cursor = start + length;
      }
      parts.push({ kind: 'text', value: paragraph.text.slice(cursor) });
      return { parts: parts.filter((p) => p.kind === 'ref' || p.value !== ''), line: paragraph.starts[0]?.line ?? 0 };
    }),
  }));

  const referenced = new Set(references.map((r) => r.number));
  const unreferenced = notes.filter((n) => !referenced.has(n.number));
  if (unreferenced.length > 0) {
    throw new IngestError(
      unreferenced.map((n) => ({
        code: 'REFERENCE_NOT_FOUND' as const,
        severity: 'error' as const,
        line: n.line,
        column: n.column,
        message: `note ${n.number} is never referenced in the body text: references must run in order (last reference found before it: ${lastBefore(references, n.number)})`,
      })),
    );
  }
  if (references.length === 0 && notes.length > 0)
    throw fatal('REFERENCE_NOT_FOUND', notes[0]!.line, 'no note reference found in the body text');
  const defined = new Set(notes.map((n) => n.number));
  for (const r of references) {
    if (!defined.has(r.number)) {
      diagnostics.push({
        code: 'MISSING_NOTE_TEXT',
        severity: 'warning',
        line: r.line,
        column: r.column,
        message: `reference ${r.number} has no note text in the source`,
      });
    }
  }
  return { sections: linked, references, diagnostics };
}

/** `4344` read as 43, 44 when 43 is expected; `23` as 23. */
function split(digits: string, expected: number): number[] | undefined {
  // A loop, not recursion: a long run of digits must not exhaust the stack.
  const numbers: number[] = [];
  let at = 0;
  for (let n = expected; at < digits.length; n++) {
    const head = String(n);
    if (!digits.startsWith(head, at)) return undefined;
    numbers.push(n);
    at += head.length;
  }
  return numbers.length > 0 ? numbers : undefined;
}

/**
 * `clear`: stands like a superscript (spaced after a word or punctuation, no quantity around it);
 * `glued`: stuck to the end of a word (`Syria70`), a reference only if it is the expected one;
 * `none`: part of a number, a date or a quantity.
 */
function referenceContext(text: string, start: number, end: number): 'clear' | 'glued' | 'none' {
  const before = text[start - 1] ?? '';
  const after = text[end] ?? '';
  const afterNext = text[end + 1] ?? '';
  if (/[\d.,$€£#/\-–+]/.test(before) && !(before === '.' && /\s/.test(text[start - 2] ?? ''))) {
    if (!(before === ',' || before === '.') || /\d/.test(text[start - 2] ?? '')) return 'none';
  }
  if (/[\p{L}%°]/u.test(after)) return 'none';
  if (/[-–/]/.test(after) && /[\p{L}\p{N}]/u.test(afterNext)) return 'none';
  if (/[.,:]/.test(after) && /\d/.test(afterNext)) return 'none';
  if (/\p{L}/u.test(before)) return 'glued';
  const previousWord = /([\p{L}]+)[^\p{L}\p{N}]*$/u
    .exec(text.slice(Math.max(0, start - 40), start))?.[1]
    ?.toLowerCase();
  const nextWord = /^[\s(]*([\p{L}%]+)/u.exec(text.slice(end, end + 30))?.[1]?.toLowerCase();
  if (
    /\s/.test(before) &&
    previousWord !== undefined &&
    PROSE_BEFORE.has(previousWord) &&
    /\s\S+\s$/.test(text.slice(Math.max(0, start - 40), start)) &&
    isWordBefore(text, start, previousWord)
  )
    return 'none';
  if (nextWord !== undefined && PROSE_AFTER.has(nextWord)) return 'none';
  return 'clear';
}

/** `Figure 2`, `see 2`, `Table 3`, a list's `2.` or `(2)`: the phrase as printed, or undefined. */
function crossReferenceLabel(text: string, start: number, end: number): string | undefined {
  const before = /(\p{L}+)\.?[\s(]+$/u.exec(text.slice(Math.max(0, start - 20), start));
  if (before && CROSS_REFERENCE.has(before[1]!.toLowerCase())) return text.slice(start - before[0].length, end);
  if (start === 0 && /^[.)]\s/.test(text.slice(end, end + 2))) return text.slice(0, end + 1);
  if (text[start - 1] === '(' && text[end] === ')') return text.slice(start - 1, end + 1);
  return undefined;
}

/** The word right before the number (not separated from it by punctuation). */
function isWordBefore(text: string, start: number, word: string): boolean {
  // Only the last words: slicing from the paragraph's start would make long paragraphs quadratic.
  return text
    .slice(Math.max(0, start - word.length - 40), start)
    .trimEnd()
    .toLowerCase()
    .endsWith(word);
}

function position(starts: readonly LineStart[], offset: number): { line: number; column: number } {
  // Binary search for the last line starting at or before `offset`: a long paragraph stays linear.
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]!.offset <= offset) lo = mid;
    else hi = mid - 1;
  }
  const current = starts[lo] ?? { offset: 0, line: 0 };
  return { line: current.line, column: offset - current.offset + 1 };
}

function lastBefore(references: readonly { number: number }[], number: number): string {
  const earlier = references.filter((r) => r.number < number).at(-1);
  return earlier ? String(earlier.number) : 'none';
}
