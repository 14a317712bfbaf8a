/** What the ingest's citation stage hands the site, besides the CSL items of csl.ts. */
/** One citation in a note, resolved to its source. */
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

/** A note's entry in content/citations.json: its citations and printed URLs. */
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
