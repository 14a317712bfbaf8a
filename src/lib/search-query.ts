import { parseSectionFilterId } from '../contract/ids.ts';

/** The state of a search as it lives in the URL: `?q=…&theme=…&section=…&paper=…`, shareable and bookmarkable. */
export interface SearchState {
  readonly q: string;
  readonly themes: readonly string[];
  readonly sections: readonly string[];
  readonly papers: readonly string[];
}

/** The kinds of filter a reader chooses, each a checkbox name and a URL parameter. */
export type FilterKind = 'theme' | 'section' | 'paper';

/** The values chosen of one kind. */
export function chosenOf(state: SearchState, kind: FilterKind): readonly string[] {
  return kind === 'theme' ? state.themes : kind === 'section' ? state.sections : state.papers;
}

/** How many filter values are chosen, of every kind. */
export function chosenCount(state: SearchState): number {
  return state.themes.length + state.sections.length + state.papers.length;
}

/** The one filter key of the index: `theme:<id>`, `section:<slug>`, `paper:<id>` and `name:<group id>` values share it. */
export const FILTER_KEY = 'f';

/** A filter value: one key for all filters keeps them in one index file, so a first search fetches one, not three. */
export function filterValue(kind: FilterKind | 'name', id: string): string {
  return `${kind}:${id}`;
}

/** Reads a search from URL parameters; unknown values are kept (the page ignores what it cannot match). */
export function readSearchState(params: URLSearchParams): SearchState {
  return {
    q: (params.get('q') ?? '').trim(),
    themes: params.getAll('theme'),
    sections: params.getAll('section'),
    papers: params.getAll('paper'),
  };
}

/**
 * A state whose sections are the Sections filter's values (`<paper>/<slug>`, `known` lists every section of
 * the series). A URL may carry a bare slug, from a link saved off the one-paper site (`?section=introduction`):
 * a slug that names one section of the series chooses it; one that names several (each paper's
 * `introduction`) chooses the section of the papers the URL also names (`&paper=`), and with no paper named
 * (or none of those having it), all of them, since the link cannot say which it meant. Values that match
 * nothing are kept, as `readSearchState` keeps them.
 */
export function withSectionValues(state: SearchState, known: readonly string[]): SearchState {
  const sections = state.sections.flatMap((chosen) => {
    if (known.includes(chosen)) return [chosen];
    const named = known.filter((value) => parseSectionFilterId(value)?.slug === chosen);
    const ofPapers = named.filter((value) => state.papers.includes(parseSectionFilterId(value)?.paper ?? ''));
    return ofPapers.length > 0 ? ofPapers : named.length > 0 ? named : [chosen];
  });
  return { ...state, sections: [...new Set(sections)] };
}

/** Writes a search back into URL parameters (empty parts left out). */
export function searchParams(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.q !== '') params.set('q', state.q);
  for (const t of state.themes) params.append('theme', t);
  for (const s of state.sections) params.append('section', s);
  for (const p of state.papers) params.append('paper', p);
  return params;
}

/**
 * The words to highlight on a page a result opens: quoted phrases stay whole, other words are
 * split on spaces; punctuation around them is dropped. `"Axis of Resistance" IRGC` → 2 terms.
 */
export function highlightTerms(query: string): string[] {
  const terms: string[] = [];
  const re = /"([^"]+)"|“([^”]+)”|(\S+)/g;
  for (const m of query.matchAll(re)) {
    const term = (m[1] ?? m[2] ?? m[3] ?? '').replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '').trim();
    if (term.length >= 2 && !terms.includes(term)) terms.push(term);
  }
  return terms;
}

/** The terms to mark as one `highlight` parameter: phrases quoted, so `highlightTerms` reads them back whole. */
export function highlightQuery(terms: readonly string[]): string {
  return terms.map((t) => (/\s/.test(t) ? `"${t}"` : t)).join(' ');
}

/** A result URL with the query attached for highlighting, before its fragment: `/syria/?highlight=q#p3`. */
export function withHighlight(url: string, query: string): string {
  const [path, hash] = url.split('#', 2);
  const separator = (path ?? '').includes('?') ? '&' : '?';
  return `${path}${separator}highlight=${encodeURIComponent(query)}${hash ? `#${hash}` : ''}`;
}

/**
 * The pattern that marks `terms` in a text: case-insensitive, from the start of a word to its
 * end (a stem marks its inflections, as Pagefind matches them), a space in a term matching a
 * space or a hyphen ("Nagorno Karabakh" marks "Nagorno-Karabakh" too).
 */
export function markPattern(terms: readonly string[]): RegExp {
  const escaped = [...terms]
    .sort((a, b) => b.length - a.length)
    .map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '[\\s\\-‐‑–]+'));
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${escaped.join('|')})[\\p{L}\\p{N}]*`, 'giu');
}

const escapeHtml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** An excerpt of about `words` words around the first mark in `content`, escaped, with `<mark>` around each mark. */
export function excerptOf(content: string, terms: readonly string[], words = 28): string {
  const pattern = terms.length > 0 ? markPattern(terms) : undefined;
  // Words at even indices, the spaces between them at odd ones.
  const parts = content.split(/(\s+)/);
  const first = pattern ? Math.max(0, content.search(pattern)) : 0;
  let index = 0;
  for (let offset = 0; index < parts.length && offset + parts[index]!.length <= first; index++) {
    offset += parts[index]!.length;
  }
  const start = Math.max(0, index - (index % 2) - 2 * Math.floor(words / 3));
  const end = start + 2 * words;
  const text = escapeHtml(parts.slice(start, end).join(''));
  return `${start > 0 ? '… ' : ''}${pattern ? text.replace(pattern, '<mark>$&</mark>') : text}${end < parts.length ? ' …' : ''}`;
}
