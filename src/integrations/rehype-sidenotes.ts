import type { Element, ElementContent, Root, RootContent } from 'hast';
import { toText } from 'hast-util-to-text';
import { h } from 'hastscript';
import { SKIP, visit } from 'unist-util-visit';

/** Options of {@link rehypeSidenotes}; `clobberPrefix` must match the one given to remark-rehype. */
export interface SidenoteOptions {
  clobberPrefix?: string;
  /** A note longer than this (characters) is shortened in the margin, the rest one click away. */
  shortenAfter?: number;
}

/**
 * Copies each note, for the eye only, into an `<aside class="sidenotes" aria-hidden="true">` placed
 * right before the paragraph holding its first reference: never inside the paragraph, so the
 * paragraph's text stays the author's words and note numbers only. CSS floats the copies into the
 * margin on wide screens (hidden elsewhere); src/scripts/sidenotes.ts then sets each one level with
 * its reference. The notes list stays the real notes (screen readers, print, narrow screens). A
 * long note is shortened in the margin, with a link to its whole text in the notes list.
 */
export function rehypeSidenotes(options: SidenoteOptions = {}) {
  const prefix = options.clobberPrefix ?? 'user-content-';
  const shortenAfter = options.shortenAfter ?? 100;

  return (tree: Root): void => {
    const notes = new Map<string, Element>();
    visit(tree, 'element', (element) => {
      const id = element.properties['id'];
      if (element.tagName === 'li' && typeof id === 'string' && id.startsWith(`${prefix}fn-`)) notes.set(id, element);
    });
    const done = new Set<string>();
    const children: RootContent[] = [];
    for (const block of tree.children) {
      if (block.type === 'element' && block.properties['dataFootnotes'] === undefined) {
        const copies = firstReferences(block, done).flatMap(({ noteId, label }) => {
          const note = notes.get(noteId);
          return note ? [sidenote(note, noteId, label, shortenAfter)] : [];
        });
        if (copies.length > 0)
          children.push(h('aside.sidenotes', { ariaHidden: 'true', dataPagefindIgnore: '' }, copies));
      }
      children.push(block);
    }
    tree.children = children;
  };
}

/** The references in `block` that are the first to their note, in order; marks them done. */
function firstReferences(block: Element, done: Set<string>): { noteId: string; label: string }[] {
  const found: { noteId: string; label: string }[] = [];
  visit(block, 'element', (element) => {
    if (element.tagName !== 'a' || element.properties['dataFootnoteRef'] === undefined) return undefined;
    const noteId = String(element.properties['href']).slice(1);
    if (!done.has(noteId)) found.push({ noteId, label: toText(element, { whitespace: 'pre' }) });
    done.add(noteId);
    return SKIP;
  });
  return found;
}

function sidenote(note: Element, noteId: string, label: string, shortenAfter: number): Element {
  const paragraphs = note.children.filter((c): c is Element => c.type === 'element');
  const content: ElementContent[] = [];
  for (const [i, paragraph] of paragraphs.entries()) {
    if (i > 0) content.push({ type: 'text', value: ' ' });
    // The note's own paragraphs are unwrapped; the edition's lines (`p.note-sources`) keep their class.
    const own = paragraph.tagName === 'p' && paragraph.properties['className'] === undefined;
    content.push(...inline(own ? paragraph.children : [paragraph]));
  }
  const text = trimEnd(content);
  const long = toText(h('span', text), { whitespace: 'pre' }).length > shortenAfter;
  return h(`div.sidenote${long ? '.long' : ''}`, { dataNote: noteId }, [
    h('div.sidenote-text', [h('span.sidenote-label', label), ' ', ...text]),
    // Without JavaScript the rest is in the notes list; with it, the note opens in place.
    ...(long ? [h('a.sidenote-more', { href: `#${noteId}`, tabIndex: -1 }, '… more')] : []),
  ]);
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
