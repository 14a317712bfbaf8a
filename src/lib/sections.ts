import { getCollection, type CollectionEntry } from 'astro:content';
import { PAPER_ID } from './site-paper.ts';
import { sortByOrder } from './section-navigation.ts';

export type Section = CollectionEntry<'sections'>;

/** All sections of a paper (by default the site's, {@link PAPER_ID}) in reading order. */
export async function getSections(paper = PAPER_ID): Promise<Section[]> {
  return sortByOrder(await getCollection('sections', (s) => s.data.paper.id === paper));
}
