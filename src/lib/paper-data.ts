import { getCollection, getEntry } from 'astro:content';
import type { CslItem } from './citations-types.ts';

/** The papers of the series, newest first (then by series number). */
export async function getPapers() {
  const papers = await getCollection('papers');
  return papers.sort((a, b) => b.data.date.localeCompare(a.data.date) || b.data.number - a.data.number);
}

/** The id of the paper a page belongs to: `id`, or the series' newest paper. */
async function paperId(id?: string): Promise<string> {
  if (id !== undefined) return id;
  const [newest] = await getPapers();
  if (!newest) throw new Error('content/papers/ holds no paper: add a folder with source.txt and paper.yaml');
  return newest.id;
}

/** Every source a paper's notes cite, as CSL-JSON, in the order of first citation (its references.json). */
export async function getReferences(id?: string): Promise<readonly CslItem[]> {
  const paper = await paperId(id);
  const entry = await getEntry('references', paper);
  if (!entry) throw new Error(`content/papers/${paper}/generated/references.json is missing: run npm run ingest`);
  return entry.data.items;
}
