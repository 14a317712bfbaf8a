import { getCollection, type CollectionEntry } from 'astro:content';
import { sortByOrder } from './section-navigation.ts';

export type Section = CollectionEntry<'sections'>;

/** All sections of the paper in reading order. */
export async function getSections(): Promise<Section[]> {
  return sortByOrder(await getCollection('sections'));
}
