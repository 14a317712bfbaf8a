import { FILTER_KEY, filterValue } from '../lib/search-query.ts';
import type { ThemedPassage } from '../lib/theme-passages.ts';

/** A passage as Pagefind indexes it (the shape of Pagefind's `CustomRecord`). */
export interface SearchRecord {
  readonly url: string;
  readonly content: string;
  readonly language: string;
  readonly meta: Record<string, string>;
  readonly filters: Record<string, string[]>;
  readonly sort: Record<string, string>;
}

/**
 * One search record per passage (paragraph or note), so a hit leads to the passage itself
 * (`/syria/#p3`, `/syria/#user-content-fn-70`) and filters apply to passages, not whole pages.
 * `groupsOf` gives the names (glossary entries, spelling groups) a passage mentions, so that a
 * search for any spelling of a name finds them all. Navigation and other chrome are never
 * indexed: only the paper's text is.
 */
export function searchRecords(
  passages: readonly ThemedPassage[],
  groupsOf: (text: string) => readonly string[],
  language: string,
  paper: { readonly id: string; readonly title: string },
): SearchRecord[] {
  return passages.map((p, i) => ({
    // Relative to the site: Pagefind adds its `baseUrl` (the base path) to every result.
    url: `/${paper.id}/${p.section.slug}/#${p.id}`,
    content: p.text,
    language,
    meta: {
      title: p.kind === 'note' ? `Note ${p.n}` : `Paragraph ${p.n}`,
      section: p.section.title,
      paper: paper.title,
      kind: p.kind,
    },
    filters: {
      [FILTER_KEY]: [
        ...p.themes.map((t) => filterValue('theme', t)),
        filterValue('section', p.section.slug),
        filterValue('paper', paper.id),
        ...groupsOf(p.text).map((g) => filterValue('name', g)),
      ],
    },
    // Reading order, for results listed as the paper runs.
    sort: { position: `${paper.id}:${String(i).padStart(6, '0')}` },
  }));
}
