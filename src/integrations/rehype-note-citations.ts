import type { Element, ElementContent, Root, Text } from 'hast';
import { h } from 'hastscript';
import { SKIP, visit } from 'unist-util-visit';
import { visitParents } from 'unist-util-visit-parents';
import type { VFile } from 'vfile';
import { sectionOfNote, shortReference, sourceLabels } from '../citations/source-index.ts';
import type { CslItem, NoteCitation, NoteCitations, SectionNotes } from '../contract/index.ts';

/** Options of {@link rehypeNoteCitations}: the ingest's data and where the site lives. */
export interface NoteCitationsOptions {
  notes: readonly NoteCitations[];
  references: readonly CslItem[];
  sections: readonly SectionNotes[];
  /** The site's base path (Astro's `base`), for links to other pages; `/` by default. */
  base?: string;
  /** Must match the one given to remark-rehype. */
  clobberPrefix?: string;
}

/** A text node of a note's paragraph, where it starts in the note's text, and the link around it if any. */
interface Segment {
  node: Text;
  parent: Element;
  start: number;
  anchor: Element | undefined;
}

/** Phrasing content as hastscript takes it: text and elements. */
type Phrase = (string | Element)[];

const kindWords: Record<NoteCitation['kind'], string> = { full: '', ibid: 'Ibid.', 'op-cit': 'Op. cit.' };

/**
 * Decorate the notes without touching their words: every URL the paper prints becomes a
 * working link (to the normalised URL, the text as printed), and after the note's text an
 * editorial line, marked as such, links each source to its entry on the sources page and
 * resolves Ibid. / op. cit. to the source and the note that first cites it in full.
 */
