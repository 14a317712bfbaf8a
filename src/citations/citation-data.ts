import { noteCitationsListSchema, referencesSchema, sectionListSchema } from '../contract/index.ts';
import type { CslItem, NoteCitations, SectionNotes } from '../contract/index.ts';

/** What rehypeNoteCitations and the sources pages need from the ingest, for one paper. */
export interface CitationData {
  /** Per note, its citations and printed URLs with their offsets (citations.json). */
  notes: readonly NoteCitations[];
  /** Every source the notes cite, as CSL-JSON, in the order of first citation (references.json). */
  references: readonly CslItem[];
  /** The sections with their note ranges, in reading order (sections.json). */
  sections: readonly SectionNotes[];
}

/** The error for a paper's generated file that is not there: the ingest has not run since the paper was added. */
export function missingGenerated(paper: string, file: string): Error {
  return new Error(`content/papers/${paper}/generated/${file} is missing: run npm run ingest`);
}

/** The three files as read (JSON values), validated by the contract; the content collections use the same schemas. */
export function parseCitationData(files: { notes: unknown; references: unknown; sections: unknown }): CitationData {
  return {
    notes: noteCitationsListSchema.parse(files.notes),
    references: referencesSchema.parse(files.references),
    sections: sectionListSchema.parse(files.sections),
  };
}
