import type { Root } from 'hast';
import { h } from 'hastscript';

import { paragraphId } from '../contract/ids.ts';

// The id of paragraph `n` is made in the contract; re-exported for the plugin's callers.
export { paragraphId };

/**
 * Numbers the body paragraphs of a section (`id="p1"`, `p2`…) so that any paragraph can be linked,
 * cited, indexed and gathered on a theme page. Derived from the order of paragraphs in the
 * section, which the ingest fixes from the source: the same text always gets the same ids.
 * Notes keep their own ids (`user-content-fn-23`).
 *
 * Each paragraph is preceded by a "¶" link to itself, outside the paragraph (its text stays the
 * author's), which CSS floats into the left margin (so it moves nothing) and shows on hover, focus
 * and touch screens; the client script turns it into "copy link", "cite" and "quote".
 */
export function rehypeParagraphIds() {
  return (tree: Root): void => {
    let n = 0;
    const children: Root['children'] = [];
    for (const node of tree.children) {
      if (node.type !== 'element' || node.tagName !== 'p') {
        children.push(node);
        continue;
      }
      n += 1;
      node.properties['id'] = paragraphId(n);
      node.properties['dataParagraph'] = String(n);
      children.push(
        h(
          'a',
          {
            href: `#${paragraphId(n)}`,
            className: ['pilcrow'],
            ariaLabel: `Link to paragraph ${n}`,
            dataPagefindIgnore: '',
          },
          '¶',
        ),
        node,
      );
    }
    tree.children = children;
  };
}
