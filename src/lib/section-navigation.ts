/** Where a section sits among the others, for its previous/next links. */
export interface SectionNeighbours<T> {
  previous: T | undefined;
  next: T | undefined;
}

/** Sort by the front matter's `order`, which the ingest numbers from 1. */
export function sortByOrder<T extends { data: { order: number } }>(sections: readonly T[]): T[] {
  return [...sections].sort((a, b) => a.data.order - b.data.order);
}

/** The sections before and after `index` in reading order. */
export function neighbours<T>(sections: readonly T[], index: number): SectionNeighbours<T> {
  return { previous: sections[index - 1], next: sections[index + 1] };
}

/** "Notes 9–29", "Note 4", or undefined for a section without notes. */
export function noteRange(first: number | null, last: number | null): string | undefined {
  if (first === null || last === null) return undefined;
  return first === last ? `Note ${first}` : `Notes ${first}–${last}`;
}
