import { getCollection, getEntry } from 'astro:content';
import type { CslItem } from '../contract/index.ts';

/** The papers of the series, newest first (then by series number). */
export async function getPapers() {
  const papers = await getCollection('papers');
  return papers.sort((a, b) => b.data.date.localeCompare(a.data.date) || b.data.number - a.data.number);
}

/** Every source a paper's notes cite, as CSL-JSON, in the order of first citation (its references.json). */
export async function getReferences(paper: string): Promise<readonly CslItem[]> {
  const entry = await getEntry('references', paper);
  if (!entry) throw new Error(`content/papers/${paper}/generated/references.json is missing: run npm run ingest`);
  return entry.data.items;
}
