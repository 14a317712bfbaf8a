import { sectionFilterId } from '../contract/ids.ts';

/** One checkbox of the search page's filters: its value, its label, how many passages it holds. */
export interface FilterOption {
  readonly value: string;
  readonly label: string;
  readonly count: number;
  /** Read by a screen reader after the label ("Introduction in <paper>"), where two boxes would otherwise share a name. */
  readonly context?: string;
}

/** A paper as the Sections filter lists it: its sections in reading order and its passages. */
export interface PaperSections {
  readonly id: string;
  readonly title: string;
  readonly sections: readonly { readonly slug: string; readonly title: string }[];
  readonly passages: readonly { readonly section: { readonly slug: string } }[];
}

/** The Sections filter of one paper. */
export interface SectionGroup {
  readonly paper: { readonly id: string; readonly title: string };
  readonly options: readonly FilterOption[];
}

/**
 * The Sections filter, a group per paper: each section's value names its paper (`<paper>/<slug>`) and its
 * count is its own paper's passages, so two papers' `introduction` are two boxes. With several papers, each
 * label carries its paper's title for a screen reader.
 */
export function sectionFilterGroups(papers: readonly PaperSections[]): SectionGroup[] {
  return papers.map((p) => ({
    paper: { id: p.id, title: p.title },
    options: p.sections.map((s) => ({
      value: sectionFilterId(p.id, s.slug),
      label: s.title,
      count: p.passages.filter((passage) => passage.section.slug === s.slug).length,
      ...(papers.length > 1 ? { context: p.title } : {}),
    })),
  }));
}
