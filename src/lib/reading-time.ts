/** Words a minute assumed for the reading times shown next to each section. */
export const wordsPerMinute = 230;

/** Minutes to read `wordCount` words of body text (notes are not counted), rounded up, at least 1. */
export function readingMinutes(wordCount: number, wpm: number = wordsPerMinute): number {
  return Math.max(1, Math.ceil(wordCount / wpm));
}

/** "4 min read". */
export function formatReadingTime(wordCount: number): string {
  return `${readingMinutes(wordCount)} min read`;
}
