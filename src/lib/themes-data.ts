import { getAllSections, getSections, type Section } from './sections.ts';
import { themedPassages, type ThemedPassage } from './theme-passages.ts';
import { themes } from './theme-entries.ts';

export { themes };

const sourceOf = (s: Section) => ({ slug: s.data.slug, title: s.data.title, order: s.data.order, mdx: s.body ?? '' });

/**
 * Every passage of a paper with its themes, from the content collection; with no paper named, every
 * paper's in turn (papers in id order, as the search index lists them), never interleaved.
 */
export async function getThemedPassages(paper?: string): Promise<ThemedPassage[]> {
  if (paper !== undefined) return themedPassages((await getSections(paper)).map(sourceOf), themes);
  const papers = [...new Set((await getAllSections()).map((s) => s.data.paper.id))];
  return (await Promise.all(papers.map((p) => getThemedPassages(p)))).flat();
}
