/** Readable, stable URL slugs from section titles. */

const MAX_WORDS = 7;
// A slug cut short should not end on a word that leads nowhere.
const TRAILING = new Set(['a', 'an', 'and', 'of', 'the', 'in', 'on', 'to', 'for', 'with']);

/** `After the election of Ebrahim Raisi: the Russo-Iranian…` → `after-the-election-of-ebrahim-raisi`. */
export function slugify(title: string): string {
  const words = title
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’']/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== '');
  const kept = words.slice(0, MAX_WORDS);
  while (kept.length > 1 && TRAILING.has(kept.at(-1)!)) kept.pop();
  return kept.join('-') || 'section';
}

/** Slugs for all titles, made unique with a numeric suffix where two would collide. */
export function uniqueSlugs(titles: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return titles.map((title) => {
    const base = slugify(title);
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    return count === 1 ? base : `${base}-${count}`;
  });
}
