import { getAllSections, getSections, type Section } from './sections.ts';
import { themedPassages, type ThemedPassage } from './theme-passages.ts';
import { getThemes } from './editorial-entries.ts';

const sourceOf = (s: Section) => ({ slug: s.data.slug, title: s.data.title, order: s.data.order, mdx: s.body ?? '' });

/**
 * Every passage of a paper with its themes (the series' and the paper's own), from the content collection;
 * with no paper named, every paper's in turn (papers in id order, as the search index lists them).
 */
export async function getThemedPassages(paper?: string): Promise<ThemedPassage[]> {
  if (paper !== undefined) return themedPassages((await getSections(paper)).map(sourceOf), await getThemes(paper));
  const papers = [...new Set((await getAllSections()).map((s) => s.data.paper.id))];
  return (await Promise.all(papers.map((p) => getThemedPassages(p)))).flat();
}
