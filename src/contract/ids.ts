/**
 * The ids of paragraphs and notes on a section page: made here and nowhere else. remark-rehype makes the
 * notes' ids from their labels with this prefix (`[^23]` → `user-content-fn-23`); the paragraph ids are ours.
 * The search's section filter values (`<paper>/<slug>`) are made here too.
 */

/** The prefix remark-rehype gives footnote ids (its `clobberPrefix`). */
export const NOTE_ID_PREFIX = 'user-content-';

/** The id of the `n`th paragraph of a section (1-based): `p3`. */
export function paragraphId(n: number): string {
  return `p${n}`;
}

/** The id of note `n`'s text at the foot of its section: `user-content-fn-23`. */
export function noteId(n: number | string): string {
  return `${NOTE_ID_PREFIX}fn-${n}`;
}

/** The id of the reference to note `n` in the body text: `user-content-fnref-23`. */
export function noteReferenceId(n: number | string): string {
  return `${NOTE_ID_PREFIX}fnref-${n}`;
}

/** What an id of a section page names: a paragraph or a note, with its number; undefined for any other id. */
export function parseAnchorId(id: string): { kind: 'paragraph' | 'note'; n: number } | undefined {
  const paragraph = /^p(\d+)$/.exec(id);
  if (paragraph) return { kind: 'paragraph', n: Number(paragraph[1]) };
  const note = id.startsWith(NOTE_ID_PREFIX) ? /^fn-(\d+)$/.exec(id.slice(NOTE_ID_PREFIX.length)) : null;
  return note ? { kind: 'note', n: Number(note[1]) } : undefined;
}

/**
 * A section's value in the search's Sections filter, in the index's records and in a "Search this section"
 * link: `<paper-id>/<slug>`, as two papers may both have an `introduction`.
 */
export function sectionFilterId(paper: string, slug: string): string {
  return `${paper}/${slug}`;
}

/** The paper and slug a section filter value names; undefined for a value that is not one (a bare slug). */
export function parseSectionFilterId(value: string): { paper: string; slug: string } | undefined {
  const [paper, slug, ...rest] = value.split('/');
  return paper && slug && rest.length === 0 ? { paper, slug } : undefined;
}
