// The ingest's outputs, read through import attributes so that Vite (Astro, Vitest) and
// Node alike load them, and a change to the files rebuilds the pages that use them.
import referencesJson from '../../content/papers/russia-iran-partnership/generated/references.json' with { type: 'json' };
import citationsJson from '../../content/papers/russia-iran-partnership/generated/citations.json' with { type: 'json' };
import reportJson from '../../content/papers/russia-iran-partnership/generated/report.json' with { type: 'json' };
import type { CslItem, NoteCitations, SectionNotes } from './citations-types.ts';

/** Every source the notes cite, as CSL-JSON, in the order of first citation (content/references.json). */
export const references = referencesJson as unknown as readonly CslItem[];

/** Per note, its citations and printed URLs with their offsets (content/citations.json). */
export const noteCitations = citationsJson as unknown as readonly NoteCitations[];

/** The sections with their note ranges, in reading order (content/paper/report.json). */
export const sectionNotes: readonly SectionNotes[] = reportJson.sections.map((s) => ({
  title: s.title,
  slug: s.slug,
  firstNote: s.notes[0] ?? null,
  lastNote: s.notes[1] ?? null,
}));

/** What rehypeNoteCitations needs from the ingest. */
export const citationData = { notes: noteCitations, references, sections: sectionNotes };
