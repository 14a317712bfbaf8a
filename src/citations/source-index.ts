import { labelYear, shortAuthor, shortLabel, withSuffix, yearSuffixes } from './labels.ts';
import type { CslItem, NoteCitation, NoteCitations, SectionNotes } from '../contract/index.ts';

/** A note that cites a source, directly or through Ibid. / op. cit. */
export interface CitingNote {
  readonly note: number;
  /** How the note cites it; a note citing it twice lists both kinds, in order. */
  readonly kinds: readonly NoteCitation['kind'][];
  readonly section: SectionNotes;
}

/** The section holding note `n`, from the sections' note ranges. */
export function sectionOfNote(sections: readonly SectionNotes[], n: number): SectionNotes | undefined {
  return sections.find((s) => s.firstNote !== null && s.lastNote !== null && s.firstNote <= n && n <= s.lastNote);
}

/** For each source id, every note that cites it, in note order. */
export function citingNotesBySource(
  notes: readonly NoteCitations[],
  sections: readonly SectionNotes[],
): Map<string, CitingNote[]> {
  const bySource = new Map<string, CitingNote[]>();
  for (const note of [...notes].sort((a, b) => a.number - b.number)) {
    const section = sectionOfNote(sections, note.number);
    if (!section) throw new Error(`note ${note.number} is in no section of the paper’s sections.json`);
    for (const citation of note.citations) {
      const list = bySource.get(citation.id) ?? [];
      const last = list.at(-1);
      if (last?.note === note.number) list[list.length - 1] = { ...last, kinds: [...last.kinds, citation.kind] };
      else list.push({ note: note.number, kinds: [citation.kind], section });
      bySource.set(citation.id, list);
    }
  }
  return bySource;
}

/** The ids of the sources cited in notes `first`–`last` (Ibid. and op. cit. included), in order of citation. */
export function sourcesCitedInNotes(notes: readonly NoteCitations[], first: number, last: number): string[] {
  const ids = new Set<string>();
  for (const note of notes) {
    if (note.number < first || note.number > last) continue;
    for (const citation of note.citations) ids.add(citation.id);
  }
  return [...ids];
}

export { shortAuthor };

/** The year of publication, or "n.d." when the paper prints none. */
export const year = labelYear;

/** A source's short label, and its year with the letter that keeps it apart from the author's other works. */
export interface SourceLabel {
  /** "Iran International 2021b". */
  readonly label: string;
  /** "2021b". */
  readonly year: string;
}

/** Every source's label, by id: `Feldman and Rakov 2021`, `Iran International 2021a`, `Iran International 2021b`. */
export function sourceLabels(items: readonly CslItem[]): Map<string, SourceLabel> {
  const suffixes = yearSuffixes(items);
  return new Map(
    items.map((item, i) => [
      item.id,
      { label: shortLabel(item, suffixes[i]), year: withSuffix(labelYear(item), suffixes[i] ?? '') },
    ]),
  );
}

/** "Feldman and Rakov, “Iran-Russia Relations: …”, 2021": what an Ibid. or op. cit. stands for. */
export function shortReference(item: CslItem, label?: SourceLabel): string {
  return [shortAuthor(item), item.title && `“${item.title}”`, label?.year ?? year(item)].filter(Boolean).join(', ');
}

/** How the sources page names each CSL type, singular and plural; the key is also its URL segment. */
export const typeNames: Readonly<Record<string, readonly [string, string]>> = {
  'article-newspaper': ['Newspaper or news-site article', 'Newspaper and news-site articles'],
  'article-journal': ['Journal article', 'Journal articles'],
  'article-magazine': ['Magazine article', 'Magazine articles'],
  report: ['Report', 'Reports'],
  book: ['Book', 'Books'],
  chapter: ['Book chapter', 'Book chapters'],
  webpage: ['Web page', 'Web pages'],
  'post-weblog': ['Blog post', 'Blog posts'],
  post: ['Social-media post', 'Social-media posts'],
  document: ['Official document', 'Official documents'],
  graphic: ['Chart', 'Charts'],
  interview: ['Interview', 'Interviews'],
};

/** The plural name of a CSL type, falling back on the type itself. */
export function typeName(type: string): string {
  return typeNames[type]?.[1] ?? type;
}
