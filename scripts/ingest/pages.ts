/** Stage 3: cut the text into pages, and each page into header blocks, body lines and note lines. */
import type { Diagnostic } from './diagnostics.ts';
import type { Layout } from './layout.ts';
import type { SourceLine } from './preprocess.ts';

export interface BodyLine extends SourceLine {
  /** The extractor glued this line's last word, cut by a hyphen, to the page's first note. */
  readonly cutByHyphen?: boolean;
}

export interface NoteLine extends SourceLine {
  /** Set on the line where a note starts: its number, with `text` holding what follows `N. `. */
  readonly startsNote?: number;
  /** 1-based column of the note number on its source line. */
  readonly column: number;
}

export interface Page {
  /** Line of the page's first text. */
  readonly line: number;
  /** Groups of short lines at the page top, each followed by a blank line: headings or running headers. */
  readonly headerBlocks: readonly (readonly SourceLine[])[];
  readonly body: readonly BodyLine[];
  readonly notes: readonly NoteLine[];
}

export interface PagesResult {
  readonly pages: Page[];
  readonly diagnostics: Diagnostic[];
}

const MAX_HEADER_LINES = 6;
/** How far a note number may run ahead of the expected one before it stops counting as a note start. */
const NOTE_GAP = 3;

const isBlank = (l: SourceLine | undefined): boolean => l !== undefined && l.text.trim() === '';
/** The extractor marks a new page with one leading space, or a form feed (read by preprocess.ts). */
const startsPage = (l: SourceLine | undefined): boolean =>
  l !== undefined && (l.pageBreak === true || /^ \S/.test(l.text));

