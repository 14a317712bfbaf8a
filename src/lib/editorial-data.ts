// The editors' glossary and themes for the Markdown processor (src/integrations/markdown-options.ts) and the
// build-stopping report of their problems (src/integrations/editorial-files.ts) only: both run before the
// content layer exists, where Astro leaves no way to read the collections. Read through Vite (so a change
// rebuilds the pages), validated and merged by the same code as the collections' loader. Every page and
// component reads the same files through the content collections instead (src/lib/editorial-entries.ts).
import type { GlossaryEntry } from '../contract/glossary.ts';
import type { Theme } from '../contract/themes.ts';
import { editorialSet } from './editorial-sets.ts';
import { glossaryFiles, themeFiles } from './editorial-options.ts';

const raw = import.meta.glob<string>(['../../content/glossary.yaml', '../../content/papers/*/glossary.yaml'], {
  query: '?raw',
  import: 'default',
  eager: true,
});
const rawThemes = import.meta.glob<string>(['../../content/themes.yaml', '../../content/papers/*/themes.yaml'], {
  query: '?raw',
  import: 'default',
  eager: true,
});

/** The series-wide glossary (content/glossary.yaml) and each paper's own (content/papers/<id>/glossary.yaml). */
export const glossarySet = editorialSet({ sources: raw, ...glossaryFiles });

/** The series-wide themes (content/themes.yaml) and each paper's own (content/papers/<id>/themes.yaml). */
export const themeSet = editorialSet({ sources: rawThemes, ...themeFiles });

/** The editors' notes that apply to `paper`: the series-wide ones, then its own. */
export function glossaryOf(paper: string): readonly GlossaryEntry[] {
  return glossarySet.of(paper);
}

/** The themes that apply to `paper`: the series-wide ones, then its own, in file order. */
export function themesOfPaper(paper: string): readonly Theme[] {
  return themeSet.of(paper);
}
