import type { Root } from 'hast';
import { toText } from 'hast-util-to-text';
import { SKIP, visit } from 'unist-util-visit';

const bare = (url: string) =>
  url
    .replace(/^https?:\/\//, '')
    .replace(/^www\./, '')
    .replace(/\/$/, '');

/**
 * Marks external links whose text is not already their address with `data-print-url`, so that a
 * printout shows the URL after them (`a[data-print-url]::after` in the print styles). Autolinked
 * addresses ("www.tehrantimes.com") print as they are.
 */
export function rehypePrintUrls() {
  return (tree: Root): void => {
    visit(tree, 'element', (element) => {
      const href = element.properties['href'];
      if (element.tagName !== 'a' || typeof href !== 'string' || !/^https?:\/\//.test(href)) return;
      if (bare(toText(element, { whitespace: 'pre' }).trim()) !== bare(href)) element.properties['dataPrintUrl'] = '';
      return SKIP;
    });
  };
}
