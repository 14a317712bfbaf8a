import type { ElementContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { h } from 'hastscript';
import { visit, SKIP } from 'unist-util-visit';

const urlPattern = /https?:\/\/[^\s<>"]+[^\s<>".,;:)]/g;

/** The styles print URLs as text: make each a link in a formatted entry's HTML, the text unchanged. */
export function linkUrls(html: string): string {
  const tree = fromHtml(html, { fragment: true });
  visit(tree, 'text', (node, index, parent) => {
    if (!parent || index === undefined || (parent.type === 'element' && parent.tagName === 'a')) return;
    const parts: ElementContent[] = [];
    let last = 0;
    for (const match of node.value.matchAll(urlPattern)) {
      if (match.index > last) parts.push({ type: 'text', value: node.value.slice(last, match.index) });
      parts.push(h('a', { href: match[0] }, match[0]));
      last = match.index + match[0].length;
    }
    if (parts.length === 0) return;
    if (last < node.value.length) parts.push({ type: 'text', value: node.value.slice(last) });
    parent.children.splice(index, 1, ...parts);
    return [SKIP, index + parts.length];
  });
  return toHtml(tree);
}
