import { getCollection, type CollectionEntry } from 'astro:content';
import { sortByOrder } from './section-navigation.ts';

export type Section = CollectionEntry<'sections'>;

/** All sections of a paper in reading order. */
export async function getSections(paper: string): Promise<Section[]> {
  return sortByOrder(await getCollection('sections', (s) => s.data.paper.id === paper));
}

/** Every section of every paper, each paper's in reading order. */
export async function getAllSections(): Promise<Section[]> {
  const all = await getCollection('sections');
  return all.sort((a, b) => a.data.paper.id.localeCompare(b.data.paper.id) || a.data.order - b.data.order);
}
