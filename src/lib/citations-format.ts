import type { Element, ElementContent, Root, RootContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import rehypeCitation from 'rehype-citation';
import { unified } from 'unified';

/** Options of {@link formatBibliography}: a CSL-JSON file (relative to the project root) and a built-in style. */
export interface BibliographyOptions {
  bibliography: string;
  /** One of rehype-citation's built-in styles, which need nothing from the network. */
  csl: 'apa' | 'chicago' | 'harvard1' | 'mla' | 'vancouver';
  lang?: string;
}

/** One formatted entry of the bibliography. */
export interface FormattedEntry {
  id: string;
  /** The entry's HTML, its printed URL made a link. */
  html: string;
}

/**
 * Every item of a CSL-JSON file formatted by rehype-citation, in the style's own order. rehype-citation
 * works on a document: we give it one holding only the `[^ref]` marker and `noCite: ['@*']`, so
 * the whole bibliography lands there, then take its entries apart.
 */
export async function formatBibliography(options: BibliographyOptions): Promise<FormattedEntry[]> {
  const marker: Root = {
    type: 'root',
    children: [{ type: 'element', tagName: 'p', properties: {}, children: [{ type: 'text', value: '[^ref]' }] }],
  };
  const processor = unified().use(rehypeCitation, {
    bibliography: options.bibliography,
    csl: options.csl,
    lang: options.lang ?? 'en-US',
    noCite: ['@*'],
  });
  const tree = await processor.run(marker);
  const entries: FormattedEntry[] = [];
  const visit = (node: Root | RootContent): void => {
    if (node.type === 'element' && hasClass(node, 'csl-entry')) {
      const id = String(node.properties['id'] ?? '').replace(/^bib-/, '');
      entries.push({ id, html: toHtml(linkUrls(node.children)) });
      return;
    }
    if ('children' in node) for (const child of node.children) visit(child);
  };
  visit(tree);
  if (entries.length === 0) throw new Error(`rehype-citation formatted no entry from ${options.bibliography}`);
  return entries;
}

function hasClass(element: Element, name: string): boolean {
  const className = element.properties['className'];
  return Array.isArray(className) && className.includes(name);
}

const urlPattern = /https?:\/\/[^\s<>"]+[^\s<>".,;:)]/g;

/** The styles print URLs as text: make each a link, the text unchanged. */
function linkUrls(children: readonly ElementContent[]): ElementContent[] {
  return children.flatMap((child): ElementContent[] => {
    if (child.type === 'element') return [{ ...child, children: linkUrls(child.children) }];
    if (child.type !== 'text') return [child];
    const parts: ElementContent[] = [];
    let last = 0;
    for (const match of child.value.matchAll(urlPattern)) {
      if (match.index > last) parts.push({ type: 'text', value: child.value.slice(last, match.index) });
      parts.push({
        type: 'element',
        tagName: 'a',
        properties: { href: match[0] },
        children: [{ type: 'text', value: match[0] }],
      });
      last = match.index + match[0].length;
    }
    if (last < child.value.length) parts.push({ type: 'text', value: child.value.slice(last) });
    return parts;
  });
}
