import type { Element, Root } from 'hast';
import { h } from 'hastscript';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { passagesOf } from '../lib/passages.ts';
import { compileThemes, themesOf, type Theme, type ThemeMatcher } from '../lib/themes.ts';

export interface RehypeThemesOptions {
  /** The themes (content/themes.yaml, parsed and validated). */
  readonly themes: readonly Theme[];
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
  const matchers = compileThemes(options.themes);
  const byId = new Map(options.themes.map((t) => [t.id, t]));
  return (tree: Root, file: VFile): void => {
    // Only the paper's sections, whose MDX the ingest wrote, have passages to assign.
    if (typeof file.path !== 'string' || !file.path.endsWith('.mdx')) return;
    // The MDX being compiled, as Astro hands it over (front matter blanked out): never reread from disk.
    const assigned = themesByElementId(String(file.value), matchers);
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
  visit(node, 'element', (child) => {
    const id = child.properties['id'];
    const found = typeof id === 'string' ? assigned.get(id) : undefined;
    if (child.tagName === 'li' && found && found.length > 0) child.properties['dataThemes'] = found.join(' ');
  });
}

function themeLine(themes: readonly Theme[], base: string): Element {
  const links = themes.flatMap((theme, i) => [
    ...(i > 0 ? [' · '] : []),
    h('a', { href: `${base}themes/${theme.id}/`, title: theme.name }, theme.label),
  ]);
  return h('p.passage-themes', { dataPagefindIgnore: '' }, [h('span.passage-themes-label', 'Themes: '), ...links]);
}
