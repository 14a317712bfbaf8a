/** Stage 7: the notes' citations → CSL-JSON sources, and per note the spans of its citations and URLs. */
import { findCitations } from './citation-parse.ts';
import { resolveCitations } from './citation-resolve.ts';
import { findUrls } from './citation-text.ts';
import type { CslItem } from './csl.ts';
import type { Diagnostic } from './diagnostics.ts';
import type { Note } from './notes.ts';

export interface NoteCitation {
  /** Id of the CSL item in `references`. */
  readonly id: string;
  readonly kind: 'full' | 'ibid' | 'op-cit';
  /** Span of the citation as printed: UTF-16 offsets into `note.text`. */
  readonly start: number;
  readonly end: number;
  /** The note where the source is first cited in full. */
  readonly firstNote: number;
  /** The page the note points to, as printed (`p. 153`). */
  readonly locator?: string;
  /** An Ibid. whose source cannot hold its page (p. 153 of a newspaper article): `id` is a guess. */
  readonly uncertain?: true;
  /** Then, the latest earlier source that can hold the page: the likelier reading. */
  readonly likelier?: string;
}

/** A URL printed in a note; `url` has `https://` added where the paper printed a bare `www.`. */
export interface NoteLink {
  readonly url: string;
  readonly start: number;
  readonly end: number;
}

export interface ParsedNote {
  readonly number: number;
  readonly citations: readonly NoteCitation[];
  readonly links: readonly NoteLink[];
}

/** Parses every note's citations; references come in the order of their first citation. */
export function parseCitations(notes: readonly Note[]): {
  references: CslItem[];
  notes: ParsedNote[];
  diagnostics: Diagnostic[];
} {
  const resolved = resolveCitations(
    notes.map((n) => ({ number: n.number, line: n.line, column: n.column, found: findCitations(n.text) })),
  );
  return {
    references: resolved.references,
    notes: notes.map((n, i) => ({ number: n.number, citations: resolved.citations[i]!, links: findUrls(n.text) })),
    diagnostics: resolved.diagnostics,
  };
}
