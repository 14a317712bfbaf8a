// Every page and component reads the editors' glossary and themes here, through the content collections
// (src/content.config.ts), never by importing the files; merged by the rule the Markdown processor's read uses.
import { getCollection } from 'astro:content';
import type { GlossaryEntry } from '../contract/glossary.ts';
import type { Theme } from '../contract/themes.ts';
import { joinEditorialFiles, type EditorialEntries, type EditorialSet, type Scoped } from './editorial-sets.ts';

/**
 * The files of a collection merged once per version of them (the entries' digests): every page asks, and the
 * merged set keeps what it derives per paper, so the same set (and the same arrays) while no file changes.
 */
function joinedOnce<E>(
  load: () => Promise<readonly { id: string; digest?: string | number | undefined; data: EditorialEntries<E> }[]>,
): () => Promise<Pick<EditorialSet<E>, 'all' | 'of'>> {
  let last: { key: string; set: Pick<EditorialSet<E>, 'all' | 'of'> } | undefined;
  return async () => {
    const entries = await load();
    const key = entries.map((e) => `${e.id}:${String(e.digest)}`).join('|');
    if (last?.key !== key) last = { key, set: joinEditorialFiles(entries.map((e) => e.data)) };
    return last.set;
  };
}

const glossary = joinedOnce<GlossaryEntry>(() => getCollection('glossaries'));
const themes = joinedOnce<Theme>(() => getCollection('themeSets'));

/** Every editors' note of the series, each with the paper it belongs to (undefined: every paper). */
export async function getAllGlossaryEntries(): Promise<readonly Scoped<GlossaryEntry>[]> {
  return (await glossary()).all();
}

/** The themes that apply to `paper`: the series-wide ones, then its own, in file order. */
export async function getThemes(paper: string): Promise<readonly Theme[]> {
  return (await themes()).of(paper);
}

/** Every theme of the series, each with the paper it belongs to (undefined: every paper). */
export async function getAllThemes(): Promise<readonly Scoped<Theme>[]> {
  return (await themes()).all();
}
