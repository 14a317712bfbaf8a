// Vite inlines the YAML at build time (for the pages, the Markdown processor and the search index alike).
import { themesFileSchema, type Theme } from '../contract/themes.ts';
import { editorialSet, type Scoped } from './editorial-sets.ts';

const SERIES = 'content/themes.yaml';
const raw = import.meta.glob<string>(['../../content/themes.yaml', '../../content/papers/*/themes.yaml'], {
  query: '?raw',
  import: 'default',
  eager: true,
});

/** The series-wide themes (content/themes.yaml) and each paper's own (content/papers/<id>/themes.yaml). */
export const themeSet = editorialSet({
  sources: raw,
  seriesFile: SERIES,
  schema: themesFileSchema,
  code: 'THEME',
});

/** The themes that apply to `paper`: the series-wide ones, then its own, in file order. */
export function themesOfPaper(paper: string): readonly Theme[] {
  return themeSet.of(paper);
}

/** Every theme of the series, each with the paper it belongs to (undefined: every paper). */
export function allThemes(): readonly Scoped<Theme>[] {
  return themeSet.all();
}
