// Every page and component reads a paper's data here, through the content collections (src/content.config.ts),
// never by importing the files: the collections validate them with the contract and give each entry a digest.
import { getCollection, getEntry } from 'astro:content';
import { missingGenerated, type CitationData } from '../citations/citation-data.ts';
import { sourceEntries, type SeriesCitations, type SourceEntry } from '../citations/sources.ts';
import type { CslItem } from '../contract/index.ts';

/** The papers of the series, newest first (then by series number). */
export async function getPapers() {
  // A copy: getCollection's array may be shared between calls.
  const papers = [...(await getCollection('papers'))];
  return papers.sort((a, b) => b.data.date.localeCompare(a.data.date) || b.data.number - a.data.number);
}

/** The ids of the papers, in the order of their folders' names. */
export async function getPaperIds(): Promise<string[]> {
  return (await getCollection('papers')).map((p) => p.id).sort();
}

/** One paper's entry (its paper.yaml, validated); an unknown id is a coded error naming the folder. */
export async function getPaper(id: string) {
  const paper = await getEntry('papers', id);
  if (!paper) throw new Error(`PAPER_UNKNOWN: content/papers/${id}/paper.yaml is missing`);
  return paper;
}

/** Every source a paper's notes cite, as CSL-JSON, in the order of first citation (its references.json). */
export async function getReferences(paper: string): Promise<readonly CslItem[]> {
  const entry = await getEntry('references', paper);
  if (!entry) throw missingGenerated(paper, 'references.json');
  return entry.data.items;
}

let last: { series: SeriesCitations; digest: string } | undefined;

/**
 * Every paper's citation data, and a key that changes whenever one of its files does (the entries' digests):
 * the same object while the key stays, so what is derived from the whole series is made once per version.
 */
async function getSeriesCitations(): Promise<{ series: SeriesCitations; digest: string }> {
  const [references, notes, sections] = await Promise.all([
    getCollection('references'),
    getCollection('noteCitations'),
    getCollection('sectionNotes'),
  ]);
  // The key first: while no file changed, the series made for it before is the one to give.
  const byId = <T extends { id: string }>(entries: readonly T[]) => new Map(entries.map((e) => [e.id, e]));
  const notesById = byId(notes);
  const sectionsById = byId(sections);
  const papers = [...references]
    .sort((a, b) => a.id.localeCompare(b.id))
    .map((ref) => {
      const note = notesById.get(ref.id);
      const section = sectionsById.get(ref.id);
      if (!note) throw missingGenerated(ref.id, 'citations.json');
      if (!section) throw missingGenerated(ref.id, 'sections.json');
      return { ref, note, section };
    });
  const digest = papers
    .map(({ ref, note, section }) => `${ref.id}:${String(ref.digest)}:${String(note.digest)}:${String(section.digest)}`)
    .join('|');
  if (last?.digest === digest) return last;
  const series: SeriesCitations = new Map(
    papers.map(({ ref, note, section }) => [
      ref.id,
      { references: ref.data.items, notes: note.data.items, sections: section.data.items },
    ]),
  );
  last = { series, digest };
  return last;
}

/** One paper's citation data (its references.json, citations.json and sections.json). */
export async function getCitationData(paper: string): Promise<CitationData> {
  const data = (await getSeriesCitations()).series.get(paper);
  if (!data) throw missingGenerated(paper, 'references.json');
  return data;
}

// citeproc takes seconds for a paper: its entries are made once per version of the series' data. Keyed by the
// entries' digests, not the paper id alone, so `astro dev` shows an edited references.json at once.
const cache = new Map<string, { digest: string; entries: Promise<SourceEntry[]> }>();

/** Every source of a paper once, formatted, with the notes citing it here and in the other papers. */
export async function getSourceEntries(paper: string): Promise<SourceEntry[]> {
  const { series, digest } = await getSeriesCitations();
  const cached = cache.get(paper);
  if (cached?.digest === digest) return cached.entries;
  const entries = Promise.resolve().then(() => sourceEntries(paper, series));
  cache.set(paper, { digest, entries });
  return entries;
}
