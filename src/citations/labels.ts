/** Short labels of sources (`Feldman and Rakov 2021`, `Iran International 2021b`): one rule for ids and pages. */
import type { CslItem, CslName } from '../contract/index.ts';

/** What a label is made of: the fields of a CSL item it reads (a source's, before or after it has an id). */
export type Labelled = Pick<CslItem, 'author' | 'editor' | 'container-title' | 'publisher' | 'title' | 'issued'>;

function nameOf(name: CslName): string {
  return name.literal ?? name.family ?? name.given ?? '';
}

/** "Feldman and Rakov", "Akbari et al.", an organisation's name, or the publication for an unsigned item. */
export function shortAuthor(item: Labelled): string {
  const names = (item.author ?? item.editor ?? []).map(nameOf).filter(Boolean);
  if (names.length === 1) return names[0]!;
  if (names.length === 2) return `${names[0]!} and ${names[1]!}`;
  if (names.length > 2) return `${names[0]!} et al.`;
  return item['container-title'] ?? item.publisher ?? '';
}

/** The year of publication, or "n.d." when the paper prints none. */
export function labelYear(item: Labelled): string {
  const y = item.issued?.['date-parts']?.[0]?.[0];
  return y === undefined ? 'n.d.' : String(y);
}

/** A sort key by date of publication (`2021-0008-0004`): undated items last. */
export function dateKey(item: Pick<CslItem, 'issued'>): string {
  const [y = 9999, m = 0, d = 0] = item.issued?.['date-parts'][0] ?? [];
  return [y, m, d].map((n) => String(n).padStart(4, '0')).join('-');
}

/** Sort key inside one author and year: full date, then title, as the APA and Chicago bibliographies sort. */
function order(item: Labelled): string {
  return `${dateKey(item)} ${item.title ?? ''}`;
}

/**
 * Per item (same order), the letter its year needs so that no two works share a label: '' for a
 * label of its own, `a`, `b`… in date order where several works of one author share a year.
 */
export function yearSuffixes(items: readonly Labelled[]): string[] {
  const groups = new Map<string, number[]>();
  items.forEach((item, i) => {
    const key = `${shortAuthor(item) || item.title || ''}|${labelYear(item)}`;
    groups.set(key, [...(groups.get(key) ?? []), i]);
  });
  const suffixes = items.map(() => '');
  for (const members of groups.values()) {
    if (members.length < 2) continue;
    const sorted = [...members].sort((a, b) => order(items[a]!).localeCompare(order(items[b]!)));
    sorted.forEach((index, rank) => (suffixes[index] = letters(rank)));
  }
  return suffixes;
}

/** a…z, then aa, ab… (citeproc's year-suffix sequence). */
function letters(rank: number): string {
  const letter = String.fromCharCode(97 + (rank % 26));
  return rank < 26 ? letter : `${letters(Math.floor(rank / 26) - 1)}${letter}`;
}

/** "Feldman and Rakov 2021", "Iran International 2021b". */
export function shortLabel(item: Labelled, suffix = ''): string {
  return [shortAuthor(item) || item.title, withSuffix(labelYear(item), suffix)].filter(Boolean).join(' ');
}

/** `2021` + `b` → `2021b`; `n.d.` + `a` → `n.d.-a` (APA 8.19). */
export function withSuffix(year: string, suffix: string): string {
  return suffix && !/^\d/.test(year) ? `${year}-${suffix}` : `${year}${suffix}`;
}
