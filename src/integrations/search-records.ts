import type { ThemedPassage } from '../lib/theme-passages.ts';
import type { Theme } from '../lib/themes.ts';

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
 * (`/syria/#p3`, `/syria/#user-content-fn-70`) and theme filters apply to passages, not whole
 * pages. Navigation and other chrome are never indexed: only the paper's text is.
 */
export function searchRecords(
  passages: readonly ThemedPassage[],
  themes: readonly Theme[],
  language: string,
): SearchRecord[] {
  const names = new Map(themes.map((t) => [t.id, t.name]));
  return passages.map((p, i) => ({
    // Relative to the site: Pagefind adds its `baseUrl` (the base path) to every result.
    url: `/${p.section.slug}/#${p.id}`,
    content: p.text,
    language,
    meta: {
      title: p.kind === 'note' ? `Note ${p.n}` : `Paragraph ${p.n}`,
      section: p.section.title,
      kind: p.kind,
    },
    filters: {
      theme: p.themes.map((t) => names.get(t) ?? t),
      section: [p.section.title],
      kind: [p.kind === 'note' ? 'Notes' : 'Text'],
    },
    // Reading order, for results listed as the paper runs.
    sort: { position: String(i).padStart(6, '0') },
  }));
}
