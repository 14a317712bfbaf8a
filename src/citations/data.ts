// The ingest's citation data for the Markdown processor, which runs before the content layer exists:
// read through Vite (so a change rebuilds the pages) and validated by the contract, never cast.
// The sources pages (sources.ts) read it here too; the exports and meta tags read references.json through
// the content collections (src/lib/paper-data.ts), which also validate all three files.
import { noteCitationsListSchema, referencesSchema, sectionListSchema } from '../contract/index.ts';
import type { CslItem, NoteCitations, SectionNotes } from '../contract/index.ts';

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

/** What rehypeNoteCitations and the sources pages need from the ingest, for one paper. */
export interface CitationData {
  /** Per note, its citations and printed URLs with their offsets (citations.json). */
  notes: readonly NoteCitations[];
  /** Every source the notes cite, as CSL-JSON, in the order of first citation (references.json). */
  references: readonly CslItem[];
  /** The sections with their note ranges, in reading order (sections.json). */
  sections: readonly SectionNotes[];
}

function file(paper: string, name: string): unknown {
  const value = generated[`../../content/papers/${paper}/generated/${name}`];
  if (value === undefined) throw new Error(`content/papers/${paper}/generated/${name} is missing: run npm run ingest`);
  return value;
}

/** The ids of the papers whose ingest output is here. */
export const citationPaperIds: readonly string[] = [
  ...new Set(Object.keys(generated).map((f) => f.split('/').at(-3) ?? f)),
].sort();

const cache = new Map<string, CitationData>();

/** One paper's citation data, parsed by the contract once. */
export function citationData(paper: string): CitationData {
  let data = cache.get(paper);
  if (!data) {
    data = {
      notes: noteCitationsListSchema.parse(file(paper, 'citations.json')),
      references: referencesSchema.parse(file(paper, 'references.json')),
      sections: sectionListSchema.parse(file(paper, 'sections.json')),
    };
    cache.set(paper, data);
  }
  return data;
}
