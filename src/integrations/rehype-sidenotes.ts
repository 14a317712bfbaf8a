import type { Element, ElementContent, Root } from 'hast';
import { walkElements } from './hast-walk.ts';

/** Options of {@link rehypeSidenotes}; `clobberPrefix` must match the one given to remark-rehype. */
export interface SidenoteOptions {
  clobberPrefix?: string;
}

/**
 * Copies each note, inline, right after its first reference as
 * `<span class="sidenote" aria-hidden="true" data-pagefind-ignore>`, which CSS floats into the
 * margin on wide screens and hides elsewhere. No JavaScript: the notes list stays the real
 * notes (for screen readers, print and narrow screens); the copy is for the eye only, so its
 * links leave the tab order, and gzip makes the duplicate text nearly free.
 */
export function rehypeSidenotes(options: SidenoteOptions = {}) {
  const prefix = options.clobberPrefix ?? 'user-content-';

  return (tree: Root): void => {
    const notes = new Map<string, Element>();
    walkElements(tree, (element) => {
      const id = element.properties['id'];
      if (element.tagName === 'li' && typeof id === 'string' && id.startsWith(`${prefix}fn-`)) notes.set(id, element);
    });
    const done = new Set<string>();

    walkElements(tree, (element) => {
      if (element.tagName === 'section' && element.properties['dataFootnotes'] !== undefined) return false;
      // Which of this element's references get a copy: the first reference to each note, in order.
      const inserts: { after: Element; note: Element; label: string }[] = [];
      for (const child of element.children) {
        if (child.type !== 'element' || !isReference(child)) continue;
        const link = child.children.find((c): c is Element => c.type === 'element' && c.tagName === 'a')!;
        const noteId = String(link.properties['href']).slice(1);
        const note = notes.get(noteId);
        if (!note || done.has(noteId)) continue;
        done.add(noteId);
        inserts.push({ after: child, note, label: textOfLink(link) });
      }
      if (inserts.length === 0) return undefined;
      for (const { after, note, label } of inserts) {
        element.children.splice(element.children.indexOf(after) + 1, 0, sidenote(note, label));
      }
      return false;
    });
  };
}

function isReference(element: Element): boolean {
  return (
    element.tagName === 'sup' &&
    element.children.some((c) => c.type === 'element' && c.properties['dataFootnoteRef'] !== undefined)
  );
}

function textOfLink(link: Element): string {
  return link.children.map((c) => (c.type === 'text' ? c.value : '')).join('');
}

function sidenote(note: Element, label: string): Element {
  const paragraphs = note.children.filter((c): c is Element => c.type === 'element');
  const content: ElementContent[] = [];
  for (const [i, paragraph] of paragraphs.entries()) {
    if (i > 0) content.push({ type: 'text', value: ' ' });
    content.push(...inline(paragraph.tagName === 'p' ? paragraph.children : [paragraph]));
  }
  return {
    type: 'element',
    tagName: 'span',
    properties: { className: ['sidenote'], ariaHidden: 'true', dataPagefindIgnore: '' },
    children: [
      {
        type: 'element',
        tagName: 'span',
        properties: { className: ['sidenote-label'] },
        children: [{ type: 'text', value: label }],
      },
      { type: 'text', value: ' ' },
      ...trimEnd(content),
    ],
  };
}

/** A copy of phrasing content without ids, back links or tab stops. */
function inline(children: readonly ElementContent[]): ElementContent[] {
  return children.flatMap((child): ElementContent[] => {
    if (child.type !== 'element') return [structuredClone(child)];
    if (child.properties['dataFootnoteBackref'] !== undefined) return [];
    const { id: _id, ...properties } = child.properties;
    if (child.tagName === 'a') properties['tabIndex'] = -1;
    const tagName = child.tagName === 'p' || child.tagName === 'div' ? 'span' : child.tagName;
    return [{ ...child, tagName, properties, children: inline(child.children) }];
  });
}

function trimEnd(content: ElementContent[]): ElementContent[] {
  while (content.at(-1)?.type === 'text') {
    const last = content.at(-1) as { value: string };
    last.value = last.value.trimEnd();
    if (last.value !== '') break;
    content.pop();
  }
  return content;
}
