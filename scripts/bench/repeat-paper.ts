/** A paper N times the size of the real one, for measuring how ingest time grows: the source repeated, notes renumbered. */
import type { IngestResult } from '../ingest/index.ts';

/**
 * Copy k renumbers every reference and note number n to n + k × (references per copy), in the raw
 * text, at the places the real ingest found them, so each copy keeps every layout quirk.
 */
export function repeatPaper(source: string, paper: IngestResult, times: number): string {
  const lines = source.split('\n');
  const perCopy = paper.report.notes;
  const references = new Map<number, number[]>();
  for (const s of paper.sections) {
    for (const p of s.paragraphs) {
      for (const part of p)
        if (part.kind === 'ref') references.set(part.line, [...(references.get(part.line) ?? []), part.number]);
    }
  }
  const noteStarts = new Map(paper.notes.map((n) => [n.line, n]));
  const copies: string[] = [];
  for (let k = 0; k < times; k++) {
    const offset = k * perCopy;
    copies.push(
      lines
        .map((text, i) => {
          const note = noteStarts.get(i + 1);
          // The note number first: it may follow the references on a line where body and note were glued.
          let out = note ? replaceAt(text, note.column - 1, String(note.number), String(note.number + offset)) : text;
          const numbers = references.get(i + 1);
          if (numbers) out = renumberReferences(out, numbers, offset, note ? note.column - 1 : out.length);
          return out;
        })
        .join('\n'),
    );
  }
  return copies.join('\n');
}

function replaceAt(text: string, index: number, expected: string, replacement: string): string {
  if (text.slice(index, index + expected.length) !== expected) return text;
  return text.slice(0, index) + replacement + text.slice(index + expected.length);
}

/** Rewrites the references of one line, left to right, before `end` (`4344` stays two side-by-side numbers). */
function renumberReferences(text: string, numbers: readonly number[], offset: number, end: number): string {
  let head = text.slice(0, end);
  let from = 0;
  for (let i = 0; i < numbers.length; i++) {
    const n = numbers[i]!;
    const next = numbers[i + 1];
    // Two references side by side (`4344`) are one token in the text.
    const pair = next === n + 1 ? new RegExp(`(?<!\\d)${n}${next}(?![\\d%])`, 'g') : undefined;
    const re = new RegExp(`(?<!\\d)${n}(?![\\d%])`, 'g');
    for (const candidate of pair ? [pair, re] : [re]) {
      candidate.lastIndex = from;
      const m = candidate.exec(head);
      if (!m) continue;
      const replacement = candidate === pair ? `${n + offset}${next! + offset}` : String(n + offset);
      head = head.slice(0, m.index) + replacement + head.slice(m.index + m[0].length);
      from = m.index + replacement.length;
      if (candidate === pair) i++;
      break;
    }
  }
  return head + text.slice(end);
}
