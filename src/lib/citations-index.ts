import type { CslItem, CslName, NoteCitation, NoteCitations, SectionNotes } from './citations-types.ts';

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
    if (!section) throw new Error(`note ${note.number} is in no section of content/paper/report.json`);
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

function nameOf(name: CslName): string {
  return name.literal ?? name.family ?? name.given ?? '';
}

/** "Feldman and Rakov", "Akbari et al.", an organisation's name, or the publication for an unsigned item. */
export function shortAuthor(item: CslItem): string {
  const names = (item.author ?? item.editor ?? []).map(nameOf).filter(Boolean);
  if (names.length === 1) return names[0]!;
  if (names.length === 2) return `${names[0]!} and ${names[1]!}`;
  if (names.length > 2) return `${names[0]!} et al.`;
  return item['container-title'] ?? item.publisher ?? '';
}

/** The year of publication, or "n.d." when the paper prints none. */
export function year(item: CslItem): string {
  const y = item.issued?.['date-parts']?.[0]?.[0];
  return y === undefined ? 'n.d.' : String(y);
}

/** "Feldman and Rakov 2021": a label for a link to a source. */
export function shortLabel(item: CslItem): string {
  return [shortAuthor(item) || item.title, year(item)].filter(Boolean).join(' ');
}

/** "Feldman and Rakov, “Iran-Russia Relations: …”, 2021": what an Ibid. or op. cit. stands for. */
export function shortReference(item: CslItem): string {
  return [shortAuthor(item), item.title && `“${item.title}”`, year(item)].filter(Boolean).join(', ');
}

/** A sort key by date of publication: undated items last. */
export function dateKey(item: CslItem): string {
  const [y, m = 0, d = 0] = item.issued?.['date-parts']?.[0] ?? [9999];
  return [y, m, d].map((n) => String(n).padStart(4, '0')).join('-');
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