/** Splits the lines into pages; notes are recognised by their running numbers, in order. */
export function splitPages(lines: readonly SourceLine[], layout: Layout): PagesResult {
  const diagnostics: Diagnostic[] = [];
  const pages: Page[] = [];
  let nextNote = 1;
  /** Where each note number was defined, and the number of the last note started. */
  const defined = new Map<number, number>();
  let lastStarted = 0;
  /** Gaps in the numbering, reported at the end unless the missing notes turn up out of order. */
  const gaps: { line: number; column: number; from: number; to: number; after: number }[] = [];
  let i = 0;
  const n = lines.length;

  const noteStartAt = (l: SourceLine): number | undefined => {
    const m = /^(\d+)\.\s+\S/.exec(l.text.trim());
    if (!m) return undefined;
    const num = Number(m[1]);
    return num >= nextNote && num <= nextNote + NOTE_GAP ? num : undefined;
  };

  while (i < n) {
    while (i < n && isBlank(lines[i])) i++;
    if (i >= n) break;
    const pageLine = lines[i]!.line;
    const first = i;

    // Header blocks: short lines at the page top, each closed by a blank line and followed by text.
    const headerBlocks: SourceLine[][] = [];
    for (;;) {
      let k = i;
      while (k < n && !isBlank(lines[k]) && !(k > first && k > i && startsPage(lines[k]))) k++;
      const block = lines.slice(i, k);
      let after = k;
      while (after < n && isBlank(lines[after])) after++;
      const closedByBlank = k < n && isBlank(lines[k]);
      const isHeader =
        block.length > 0 &&
        block.length <= MAX_HEADER_LINES &&
        closedByBlank &&
        after < n &&
        noteStartAt(lines[after]!) === undefined &&
        block.every((l) => l.text.trim().length <= layout.shortLine);
      if (!isHeader) break;
      headerBlocks.push(block.map((l) => ({ line: l.line, text: l.text.trim() })));
      i = after;
    }

    // The page ends at the next page mark, or at a blank line once its notes have begun.
    let end = i;
    let notesBegun = false;
    while (end < n) {
      const l = lines[end]!;
      if (end > first && startsPage(l)) break;
      if (!notesBegun && (noteStartAt(l) !== undefined || gluedNoteStart(l, layout, nextNote) !== undefined))
        notesBegun = true;
      if (notesBegun && isBlank(l)) break;
      end++;
    }
    const region = lines.slice(i, end).filter((l) => !isBlank(l));

    // Where do the notes begin? At the first numbered note line, or glued to the end of a body line.
    let notesFrom = region.length;
    let glued: { index: number; at: number } | undefined;
    for (let r = 0; r < region.length; r++) {
      const l = region[r]!;
      if (noteStartAt(l) !== undefined) {
        notesFrom = r;
        break;
      }
      const at = gluedNoteStart(l, layout, nextNote);
      if (at !== undefined) {
        glued = { index: r, at };
        notesFrom = r + 1;
        break;
      }
    }

    // A note left unfinished on the previous page continues after this page's body text, unnumbered.
    const previous = pages.at(-1)?.notes.at(-1);
    let continuationFrom = glued ? notesFrom : notesFrom;
    if (previous && !glued && noteLooksUnfinished(previous.text)) {
      let k = notesFrom;
      const long = (r: number): boolean => (region[r]?.text.length ?? 0) > layout.noteThreshold;
      if (k - 1 >= 0 && !long(k - 1) && k - 2 >= 0 && long(k - 2)) k--;
      while (k - 1 >= 0 && long(k - 1)) k--;
      if (k < notesFrom) continuationFrom = k;
      else
        diagnostics.push({
          code: 'NOTE_CONTINUATION_UNCLEAR',
          severity: 'warning',
          line: previous.line,
          message: `note ${nextNote > 1 ? nextNote - 1 : '?'} seems unfinished at the end of its page, but no continuation was found on the next page`,
        });
    }

    const body: BodyLine[] = region
      .slice(0, continuationFrom)
      .map((l) => ({ line: l.line, text: stripPageMark(l.text) }));
    const notes: NoteLine[] = [];
    if (glued) {
      const l = region[glued.index]!;
      const text = stripPageMark(l.text);
      const offset = l.text.length - text.length;
      body[glued.index] = { line: l.line, text: text.slice(0, glued.at - offset), cutByHyphen: true };
      const m = /^(\d+)\.\s+/.exec(l.text.slice(glued.at))!;
      const num = Number(m[1]);
      notes.push({ line: l.line, column: glued.at + 1, startsNote: num, text: l.text.slice(glued.at + m[0].length) });
      defined.set(num, l.line);
      lastStarted = num;
      nextNote = num + 1;
    }
    for (const l of region.slice(continuationFrom)) {
      const num = noteStartAt(l);
      const column = (n: number) => l.text.indexOf(String(n)) + 1;
      if (num === undefined) {
        // `N. ` for a note already passed: a missing note turning up late, or a number printed twice.
        const earlier = /^(\d+)\.\s+\S/.exec(l.text.trim());
        const back = earlier ? Number(earlier[1]) : 0;
        if (back > 0 && back < nextNote && defined.has(back)) {
          diagnostics.push({
            code: 'NOTE_DEFINED_TWICE',
            severity: 'warning',
            line: l.line,
            column: column(back),
            message: `note ${back} is defined twice (first at line ${defined.get(back)}): this text is kept as the continuation of note ${lastStarted}`,
          });
        } else if (back > 0 && back < nextNote) {
          diagnostics.push({
            code: 'NOTE_OUT_OF_ORDER',
            severity: 'warning',
            line: l.line,
            column: column(back),
            message: `note ${back} comes after note ${lastStarted}: kept as note ${back}`,
          });
          defined.set(back, l.line);
          notes.push({
            line: l.line,
            column: column(back),
            startsNote: back,
            text: l.text.trim().replace(/^\d+\.\s+/, ''),
          });
          lastStarted = back;
          continue;
        }
        notes.push({ line: l.line, column: 1, text: l.text.trim() });
        continue;
      }
      if (num !== nextNote)
        gaps.push({ line: l.line, column: column(num), from: nextNote, to: num - 1, after: nextNote - 1 });
      const text = l.text.trim();
      notes.push({ line: l.line, column: column(num), startsNote: num, text: text.replace(/^\d+\.\s+/, '') });
      defined.set(num, l.line);
      lastStarted = num;
      nextNote = num + 1;
    }
    pages.push({ line: pageLine, headerBlocks, body, notes });
    i = end;
  }
  for (const g of gaps) {
    const missing = Array.from({ length: g.to - g.from + 1 }, (_, k) => g.from + k).filter((n) => !defined.has(n));
    if (missing.length === 0) continue;
    diagnostics.push({
      code: 'NOTE_NUMBER_GAP',
      severity: 'warning',
      line: g.line,
      column: g.column,
      message: `note ${g.to + 1} follows note ${g.after}: note${missing.length > 1 ? 's' : ''} ${missing.join(', ')} missing`,
    });
  }
  // The last note of the file stops mid-sentence: the source was cut short.
  const lastLine = pages.at(-1)?.notes.at(-1);
  if (lastLine && noteLooksUnfinished(lastLine.text)) {
    const source = lines.find((l) => l.line === lastLine.line)?.text ?? lastLine.text;
    diagnostics.push({
      code: 'NOTE_TRUNCATED',
      severity: 'warning',
      line: lastLine.line,
      column: source.trimEnd().length,
      message: `note ${lastStarted} ends mid-sentence at the end of the file: the source may be cut short; its text is kept as printed`,
    });
  }
  return { pages, diagnostics };
}

/** A body line that runs on into `N. ` (the page's first note) after a word cut by a hyphen. */
function gluedNoteStart(l: SourceLine, layout: Layout, nextNote: number): number | undefined {
  if (l.text.length <= layout.noteThreshold) return undefined;
  for (const m of l.text.matchAll(/(?<=\p{L})(\d+)\.\s+\S/gu)) {
    const num = Number(m[1]);
    if (num >= nextNote && num <= nextNote + NOTE_GAP) return m.index;
  }
  return undefined;
}

/** A note ends with a full stop, a closing bracket or quote; anything else continues overleaf. */
function noteLooksUnfinished(text: string): boolean {
  return !/[.!?)\]”"’»]$/.test(text.trim());
}

function stripPageMark(text: string): string {
  return text.replace(/^ (?=\S)/, '');
}
