import { getAllGlossaryEntries } from './editorial-entries.ts';
import type { GlossaryEntry } from './glossary.ts';
import { searchGroups, type SearchGroup } from './search-terms.ts';
import { getThemedPassages } from './themes-data.ts';

/**
 * The names search reads as one (every paper's editors' notes and the variant spellings their passages
 * print), with the notes they come from: one function for the search page and the index's records, which
 * must agree (a name is a spelling, and a search for it finds it in every paper).
 */
export async function getSearchGroups(): Promise<{ groups: SearchGroup[]; glossary: GlossaryEntry[] }> {
  const glossary = (await getAllGlossaryEntries()).map((s) => s.entry);
  const passages = await getThemedPassages();
  return {
    groups: searchGroups(
      glossary,
      passages.map((p) => p.text),
    ),
    glossary,
  };
}
