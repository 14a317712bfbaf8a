/** Stage 7: the notes' citations → CSL-JSON sources, and per note the spans of its citations and URLs. */
import { findCitations } from './parse.ts';
import { resolveCitations } from './resolve.ts';
import { findUrls } from './note-text.ts';
import type { CslItem, NoteCitations } from '../contract/index.ts';
import type { Diagnostic } from '../../scripts/ingest/diagnostics.ts';
import type { Note } from '../../scripts/ingest/notes.ts';

/** Parses every note's citations; references come in the order of their first citation. */
export function parseCitations(notes: readonly Note[]): {
  references: CslItem[];
  notes: NoteCitations[];
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
