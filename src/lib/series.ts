import type { PaperMetadata } from './paper-metadata.ts';
import { paperContext, paperHref, type PaperContext } from './paper-route.ts';
import { paperMetadata, papersById } from './paper.ts';

const unique = (values: readonly string[]): string[] => [...new Set(values)];
const all: PaperMetadata[] = [...papersById.values()];

/** The reading room's name, from its papers: "Ifri · Russie.Nei.Reports". */
export const seriesTitle = `${unique(all.map((p) => p.publisher)).join(', ')} · ${unique(all.map((p) => p.series)).join(', ')}`;

/** The language of the site-wide pages: the papers' own when they share one. */
export const seriesLanguage = unique(all.map((p) => p.language)).length === 1 ? (all[0]?.language ?? 'en') : 'en';

/**
 * The paper a page's header and footer speak of: its own on a paper's pages and, while the series
 * holds one paper, that one on the site-wide pages too (its sources, themes and print stay one click away).
 */
export function headerPaper(params: Record<string, string | undefined>): PaperContext | undefined {
  const own = paperContext(params);
  if (own || papersById.size !== 1) return own;
  const [id] = papersById.keys();
  return id === undefined ? undefined : { id, paper: paperMetadata(id), href: (path = '') => paperHref(id, path) };
}

/** What search covers, as its labels say: "the paper", or "the papers" once the series has several. */
export const searchScope = papersById.size > 1 ? 'the papers' : 'the paper';
