// The ingest's citation data for the Markdown processor, which runs before the content layer exists:
// read through Vite (so a change rebuilds the pages) and validated by the contract, never cast.
// Pages and components read the same data through the content collections (src/lib/paper-data.ts).
import { noteCitationsListSchema, referencesSchema, sectionListSchema } from '../contract/index.ts';
import type { CslItem } from './csl.ts';
import type { NoteCitations, SectionNotes } from './types.ts';
import { ofSitePaper } from '../lib/site-paper.ts';

const generated = import.meta.glob<unknown>(
  [
    '../../content/papers/*/generated/references.json',
    '../../content/papers/*/generated/citations.json',
    '../../content/papers/*/generated/sections.json',
  ],
  {
    import: 'default',
    eager: true,
  },
);

/** Every source the notes cite, as CSL-JSON, in the order of first citation (references.json). */
export const references: readonly CslItem[] = referencesSchema.parse(
  ofSitePaper(generated, 'generated/references.json'),
);

/** Per note, its citations and printed URLs with their offsets (citations.json). */
export const noteCitations: readonly NoteCitations[] = noteCitationsListSchema.parse(
  ofSitePaper(generated, 'generated/citations.json'),
);

/** The sections with their note ranges, in reading order (sections.json). */
export const sectionNotes: readonly SectionNotes[] = sectionListSchema.parse(
  ofSitePaper(generated, 'generated/sections.json'),
);

/** What rehypeNoteCitations needs from the ingest. */
export const citationData = { notes: noteCitations, references, sections: sectionNotes };
