import type { Element, ElementContent, Root, Text } from 'hast';
import { h } from 'hastscript';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { mentionFinder, type GlossaryEntry } from '../lib/glossary.ts';
import { hasClass } from './has-class.ts';

/** Options of {@link rehypeGlossary}. */
export interface GlossaryOptions {
  entries: readonly GlossaryEntry[];
  /** The glossary page's URL, to which `#id` is appended (default `/glossary/`). */
  glossaryHref?: string;
  /** Prefix of the notes' ids, as given to remark-rehype (default `user-content-`). */
  clobberPrefix?: string;
}

/** Where an entry is first mentioned in a section: a paragraph (`p4`) or a note (`user-content-fn-23`). */
export interface GlossaryMention {
  id: string;
  anchor: string;
}

// Text inside these is never marked: links and note references already go somewhere, headings are titles.
const skipped = new Set(['a', 'sup', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'code', 'pre', 'script', 'style']);

/**
 * Marks the first mention of each glossary entry in a section — in reading order, the body
 * before the notes — as a link to its editors' note on the glossary page, and records the
 * mentions in the file's front matter (`glossaryMentions`) for the glossary page to list.
 */
export function rehypeGlossary(options: GlossaryOptions) {
  const find = mentionFinder(options.entries);
  const href = options.glossaryHref ?? '/glossary/';
  const notePrefix = `${options.clobberPrefix ?? 'user-content-'}fn-`;

  return (tree: Root, file: VFile): void => {
    const marked = new Map<string, string>();
    const markIn = (element: Element, anchor: string): void => {
      if (skipped.has(element.tagName) || hasClass(element, 'sidenote')) return;
      element.children = element.children.flatMap((child) => {
        if (child.type === 'text') return markText(child, anchor);
        if (child.type === 'element') markIn(child, anchor);
        return [child];
      });
    };
    const markText = (node: Text, anchor: string): ElementContent[] => {
      const fresh = find(node.value).filter(
        (m, i, all) => !marked.has(m.id) && all.findIndex((o) => o.id === m.id) === i,
      );
      if (fresh.length === 0) return [node];
      const out: ElementContent[] = [];
      let at = 0;
      for (const mention of fresh) {
        if (mention.start > at) out.push({ type: 'text', value: node.value.slice(at, mention.start) });
        out.push(
          h(
            'a',
            { href: `${href}#${mention.id}`, className: ['gloss'], dataGlossary: mention.id },
            node.value.slice(mention.start, mention.end),
          ),
        );
        marked.set(mention.id, anchor);
        at = mention.end;
      }
      if (at < node.value.length) out.push({ type: 'text', value: node.value.slice(at) });
      return out;
    };

    visit(tree, 'element', (element) => {
      const id = typeof element.properties['id'] === 'string' ? element.properties['id'] : '';
      if (element.tagName === 'p' && element.properties['dataParagraph'] !== undefined) {
        markIn(element, id);
        return SKIP;
      }
      if (element.tagName === 'li' && id.startsWith(notePrefix)) {
        markIn(element, id);
        return SKIP;
      }
      return skipped.has(element.tagName) ? SKIP : undefined;
    });

    const mentions: GlossaryMention[] = [...marked].map(([id, anchor]) => ({ id, anchor }));
    const data = file.data as { astro?: { frontmatter?: Record<string, unknown> } };
    data.astro ??= {};
    data.astro.frontmatter ??= {};
    data.astro.frontmatter['glossaryMentions'] = mentions;
  };
}
