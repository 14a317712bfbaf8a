import { readFileSync } from 'node:fs';
import { getSections } from './sections.ts';
import { themedPassages, type ThemedPassage } from './theme-passages.ts';
import { parseThemes, type Theme } from './themes.ts';

/** The themes of content/themes.yaml, validated. */
export const themes: readonly Theme[] = parseThemes(readFileSync('content/themes.yaml', 'utf8'));

/** Every passage of the paper with its themes, from the content collection. */
export async function getThemedPassages(): Promise<ThemedPassage[]> {
  const sections = await getSections();
  return themedPassages(
    sections.map((s) => ({ slug: s.data.slug, title: s.data.title, order: s.data.order, mdx: s.body ?? '' })),
    themes,
  );
}
