import { readFileSync } from 'node:fs';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';
import type { Browser } from 'playwright-core';
import { visit } from 'unist-util-visit';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readSections } from '../support/paper-output.ts';
import { launchBrowser } from './support/browser.ts';
import { distDir } from './support/site.ts';
import { pageUrl, sectionPath } from './support/paths.ts';

// The generated MDX, read back independently of the site: what the author wrote, character for character.
const sections = readSections('content/papers/russia-iran-partnership/generated');
const slugOf = (section: (typeof sections)[number]) => String(section.frontMatter['slug']);
const refs = (text: string) => text.replace(/\[\^(\d+)\]/g, '$1');

const has = (element: Element, name: string) => {
  const value = element.properties['className'];
  return Array.isArray(value) && value.includes(name);
};
/** The text of `element` less what the edition adds (back links, "sources" lines, sidenote labels). */
function ownText(element: Element): string {
  const copy = structuredClone(element);
  visit(copy, 'element', (node, index, parent) => {
    const added =
      node.properties['dataFootnoteBackref'] !== undefined ||
      has(node, 'note-sources') ||
      has(node, 'sidenote-label') ||
      has(node, 'sidenote-more');
    if (added && parent && index !== undefined) {
      parent.children.splice(index, 1);
      return index;
    }
    return undefined;
  });
  return toText(copy, { whitespace: 'pre' }).replace(/\s+/g, ' ').trim();
}

function built(slug: string): Root {
  return fromHtml(readFileSync(`${distDir}${sectionPath(slug).slice(1)}index.html`, 'utf8'));
}

function elements(tree: Root, test: (element: Element) => boolean): Element[] {
  const found: Element[] = [];
  visit(tree, 'element', (node) => {
    if (test(node)) found.push(node);
  });
  return found;
}

describe.each(sections.map((s) => [slugOf(s), s] as const))('/%s/ in the build', (slug, section) => {
  const tree = built(slug);

  test('each paragraph’s text is the author’s words and note numbers, nothing else', () => {
    const paragraphs = elements(tree, (e) => e.tagName === 'p' && e.properties['dataParagraph'] !== undefined);
    // textContent, not a cleaned copy: nothing of the edition may sit inside a paragraph.
    expect(paragraphs.map((p) => toText(p, { whitespace: 'pre' }))).toEqual(section.paragraphs.map(refs));
  });

  test('each note, in the notes list and in the margin, is the author’s text', () => {
    // (A note missing from the source is the ingest's placeholder, in italics: `_…_`.)
    const notes = section.notes.map((n) => n.text.replace(/^_(.*)_$/, '$1'));
    const listed = elements(tree, (e) => e.tagName === 'li' && String(e.properties['id']).includes('fn-'));
    expect(listed.map(ownText)).toEqual(notes);
    const margin = elements(tree, (e) => e.tagName === 'div' && has(e, 'sidenote'));
    expect(margin.map(ownText)).toEqual(notes);
  });
});

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser.close());

test('selecting a paragraph and copying it gives the author’s words, on a wide screen', async () => {
  const section = [...sections].sort((a, b) => b.notes.length - a.notes.length)[0]!;
  const n = section.paragraphs.findIndex((p) => p.includes('[^')) + 1;
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  try {
    const page = await context.newPage();
    await page.goto(pageUrl(sectionPath(slugOf(section))));
    const paragraph = page.locator(`#p${n}`);
    // The margin notes are on screen, beside the very paragraph being copied.
    expect(await page.locator('.sidenote').first().isVisible()).toBe(true);
    // A reader's selection from the paragraph's first character to its last, then Ctrl+C.
    await paragraph.evaluate((p) => {
      const range = document.createRange();
      range.selectNodeContents(p);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
    });
    const selected = await page.evaluate(() => getSelection()!.toString());
    await page.keyboard.press('Control+c');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    const expected = refs(section.paragraphs[n - 1]!);
    expect(selected).toBe(expected);
    expect(copied).toBe(expected);
  } finally {
    await context.close();
  }
});
