import type { PaperMetadata } from './paper-metadata.ts';
import { getPaperIds, getPapers } from './paper-data.ts';
import { paperContext, paperContextOf, type PaperContext } from './paper-route.ts';

const unique = (values: readonly string[]): string[] => [...new Set(values)];

/** The series as the site-wide pages name it, from its papers (the `papers` collection). */
export interface Series {
  /** The reading room's name: "Ifri · Russie.Nei.Reports". */
  title: string;
  /** The language of the site-wide pages: the papers' own when they share one. */
  language: string;
}

/** The {@link Series} of the papers in content/papers/. */
export async function getSeries(): Promise<Series> {
  // In the order of the folders' names, as the title lists publishers and series.
  const all: PaperMetadata[] = [...(await getPapers())].sort((a, b) => a.id.localeCompare(b.id)).map((p) => p.data);
  return {
    title: `${unique(all.map((p) => p.publisher)).join(', ')} · ${unique(all.map((p) => p.series)).join(', ')}`,
    language: unique(all.map((p) => p.language)).length === 1 ? (all[0]?.language ?? 'en') : 'en',
  };
}

/**
 * The paper a page's header and footer speak of: its own on a paper's pages and, while the series
 * holds one paper, that one on the site-wide pages too (its sources, themes and print stay one click away).
 */
export async function headerPaper(params: Record<string, string | undefined>): Promise<PaperContext | undefined> {
  const own = await paperContext(params);
  if (own) return own;
  const ids = await getPaperIds();
  return ids.length === 1 ? paperContextOf(ids[0]!) : undefined;
}

/** What search covers, as its labels say: "the paper", or "the papers" once the series has several. */
export async function getSearchScope(): Promise<string> {
  return (await getPaperIds()).length > 1 ? 'the papers' : 'the paper';
}
