/** The state of a search as it lives in the URL: `?q=…&theme=…&section=…`, shareable and bookmarkable. */
export interface SearchState {
  readonly q: string;
  readonly themes: readonly string[];
  readonly sections: readonly string[];
}

/** Reads a search from URL parameters; unknown values are kept (the page ignores what it cannot match). */
export function readSearchState(params: URLSearchParams): SearchState {
  return { q: (params.get('q') ?? '').trim(), themes: params.getAll('theme'), sections: params.getAll('section') };
}

/** Writes a search back into URL parameters (empty parts left out). */
export function searchParams(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.q !== '') params.set('q', state.q);
  for (const t of state.themes) params.append('theme', t);
  for (const s of state.sections) params.append('section', s);
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

/** A result URL with the query attached for highlighting, before its fragment: `/syria/?highlight=q#p3`. */
export function withHighlight(url: string, query: string): string {
  const [path, hash] = url.split('#', 2);
  const separator = (path ?? '').includes('?') ? '&' : '?';
  return `${path}${separator}highlight=${encodeURIComponent(query)}${hash ? `#${hash}` : ''}`;
}
