import { getAllSections, getSections, type Section } from './sections.ts';
import { themedPassages, type ThemedPassage } from './theme-passages.ts';
import { getThemes } from './editorial-entries.ts';
import type { Theme } from '../contract/themes.ts';

const sourceOf = (s: Section) => ({ slug: s.data.slug, title: s.data.title, order: s.data.order, mdx: s.body ?? '' });

// Reading a paper's passages parses every section's MDX: the theme pages, the search page, its vocabulary
// and the search records all ask, so each paper's are made once per version of its sections and themes
// (the sections' digests, and the themes' array, the same one while no themes file changes: see
// editorial-entries.ts; `astro dev` sees an edit at once).
const cache = new Map<string, { key: string; themes: readonly Theme[]; passages: Promise<readonly ThemedPassage[]> }>();

async function passagesOfPaper(paper: string): Promise<readonly ThemedPassage[]> {
  const sections = await getSections(paper);
  const themes = await getThemes(paper);
  const key = sections.map((s) => `${s.id}:${String(s.digest)}`).join('|');
  const hit = cache.get(paper);
  if (hit?.key === key && hit.themes === themes) return hit.passages;
  const passages = Promise.resolve(themedPassages(sections.map(sourceOf), themes));
  cache.set(paper, { key, themes, passages });
  return passages;
}

/**
 * Every passage of a paper with its themes (the series' and the paper's own), from the content collection;
 * with no paper named, every paper's in turn (papers in id order, as the search index lists them).
 */
export async function getThemedPassages(paper?: string): Promise<readonly ThemedPassage[]> {
  if (paper !== undefined) return passagesOfPaper(paper);
  const papers = [...new Set((await getAllSections()).map((s) => s.data.paper.id))];
  return (await Promise.all(papers.map((p) => passagesOfPaper(p)))).flat();
}
