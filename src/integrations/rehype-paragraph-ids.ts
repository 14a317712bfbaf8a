import type { Root } from 'hast';

/** The id of paragraph `n` (1-based) of a section's body: stable as long as the text's structure is. */
export function paragraphId(n: number): string {
  return `p${n}`;
}

/**
 * Numbers the body paragraphs of a section (`id="p1"`, `p2`…) so that any paragraph can be linked,
 * cited, indexed and gathered on a theme page. Derived from the order of paragraphs in the
 * section, which the ingest fixes from the source: the same text always gets the same ids.
 * Notes keep their own ids (`user-content-fn-23`).
 *
 * Each paragraph also ends with a "¶" link to itself, which CSS shows on hover and focus (in the
 * margin, so it moves nothing) and the client script turns into "copy link" and "cite".
 */
export function rehypeParagraphIds() {
  return (tree: Root): void => {
    let n = 0;
    for (const node of tree.children) {
      if (node.type !== 'element' || node.tagName !== 'p') continue;
      n += 1;
      node.properties['id'] = paragraphId(n);
      node.properties['dataParagraph'] = String(n);
      node.children.push({
        type: 'element',
        tagName: 'a',
        properties: {
          href: `#${paragraphId(n)}`,
          className: ['pilcrow'],
          ariaLabel: `Link to paragraph ${n}`,
          dataPagefindIgnore: '',
        },
        children: [{ type: 'text', value: '¶' }],
      });
    }
  };
}
