import type { CslItem } from '../contract/index.ts';

/**
 * The keys by which one paper's source is recognised in another paper's list: its DOI, its URL
 * when it names a page (a bare domain names a site, not a work), and always its title with its
 * first author's family name and year. Normalised: case, punctuation and `https://www.` aside.
 */
export function sourceKeys(item: CslItem): string[] {
  const keys: string[] = [];
  const doi =
    'DOI' in item && typeof item.DOI === 'string'
      ? item.DOI.trim()
          .toLowerCase()
          .replace(/^(https?:\/\/)?(dx\.)?doi\.org\//, '')
      : '';
  if (doi !== '') keys.push(`doi:${doi}`);
  const url =
    typeof item.URL === 'string'
      ? item.URL.trim()
          .toLowerCase()
          .replace(/^https?:\/\/(www\.)?/, '')
          .replace(/\/+$/, '')
      : '';
  if (url.includes('/')) keys.push(`url:${url}`);
  const words = (text: string) =>
    text
      .normalize('NFKD')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim();
  const title = typeof item.title === 'string' ? words(item.title) : '';
  const author = item.author?.[0];
  const family = words(author?.family ?? '');
  const year = item.issued?.['date-parts']?.[0]?.[0];
  if (title !== '') keys.push(`work:${title}|${family}|${year ?? ''}`);
  return keys;
}

/** A lookup of the sources of other papers by {@link sourceKeys}: `find(item)` gives the ids, per paper, of the same work. */
export function sharedSourceIndex(papers: readonly { paper: string; references: readonly CslItem[] }[]) {
  const byKey = new Map<string, Map<string, string>>();
  for (const { paper, references } of papers)
    for (const item of references)
      for (const key of sourceKeys(item)) {
        const ids = byKey.get(key) ?? new Map<string, string>();
        if (!ids.has(paper)) ids.set(paper, item.id);
        byKey.set(key, ids);
      }
  return {
    /** The papers (other than `except`) that cite `item`, each with the id of its own entry. */
    find(item: CslItem, except: string): Map<string, string> {
      const found = new Map<string, string>();
      for (const key of sourceKeys(item))
        for (const [paper, id] of byKey.get(key) ?? []) if (paper !== except && !found.has(paper)) found.set(paper, id);
      return found;
    },
  };
}
