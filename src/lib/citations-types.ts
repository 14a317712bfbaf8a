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
  readonly [field: string]: unknown;
}

/** One citation in a note: offsets are UTF-16 indices into the note's text as printed. */
export interface NoteCitation {
  readonly id: string;
  readonly kind: 'full' | 'ibid' | 'op-cit';
  readonly start: number;
  readonly end: number;
  /** The note where the source is first cited in full. */
  readonly firstNote: number;
  readonly locator?: string;
}

/** A URL printed in a note, and the URL it stands for (`https://` added to a bare `www.`). */
export interface NoteLink {
  readonly url: string;
  readonly start: number;
  readonly end: number;
}

/** A note's entry in content/citations.json. */
export interface NoteCitations {
  readonly number: number;
  readonly citations: readonly NoteCitation[];
  readonly links: readonly NoteLink[];
}

/** A section and the range of notes it holds (null for a section without notes). */
export interface SectionNotes {
  readonly title: string;
  readonly slug: string;
  readonly firstNote: number | null;
  readonly lastNote: number | null;
}
