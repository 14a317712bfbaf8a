import type { Element, Root } from 'hast';
import { h } from 'hastscript';
import { hasClass } from './has-class.ts';

/**
 * Takes the theme line that rehypeThemes puts after each paragraph out of the reading flow and
 * gathers the lines at the end of the section's text (before the notes), one item per paragraph
 * with a link back to it: reachable without JavaScript, never between two of the author's
 * paragraphs. The "¶" menu (src/scripts/paragraph-links.ts) shows a paragraph's item with it.
 */
export function rehypeThemeMarks() {
  return (tree: Root): void => {
    const items: Element[] = [];
    let paragraph: Element | undefined;
    tree.children = tree.children.filter((node) => {
      if (node.type !== 'element') return true;
      if (node.tagName === 'p' && node.properties['dataParagraph'] !== undefined) paragraph = node;
      if (!hasClass(node, 'passage-themes') || !paragraph) return true;
      const id = String(paragraph.properties['id']);
      const n = String(paragraph.properties['dataParagraph']);
      const links = node.children.filter((c) => !(c.type === 'element' && hasClass(c, 'passage-themes-label')));
      items.push(
        h('li', { dataFor: id }, [h('a', { href: `#${id}`, ariaLabel: `Paragraph ${n}` }, `¶ ${n}`), ': ', ...links]),
      );
      return false;
    });
    if (items.length === 0) return;
    const block = h('div.section-themes', { dataPagefindIgnore: '' }, [
      h('p.section-themes-title', 'Themes of this section'),
      h('ul', items),
    ]);
    const notes = tree.children.findIndex((n) => n.type === 'element' && n.properties['dataFootnotes'] !== undefined);
    tree.children.splice(notes === -1 ? tree.children.length : notes, 0, block);
  };
}
