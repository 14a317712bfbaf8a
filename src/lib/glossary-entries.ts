// Vite inlines the YAML at build time (for the pages and for the Markdown processor alike).
import { glossaryFileSchema, type GlossaryEntry } from '../contract/glossary.ts';
import { editorialSet, type Scoped } from './editorial-sets.ts';
import { glossaryNames } from './glossary.ts';

const SERIES = 'content/glossary.yaml';
const raw = import.meta.glob<string>(['../../content/glossary.yaml', '../../content/papers/*/glossary.yaml'], {
  query: '?raw',
  import: 'default',
  eager: true,
});

/** The series-wide glossary (content/glossary.yaml) and each paper's own (content/papers/<id>/glossary.yaml). */
export const glossarySet = editorialSet({
  sources: raw,
  seriesFile: SERIES,
  schema: glossaryFileSchema,
  code: 'GLOSSARY',
  names: glossaryNames,
});

/** The editors' notes that apply to `paper`: the series-wide ones, then its own. */
export function glossaryOf(paper: string): readonly GlossaryEntry[] {
  return glossarySet.of(paper);
}

/** Every editors' note of the series, each with the paper it belongs to (undefined: every paper). */
export function allGlossaryEntries(): readonly Scoped<GlossaryEntry>[] {
  return glossarySet.all();
}
