// The ingest's citation data for the Markdown processor, which runs before the content layer exists:
// read through import attributes (so a change rebuilds the pages) and validated by the contract, never cast.
// Pages and components read the same data through the content collections (src/lib/paper-data.ts).
import referencesJson from '../../content/papers/russia-iran-partnership/generated/references.json' with { type: 'json' };
import citationsJson from '../../content/papers/russia-iran-partnership/generated/citations.json' with { type: 'json' };
import sectionsJson from '../../content/papers/russia-iran-partnership/generated/sections.json' with { type: 'json' };
import { noteCitationsListSchema, referencesSchema, sectionListSchema } from '../contract/index.ts';
import type { CslItem, NoteCitations, SectionNotes } from './citations-types.ts';

/** Every source the notes cite, as CSL-JSON, in the order of first citation (references.json). */
export const references: readonly CslItem[] = referencesSchema.parse(referencesJson);

/** Per note, its citations and printed URLs with their offsets (citations.json). */
export const noteCitations: readonly NoteCitations[] = noteCitationsListSchema.parse(citationsJson);

/** The sections with their note ranges, in reading order (sections.json). */
export const sectionNotes: readonly SectionNotes[] = sectionListSchema.parse(sectionsJson);

/** What rehypeNoteCitations needs from the ingest. */
export const citationData = { notes: noteCitations, references, sections: sectionNotes };
