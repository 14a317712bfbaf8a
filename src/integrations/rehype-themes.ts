import { readFileSync } from 'node:fs';
import type { Element, ElementContent, Root } from 'hast';
import type { VFile } from 'vfile';
import { passagesOf } from '../lib/passages.ts';
import { compileThemes, parseThemes, themesOf, type Theme, type ThemeMatcher } from '../lib/themes.ts';

export interface RehypeThemesOptions {
  /** Path of themes.yaml. */
  readonly themesFile: string;
  /** Site base path, for links to theme pages (`/` or `/papers/x/`). */
  readonly base: string;
}

/**
 * Assigns themes to each body paragraph and note of a section at build time, from the rules of
 * content/themes.yaml applied to the passage's text as the ingest wrote it (the same function the
 * theme pages and the search index use): `data-themes="syria security"` on the element, and after
 * each paragraph a discreet line of links to its themes' pages.
 */
export function rehypeThemes(options: RehypeThemesOptions) {
  const themes = parseThemes(readFileSync(options.themesFile, 'utf8'));
  const matchers = compileThemes(themes);
  const byId = new Map(themes.map((t) => [t.id, t]));
  return (tree: Root, file: VFile): void => {
    // Only the paper's sections, whose MDX the ingest wrote, have passages to assign.
    if (typeof file.path !== 'string' || !file.path.endsWith('.mdx')) return;
    const assigned = themesByElementId(readFileSync(file.path, 'utf8'), matchers);
    const children: Root['children'] = [];
    for (const node of tree.children) {
      children.push(node);
      if (node.type !== 'element') continue;
      const id = typeof node.properties['id'] === 'string' ? node.properties['id'] : undefined;
      const found = id === undefined ? undefined : assigned.get(id);
      if (found && found.length > 0 && node.tagName === 'p') {
        node.properties['dataThemes'] = found.join(' ');
        children.push(
          themeLine(
            found.flatMap((t) => byId.get(t) ?? []),
            options.base,
          ),
        );
      }
      if (node.tagName === 'section') markNotes(node, assigned);
    }
    tree.children = children;
  };
}

/** Theme ids by the id each passage has on the page (`p3`, `user-content-fn-23`). */
export function themesByElementId(mdx: string, matchers: readonly ThemeMatcher[]): Map<string, string[]> {
  return new Map(passagesOf(mdx).map((p) => [p.id, themesOf(p.text, matchers)]));
}

function markNotes(node: Element, assigned: Map<string, string[]>): void {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    const id = child.properties['id'];
    const found = typeof id === 'string' ? assigned.get(id) : undefined;
    if (child.tagName === 'li' && found && found.length > 0) child.properties['dataThemes'] = found.join(' ');
    markNotes(child, assigned);
  }
}

function themeLine(themes: readonly Theme[], base: string): Element {
  const links: ElementContent[] = [];
  themes.forEach((theme, i) => {
    if (i > 0) links.push({ type: 'text', value: ' · ' });
    links.push({
      type: 'element',
      tagName: 'a',
      properties: { href: `${base}themes/${theme.id}/`, title: theme.name },
      children: [{ type: 'text', value: theme.label }],
    });
  });
  return {
    type: 'element',
    tagName: 'p',
    properties: { className: ['passage-themes'], dataPagefindIgnore: '' },
    children: [
      {
        type: 'element',
        tagName: 'span',
        properties: { className: ['passage-themes-label'] },
        children: [{ type: 'text', value: 'Themes: ' }],
      },
      ...links,
    ],
  };
}
