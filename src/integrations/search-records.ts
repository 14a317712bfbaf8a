import { z } from 'astro/zod';
import { sectionFilterId } from '../contract/ids.ts';
import { FILTER_KEY, filterValue } from '../lib/search-query.ts';
import type { ThemedPassage } from '../lib/theme-passages.ts';

/** Where the build writes the records (src/pages/search/records.json.ts), relative to dist/; the search-index integration reads and removes it. */
export const SEARCH_RECORDS_FILE = 'search/records.json';

/** A passage as Pagefind indexes it (the shape of Pagefind's `CustomRecord`). */
export const searchRecordSchema = z.object({
  url: z.string().min(1),
  content: z.string(),
  language: z.string().min(2),
  meta: z.record(z.string(), z.string()),
  filters: z.record(z.string(), z.array(z.string())),
  sort: z.record(z.string(), z.string()),
});

/** The records file: every passage of every paper. */
export const searchRecordsSchema = z.array(searchRecordSchema);

export type SearchRecord = z.infer<typeof searchRecordSchema>;

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
        filterValue('section', sectionFilterId(paper.id, p.section.slug)),
        filterValue('paper', paper.id),
        ...groupsOf(p.text).map((g) => filterValue('name', g)),
      ],
    },
    // Reading order, for results listed as the paper runs.
    sort: { position: `${paper.id}:${String(i).padStart(6, '0')}` },
  }));
}
