import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { sep } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';
import { EXIT, visit } from 'unist-util-visit';
import type { Element } from 'hast';
import { paperSections } from '../../support/content.ts';

/** The built site that the browser tests check; `npm test` builds it before the e2e project. */
export const distDir = fileURLToPath(new URL('../../../dist/', import.meta.url));
const paperDir = fileURLToPath(new URL(`../../../${paperSections()}/`, import.meta.url));

/** Throw a helpful error when the site has not been built. */
export function assertBuilt(): void {
  if (!existsSync(`${distDir}index.html`)) {
    throw new Error('dist/index.html is missing: run `npx astro build` (or `npm run build`) before the e2e tests.');
  }
}

/** Every HTML page of the build as a site path: `/`, `/introduction/`, `/404.html`. */
export async function builtPages(): Promise<string[]> {
  const files = await readdir(distDir, { recursive: true });
  return files
    .filter((file) => file.endsWith('.html'))
    .map((file) => `/${file.split(sep).join('/')}`.replace(/(^|\/)index\.html$/, '$1'))
    .sort();
}

/** The section slugs, read from the content files the site was built from. */
export async function sectionSlugs(): Promise<string[]> {
  const files = (await readdir(paperDir)).filter((file) => file.endsWith('.mdx')).sort();
  return Promise.all(
    files.map(async (file) => {
      const text = await readFile(`${paperDir}${file}`, 'utf8');
      const slug = /^slug:\s*["']?([a-z0-9-]+)["']?\s*$/m.exec(text)?.[1];
      if (!slug) throw new Error(`${paperSections()}/${file} has no slug in its front matter`);
      return slug;
    }),
  );
}

/** The built page (site path) whose HTML contains `needle`, e.g. the page holding reference 23. */
export async function pageContaining(needle: string): Promise<string> {
  for (const page of await builtPages()) {
    const file = page.endsWith('/') ? `${page}index.html` : page;
    if ((await readFile(`${distDir}${file.slice(1)}`, 'utf8')).includes(needle)) return page;
  }
  throw new Error(`no page in dist/ contains ${needle}`);
}

/** A built page (site path ending in `/`) as a hast tree. */
async function builtTree(page: string) {
  return fromHtml(await readFile(`${distDir}${page.slice(1)}index.html`, 'utf8'));
}

/** The text of the first `h1` of a built page (site path), trimmed. */
export async function builtHeading(page: string): Promise<string> {
  const tree = await builtTree(page);
  let heading = '';
  visit(tree, 'element', (node: Element) => {
    if (node.tagName !== 'h1') return;
    heading = toText(node).trim();
    return EXIT;
  });
  if (!heading) throw new Error(`dist${page}index.html has no h1`);
  return heading;
}

/** The notes listed at the end of a built page (`section[data-footnotes] li`): id and length of their text. */
export async function builtNotes(page: string): Promise<{ id: string; chars: number }[]> {
  const notes: { id: string; chars: number }[] = [];
  visit(await builtTree(page), 'element', (section: Element) => {
    if (section.tagName !== 'section' || section.properties['dataFootnotes'] === undefined) return;
    visit(section, 'element', (li: Element) => {
      if (li.tagName !== 'li') return;
      let chars = 0;
      // Its textContent: every text node, shown or not.
      visit(li, 'text', (text) => {
        chars += text.value.length;
      });
      notes.push({ id: String(li.properties['id'] ?? ''), chars });
    });
  });
  return notes;
}
