/** Stage 4: gather note lines, across pages, into numbered notes. */
import type { Page } from './pages.ts';

export interface Note {
  readonly number: number;
  /** The note as printed, its lines joined. */
  readonly text: string;
  /** Source line and column of the note number. */
  readonly line: number;
  readonly column: number;
  /** Every source line the note's text comes from, in order. */
  readonly lines: readonly number[];
}

/** Joins each note's lines; a page's leading unnumbered lines continue the previous page's last note. */
export function collectNotes(pages: readonly Page[]): Note[] {
  const notes: { number: number; parts: string[]; line: number; column: number; lines: number[] }[] = [];
  for (const page of pages) {
    for (const l of page.notes) {
      if (l.startsNote !== undefined) {
        notes.push({ number: l.startsNote, parts: [l.text], line: l.line, column: l.column, lines: [l.line] });
        continue;
      }
      const current = notes.at(-1);
      // pages.ts only yields unnumbered note lines after a note has started.
      if (!current) continue;
      current.parts.push(l.text);
      current.lines.push(l.line);
    }
  }
  return notes.map((n) => ({
    number: n.number,
    text: joinLines(n.parts),
    line: n.line,
    column: n.column,
    lines: n.lines,
  }));
}

/** Note lines were broken at spaces, so they join with one. */
export function joinLines(parts: readonly string[]): string {
  return parts
    .map((p) => p.trim())
    .filter((p) => p !== '')
    .join(' ')
    .replace(/\s+/g, ' ');
}
