import { dateKey } from './labels.ts';
import { citingNotesBySource, sourceLabels, sourcesCitedInNotes, type CitingNote } from './source-index.ts';
import { missingGenerated, type CitationData } from './citation-data.ts';
import { sharedSourceIndex } from './shared-sources.ts';
import { linkUrls } from './link-urls.ts';
import { translatedTitle } from './remarks.ts';
import { formatEntries } from './format.ts';
import type { CslItem, SectionNotes } from '../contract/index.ts';

/** The notes of one section that cite a source. */
export interface CitedInSection {
  section: SectionNotes;
  notes: CitingNote[];
}

/** One source as the sources page shows it. */
export interface SourceEntry {
  item: CslItem;
  /** The reference formatted by citeproc with the official APA style, as HTML. */
  html: string;
  /** The short label the notes link it by: `Iran International 2021b`. */
  label: string;
  citedIn: CitedInSection[];
  /** The other papers of the series that cite the same work, with their notes citing it. */
  otherPapers: CitedInPaper[];
}

/** Another paper's notes citing a source, by section. */
export interface CitedInPaper {
  paper: string;
  citedIn: CitedInSection[];
}

/** Every paper's citation data, by paper id: the series the sources pages link across. */
export type SeriesCitations = ReadonlyMap<string, CitationData>;

// One index per series object: every paper's page of sources asks it, and it reads every paper's references.
const sharedIndexes = new WeakMap<SeriesCitations, ReturnType<typeof sharedSourceIndex>>();
function sharedIndexOf(series: SeriesCitations): ReturnType<typeof sharedSourceIndex> {
  let index = sharedIndexes.get(series);
  if (!index) {
    index = sharedSourceIndex([...series].map(([paper, { references }]) => ({ paper, references })));
    sharedIndexes.set(series, index);
  }
  return index;
}

/** The notes of each other paper that cite `item`, grouped by section. */
function otherPapersCiting(
  item: CslItem,
  paper: string,
  series: SeriesCitations,
  shared: ReturnType<typeof sharedSourceIndex>,
): CitedInPaper[] {
  return [...shared.find(item, paper)].map(([other, id]) => {
    const { notes, sections } = series.get(other)!;
    return { paper: other, citedIn: groupBySection(citingNotesBySource(notes, sections).get(id) ?? []) };
  });
}

/** The style of the sources page: APA entries stand alone (no "———" for a repeated author), so any sort or filter of them reads right. */
export const sourcesStyle = 'apa';

/**
 * The item as APA wants it printed: a title in another language followed by its English
 * translation in square brackets (APA 9.38). The official style has no variable for it, so the
 * translation, which CSL-JSON keeps in `note`, joins the title for display only.
 */
export function forApa(item: CslItem): CslItem {
  const translation = translatedTitle(item);
  return translation && item.title ? { ...item, title: `${item.title} [${translation}]` } : item;
}

/**
 * Every source of `paper` once, in the style's order (by author, then title for unsigned items), with the
 * notes citing it in this paper and in the others of `series` (which holds `paper` too).
 * why: citeproc is slow; the caller caches the result (src/lib/paper-data.ts).
 */
export function sourceEntries(paper: string, series: SeriesCitations): SourceEntry[] {
  const data = series.get(paper);
  if (!data) throw missingGenerated(paper, 'references.json');
  const { references, notes: noteCitations, sections: sectionNotes } = data;
  const shared = sharedIndexOf(series);
  const formatted = formatEntries(references.map(forApa), sourcesStyle);
  const items = new Map(references.map((r) => [r.id, r]));
  const labels = sourceLabels(references);
  const citing = citingNotesBySource(noteCitations, sectionNotes);
  if (formatted.length !== items.size) {
    throw new Error(
      `citeproc formatted ${formatted.length} of the ${items.size} sources of content/papers/${paper}/generated/references.json`,
    );
  }
  return formatted.map(({ id, html }) => {
    const item = items.get(id);
    if (!item)
      throw new Error(
        `citeproc returned an entry “${id}” that content/papers/${paper}/generated/references.json lacks`,
      );
    return {
      item,
      html: linkUrls(html),
      label: labels.get(id)!.label,
      citedIn: groupBySection(citing.get(id) ?? []),
      otherPapers: otherPapersCiting(item, paper, series, shared),
    };
  });
}

function groupBySection(notes: readonly CitingNote[]): CitedInSection[] {
  const groups: CitedInSection[] = [];
  for (const note of notes) {
    const last = groups.at(-1);
    if (last?.section.slug === note.section.slug) last.notes.push(note);
    else groups.push({ section: note.section, notes: [note] });
  }
  return groups;
}

/** The entries sorted by date of publication, oldest first; undated last. */
export function byDate(entries: readonly SourceEntry[]): SourceEntry[] {
  return [...entries].sort((a, b) => dateKey(a.item).localeCompare(dateKey(b.item)));
}

/** The types present, most frequent first, with their counts. */
export function typesOf(entries: readonly SourceEntry[]): [string, number][] {
  const counts = new Map<string, number>();
  for (const e of entries) counts.set(e.item.type, (counts.get(e.item.type) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

/** The sections whose notes cite at least one source, with the number of sources each cites. */
export function sectionsWithSources({
  notes: noteCitations,
  sections: sectionNotes,
}: CitationData): [SectionNotes, number][] {
  return sectionNotes.flatMap((s): [SectionNotes, number][] => {
    if (s.firstNote === null || s.lastNote === null) return [];
    const count = sourcesCitedInNotes(noteCitations, s.firstNote, s.lastNote).length;
    return count > 0 ? [[s, count]] : [];
  });
}

/** The ids of the sources cited in a section's notes (Ibid. and op. cit. included). */
export function sourcesOfSection(
  { notes: noteCitations, sections: sectionNotes }: CitationData,
  slug: string,
): string[] {
  const section = sectionNotes.find((s) => s.slug === slug);
  if (!section || section.firstNote === null || section.lastNote === null) return [];
  return sourcesCitedInNotes(noteCitations, section.firstNote, section.lastNote);
}
