import { getSections } from './sections.ts';
import { themedPassages, type ThemedPassage } from './theme-passages.ts';
import { themes } from './theme-entries.ts';

export { themes };

/** Every passage of the paper with its themes, from the content collection. */
export async function getThemedPassages(): Promise<ThemedPassage[]> {
  const sections = await getSections();
  return themedPassages(
    sections.map((s) => ({ slug: s.data.slug, title: s.data.title, order: s.data.order, mdx: s.body ?? '' })),
    themes,
  );
}
