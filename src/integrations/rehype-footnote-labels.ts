import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

/** Options of {@link rehypeFootnoteLabels}; `clobberPrefix` must match the one given to remark-rehype. */
export interface FootnoteLabelOptions {
  clobberPrefix?: string;
}

/**
 * Make GFM footnotes show the paper's own note numbers: GFM numbers them by order of
 * first reference, but readers cite "note 23", so the label wins everywhere — the
 * visible number, `<li value>`, and what a screen reader hears.
 */
export function rehypeFootnoteLabels(options: FootnoteLabelOptions = {}) {
  const prefix = options.clobberPrefix ?? 'user-content-';
  const refHref = `#${prefix}fn-`;
  const noteId = `${prefix}fn-`;
  const backHref = `#${prefix}fnref-`;

  return (tree: Root): void => {
    visit(tree, 'element', (element) => {
      const { properties } = element;
      const href = typeof properties['href'] === 'string' ? properties['href'] : '';
      const id = typeof properties['id'] === 'string' ? properties['id'] : '';

      if (element.tagName === 'a' && properties['dataFootnoteRef'] !== undefined && href.startsWith(refHref)) {
        const label = decodeURIComponent(href.slice(refHref.length));
        element.children = [{ type: 'text', value: label }];
        properties['ariaLabel'] = `Note ${label}`;
      } else if (element.tagName === 'li' && id.startsWith(noteId)) {
        const label = decodeURIComponent(id.slice(noteId.length));
        // <ol> would otherwise count 1, 2, 3… whatever the labels are.
        if (/^\d+$/.test(label)) properties['value'] = label;
        labelBackReferences(element, `${backHref}${encodeURIComponent(label)}`, label);
      }
    });
  };
}

/** Name each back link after the note's label; a note cited twice gets "(2)" on its second link. */
function labelBackReferences(note: Element, hrefStem: string, label: string): void {
  visit(note, 'element', (element) => {
    const href = element.properties['href'];
    if (element.properties['dataFootnoteBackref'] === undefined || typeof href !== 'string') return;
    if (!href.startsWith(hrefStem)) return;
    const occurrence = href.slice(hrefStem.length).replace(/^-/, '');
    element.properties['ariaLabel'] = `Back to reference ${label}${occurrence ? ` (${occurrence})` : ''}`;
  });
}
