// Marks, in a page opened from a search result, the words searched (`?highlight=…`).
import { highlightTerms } from '../lib/search-query.ts';

const query = new URLSearchParams(location.search).get('highlight');
if (query) highlight(query);

/** Wraps each occurrence of the searched words in the page's text in `<mark class="search-hit">`. */
function highlight(query: string): void {
  const terms = highlightTerms(query);
  const root = document.querySelector('main');
  if (!root || terms.length === 0) return;
  const escaped = terms.map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+'));
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${escaped.join('|')})[\\p{L}\\p{N}]*`, 'giu');
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
    pattern.lastIndex = 0;
    if (!pattern.test(text)) continue;
    pattern.lastIndex = 0;
    const parts = document.createDocumentFragment();
    let last = 0;
    for (const m of text.matchAll(pattern)) {
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
}
