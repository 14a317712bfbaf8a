// Every page and component reads the editors' glossary and themes here, through the content collections
// (src/content.config.ts), never by importing the files; merged by the rule the Markdown processor's read uses.
import { getCollection } from 'astro:content';
import type { GlossaryEntry } from '../contract/glossary.ts';
import type { Theme } from '../contract/themes.ts';
import { joinEditorialFiles, type Scoped } from './editorial-sets.ts';

const glossary = async () => joinEditorialFiles((await getCollection('glossaries')).map((e) => e.data));
const themes = async () => joinEditorialFiles((await getCollection('themeSets')).map((e) => e.data));

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