export function rehypeNoteCitations(options: NoteCitationsOptions) {
  const prefix = options.clobberPrefix ?? 'user-content-';
  const base = (options.base ?? '/').replace(/\/*$/, '/');
  const notes = new Map(options.notes.map((n) => [n.number, n]));
  const references = new Map(options.references.map((r) => [r.id, r]));
  // Labels are made over every source, so that two works sharing a label get 2021a and 2021b.
  const labels = sourceLabels(options.references);
  const firstCited = new Map<string, number>();
  for (const n of options.notes)
    for (const c of n.citations) if (c.kind === 'full' && !firstCited.has(c.id)) firstCited.set(c.id, n.number);

  return (tree: Root, file?: VFile): void => {
    const items = footnoteItems(tree, `${prefix}fn-`);
    const onPage = new Set(items.map(([n]) => n));
    for (const [number, li] of items) {
      const note = notes.get(number);
      const paragraph = li.children.find((c): c is Element => c.type === 'element' && c.tagName === 'p');
      if (!note || !paragraph) continue;
      const problem = checkOffsets(note, noteText(paragraph));
      if (problem) {
        file?.message(`note ${number}: ${problem}; its links and sources are left out`, { source: 'note-citations' });
        continue;
      }
      // Right to left, so that the offsets of the links still to come stay valid.
      for (const link of [...note.links].sort((a, b) => b.start - a.start)) {
        const done = linkSpan(paragraph, link.start, link.end, link.url);
        if (!done) file?.message(`note ${number}: no single text run for ${link.url}`, { source: 'note-citations' });
      }
      const editorial = editorialLine(note, references, (first) =>
        onPage.has(first) ? `#${prefix}fn-${first}` : noteHref(first),
      );
      if (editorial) li.children.push({ type: 'text', value: '\n' }, editorial);
    }
  };

  function noteHref(n: number): string {
    const section = sectionOfNote(options.sections, n);
    return section ? `${base}${section.slug}/#${prefix}fn-${n}` : `#${prefix}fn-${n}`;
  }

  function sourceHref(id: string): string {
    return `${base}sources/#${encodeURIComponent(id)}`;
  }

  /** "→ Sources: A; Ibid. is B, first cited in note 9 (source entry)", or undefined for a note without citations. */
  function editorialLine(
    note: NoteCitations,
    refs: ReadonlyMap<string, CslItem>,
    firstHref: (n: number) => string,
  ): Element | undefined {
    const parts: Phrase[] = [];
    const firstLink = (n: number) => link(firstHref(n), `note ${n}`, `note ${n}, where it is first cited in full`);
    const entryLink = (id: string) =>
      // The accessible name starts with the visible words (WCAG 2.5.3).
      link(sourceHref(id), 'source entry', `source entry for ${labels.get(id)?.label ?? id}, in the list of sources`);
    for (const citation of note.citations) {
      const item = refs.get(citation.id);
      if (!item) continue;
      const label = labels.get(item.id)!;
      const likelier = citation.likelier ? refs.get(citation.likelier) : undefined;
      if (citation.kind === 'full') {
        parts.push([link(sourceHref(item.id), label.label, `${label.label}, in the list of sources`)]);
      } else if (citation.uncertain) {
        // The paper's Ibid. follows a source that has no such page: say so rather than guess.
        const reading: Phrase = likelier
          ? [
              '; more likely ',
              h('cite', {}, [shortReference(likelier, labels.get(likelier.id))]),
              ', first cited in ',
              firstLink(firstCited.get(likelier.id) ?? citation.firstNote),
              ' (',
              entryLink(likelier.id),
              ')',
            ]
          : [];
        parts.push([
          `${kindWords[citation.kind]}, ${citation.locator ?? ''}, is uncertain: it follows `,
          h('cite', {}, [shortReference(item, label)]),
          ' (',
          firstLink(citation.firstNote),
          ', ',
          entryLink(item.id),
          `), which has no ${citation.locator ?? 'such page'}`,
          ...reading,
        ]);
      } else {
        parts.push([
          `${kindWords[citation.kind]} refers to `,
          h('cite', {}, [shortReference(item, label)]),
          ', first cited in ',
          firstLink(citation.firstNote),
          ' (',
          entryLink(item.id),
          ')',
        ]);
      }
    }
    if (parts.length === 0) return undefined;
    const fullCount = note.citations.filter((c) => c.kind === 'full' && refs.has(c.id)).length;
    const children: (Phrase[number] | null)[] = [
      h('span', { className: ['note-sources-mark'], ariaHidden: 'true' }, '→ '),
      h('span', { className: ['visually-hidden'] }, 'Added by this edition. '),
      // "Source:" introduces full citations; a resolved Ibid. or op. cit. says what it refers to.
      fullCount > 0 ? (fullCount > 1 ? 'Sources: ' : 'Source: ') : null,
      ...parts.flatMap((part, i) => (i === 0 ? part : ['; ', ...part])),
    ];
    // Styled as the editors' voice in src/styles/reading.css (`.note-sources`).
    return h('p', { className: ['note-sources'], dataPagefindIgnore: '', title: 'Added by this edition' }, children);
  }
}

/** The notes of the page: `[number, <li>]` for each `<li id="…fn-N">` with a numeric label. */
function footnoteItems(tree: Root, idPrefix: string): [number, Element][] {
  const found: [number, Element][] = [];
  visit(tree, 'element', (element) => {
    const id = element.properties['id'];
    if (element.tagName !== 'li' || typeof id !== 'string' || !id.startsWith(idPrefix)) return;
    const label = id.slice(idPrefix.length);
    if (/^\d+$/.test(label)) found.push([Number(label), element]);
  });
  return found;
}

/** The text runs of a note's paragraph in reading order, the back links left out. */
function segments(paragraph: Element): Segment[] {
  const found: Segment[] = [];
  let offset = 0;
  visitParents(paragraph, (node, ancestors) => {
    if (node.type === 'element' && node.properties['dataFootnoteBackref'] !== undefined) return SKIP;
    if (node.type !== 'text') return undefined;
    // The nearest link around the text, the root left out: the runs of a link itself have no link around them.
    const elements = ancestors.filter((a): a is Element => a.type === 'element');
    const anchor = elements.slice(1).findLast((a) => a.tagName === 'a');
    found.push({ node, parent: elements.at(-1)!, start: offset, anchor });
    offset += node.value.length;
    return undefined;
  });
  return found;
}

function noteText(paragraph: Element): string {
  return segments(paragraph)
    .map((s) => s.node.value)
    .join('');
}

/** Why the ingest's offsets do not fit the rendered text, if they do not. */
function checkOffsets(note: NoteCitations, printed: string): string | undefined {
  for (const link of note.links) {
    // An address as printed: one word with a dot in it.
    if (!/^\S+\.\S+$/.test(printed.slice(link.start, link.end))) {
      return `the text at ${link.start}–${link.end} is not a URL`;
    }
  }
  for (const citation of note.citations) {
    if (citation.end > printed.length) return `citation ${citation.id} ends beyond the note`;
    if (citation.kind === 'ibid' && !/^ibid/i.test(printed.slice(citation.start, citation.end))) {
      return `the text at ${citation.start}–${citation.end} is not “Ibid.”`;
    }
  }
  return undefined;
}

/** Make the printed text at `start`–`end` a link to `url`; false when it is not one text run. */
function linkSpan(paragraph: Element, start: number, end: number, url: string): boolean {
  const inside = segments(paragraph).filter((s) => s.start < end && s.start + s.node.value.length > start);
  const anchor = inside[0]?.anchor;
  if (anchor && inside.every((s) => s.anchor === anchor)) {
    // GFM's autolink literal already linked it (with `http://` before a bare `www.`): fix the target only.
    const anchorText = segments(anchor)
      .map((s) => s.node.value)
      .join('');
    const printed = inside.map((s) => s.node.value).join('');
    if (anchorText !== printed) return false;
    anchor.properties['href'] = url;
    return true;
  }
  const [segment] = inside;
  if (inside.length !== 1 || !segment || segment.anchor) return false;
  const { node, parent } = segment;
  const from = start - segment.start;
  const to = end - segment.start;
  // A fragment: the text before, the link, the text after.
  const { children } = h(null, [
    from > 0 ? node.value.slice(0, from) : null,
    h('a', { href: url }, node.value.slice(from, to)),
    to < node.value.length ? node.value.slice(to) : null,
  ]);
  parent.children.splice(parent.children.indexOf(node), 1, ...(children as ElementContent[]));
  return true;
}

function link(href: string, label: string, ariaLabel: string): Element {
  return h('a', { href, className: ['note-sources-link'], ariaLabel }, label);
}
