import { readFile } from 'node:fs/promises';
import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';
import { visit } from 'unist-util-visit';
import type { Element } from 'hast';
import { distDir } from './site.ts';

const pages = new Map<string, Map<string, string>>();

/** The text of the passage a result link leads to (`/syria/?highlight=…#p3`), read from the built page, not from the search. */
export async function passageText(href: string): Promise<string> {
  const url = new URL(href);
  const path = url.pathname.replace(/^\//, '');
  let ids = pages.get(path);
  if (!ids) {
    const tree = fromHtml(await readFile(`${distDir}${path}index.html`, 'utf8'));
    ids = new Map();
    const found = ids;
    visit(tree, 'element', (node: Element) => {
      const id = node.properties['id'];
      if (typeof id === 'string') found.set(id, toText(node));
    });
    pages.set(path, ids);
  }
  const text = ids.get(decodeURIComponent(url.hash.slice(1)));
  if (text === undefined) throw new Error(`${href}: no element with that id in dist/${path}index.html`);
  return text;
}

/** Lower case, accents folded, hyphens and dashes as spaces: how the tests compare a form with a passage. */
export function plain(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[-‐‑–—]/g, ' ')
    .replace(/\s+/g, ' ');
}
