// Marks, in a page opened from a search result, the words searched (`?highlight=…`), then brings
// the first hit of the target passage into view.
import { highlightTerms, markPattern } from '../lib/search-query.ts';

const query = new URLSearchParams(location.search).get('highlight');
if (query) highlight(query);

/** Wraps each occurrence of the searched words in the page's text in `<mark class="search-hit">`. */
function highlight(query: string): void {
  const terms = highlightTerms(query);
  const root = document.querySelector('main');
  if (!root || terms.length === 0) return;
  const pattern = markPattern(terms);
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      node.parentElement?.closest('script, style, mark, [aria-hidden="true"], nav, .passage-themes')
        ? NodeFilter.FILTER_REJECT
        : NodeFilter.FILTER_ACCEPT,
  });
  const nodes: Text[] = [];
  while (walker.nextNode()) nodes.push(walker.currentNode as Text);
  for (const node of nodes) {
    const text = node.data;
    const matches = [...text.matchAll(pattern)];
    if (matches.length === 0) continue;
    const parts = document.createDocumentFragment();
    let last = 0;
    for (const m of matches) {
      parts.append(text.slice(last, m.index));
      const mark = document.createElement('mark');
      mark.className = 'search-hit';
      mark.textContent = m[0];
      parts.append(mark);
      last = m.index + m[0].length;
    }
    parts.append(text.slice(last));
    node.replaceWith(parts);
  }
  revealFirstHit();
}

/** The fragment scrolls the passage's top into view; a long passage may still hide its first hit below the fold. */
function revealFirstHit(): void {
  const target = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
  const hit = (target ?? document).querySelector<HTMLElement>('mark.search-hit');
  if (!hit) return;
  const box = hit.getBoundingClientRect();
  if (box.top < 0 || box.bottom > innerHeight) hit.scrollIntoView({ block: 'center' });
}
