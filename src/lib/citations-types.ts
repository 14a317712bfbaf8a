import type { NoteCitation, NoteLink, ParsedNote } from '../../scripts/ingest/citations.ts';

/** CSL-JSON as the ingest writes it (scripts/ingest/csl.ts), with the fields the site reads. */
export interface CslName {
  readonly family?: string;
  readonly given?: string;
  readonly literal?: string;
}

export interface CslDate {
  readonly 'date-parts'?: readonly (readonly number[])[];
  readonly season?: string;
}

export interface CslItem {
  readonly id: string;
  readonly type: string;
  readonly author?: readonly CslName[];
  readonly editor?: readonly CslName[];
  readonly title?: string;
  readonly 'container-title'?: string;
  readonly 'collection-title'?: string;
  readonly publisher?: string;
  readonly issued?: CslDate;
  readonly URL?: string;
  /** `key: value` lines (Zotero's "Extra"), `translated-title: …` among them. */
  readonly note?: string;
  readonly [field: string]: unknown;
}

// The shape of citations.json (src/contract/note-citations.ts) is the ingest's own: one definition, shared.
export type { NoteCitation, NoteLink };
/** A note's entry in citations.json (src/contract/note-citations.ts). */
export type NoteCitations = ParsedNote;

/** A section and the range of notes it holds (null for a section without notes). */
export interface SectionNotes {
  readonly title: string;
  readonly slug: string;
  readonly firstNote: number | null;
  readonly lastNote: number | null;
}
