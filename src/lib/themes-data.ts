import { getAllSections, getSections } from './sections.ts';
import { themedPassages, type ThemedPassage } from './theme-passages.ts';
import { themes } from './theme-entries.ts';

export { themes };

/** Every passage of a paper (or, with none named, of every paper) with its themes, from the content collection. */
export async function getThemedPassages(paper?: string): Promise<ThemedPassage[]> {
  const sections = paper === undefined ? await getAllSections() : await getSections(paper);
  return themedPassages(
    sections.map((s) => ({ slug: s.data.slug, title: s.data.title, order: s.data.order, mdx: s.body ?? '' })),
    themes,
  );
}
