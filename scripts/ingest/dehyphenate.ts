/** Restores the hyphens the extractor dropped when it glued a hyphenated line end to the next line. */
import type { Layout } from './layout.ts';

export interface GluedLine {
  /** The line with the hyphen put back where the join is certain. */
  readonly text: string;
  /** The last physical line (estimated where the cut is unknown): it decides whether the next word would have fit. */
  readonly lastLine: string;
  /** 1-based column of the restored hyphen, if one was restored. */
  readonly restoredAt?: number;
}

/**
 * A body line longer than any note line is two lines glued at a hyphen. The cut is where the first
 * line would end (about one full line in) and, to be certain, inside a word at a change of case or
 * from letters to digits (`AntiAmericanism`, `post2021`). A cut between two lower-case letters
 * cannot be told from a plain word, so the word stays as glued (the usual case of a syllable break).
 */
export function unglueLine(text: string, layout: Layout): GluedLine {
  if (text.length <= Math.max(layout.noteThreshold, layout.bodyWidth) + 4) {
    return { text, lastLine: text };
  }
  const lo = layout.shortLine;
  const hi = layout.noteThreshold + 2;
  let best: number | undefined;
  for (let p = lo; p <= Math.min(hi, text.length - 1); p++) {
    if (isCertainCut(text[p - 1] ?? '', text[p] ?? '')) {
      if (best === undefined || Math.abs(p - layout.bodyTypical) < Math.abs(best - layout.bodyTypical)) best = p;
    }
  }
  if (best === undefined) return { text, lastLine: text.slice(layout.bodyTypical) };
  return { text: `${text.slice(0, best)}-${text.slice(best)}`, lastLine: text.slice(best), restoredAt: best + 1 };
}

/** Joins a word cut by a hyphen at a page end to its rest on the next page. */
export function joinCutWord(left: string, right: string): string {
  const first = right.trimStart();
  return isCertainCut(left.at(-1) ?? '', first[0] ?? '') || /^\p{Lu}/u.test(first)
    ? `${left}-${first}`
    : `${left}${first}`;
}

function isCertainCut(before: string, after: string): boolean {
  return (/\p{Ll}/u.test(before) && /\p{Lu}/u.test(after)) || (/\p{L}/u.test(before) && /\p{N}/u.test(after));
}
