/**
 * Issue 10's measure of a page's weight, read from the built files (no browser): the HTML, CSS
 * and JavaScript a first visit fetches, each gzipped on its own as a host sends it, against the
 * gzipped `innerText` of the page's `<main>` as a reader sees it on a wide screen with scripts on.
 * Used by tests/e2e/a-section-page-stays-within-its-byte-budget.test.ts and by `npm run bench`.
 *
 * What a first visit fetches: the document, every `<link rel="stylesheet">` (a print stylesheet
 * too: the browser requests it), every `<script src>` and `<link rel="modulepreload">`, and the
 * modules these import statically, and on a page with margin notes the margin-notes bundle, which
 * src/scripts/reader.ts adds at load on a wide screen (the measure's 1440 px; checked in Chromium
 * at 1280 px). Scripts that load on a reader's gesture are not a first visit's. Fonts: none may
 * be linked (asserted by the test).
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';
import { SKIP, visit } from 'unist-util-visit';
import { gzipSize } from './page-weight.ts';

/** One file of a first visit. */
export interface FirstVisitFile {
  /** Its path on the site. */
  path: string;
  kind: 'html' | 'css' | 'js';
  gzipBytes: number;
}

export interface FirstVisitWeight {
  files: FirstVisitFile[];
  /** HTML + CSS + JS, each gzipped on its own. */
  gzipBytes: number;
  /** The gzipped innerText of `<main>` and its length in characters. */
  text: { chars: number; gzipBytes: number };
  /** gzipBytes / text.gzipBytes: issue 10's goal is at most 4. */
  ratio: number;
  /** Font files the stylesheets would fetch (the site uses system fonts: none). */
  fonts: string[];
}

const classes = (node: Element): string[] => {
  const value = node.properties['className'];
  return Array.isArray(value) ? value.map(String) : [];
};

/**
 * What the browser does not render on a wide screen (1440 px) with scripts on, beyond what
 * hast-util-to-text already leaves out (`hidden`, `<template>`, `<script>`…): the print-only
 * blocks (display: none on screen) and the inside of a closed `<details>` but its summary.
 */
function notRendered(node: Element): boolean {
  return classes(node).includes('print-only');
}

/** The text of `<main>` as `innerText` gives it on a wide screen. */
export function mainInnerText(html: string): string {
  const tree: Root = fromHtml(html);
  let main: Element | undefined;
  visit(tree, 'element', (node) => {
    if (node.tagName !== 'main') return undefined;
    main = node;
    return SKIP;
  });
  if (!main) throw new Error('the page has no <main>');
  visit(main, 'element', (node, index, parent) => {
    if (parent && index !== undefined && notRendered(node)) {
      parent.children.splice(index, 1);
      return index;
    }
    if (node.tagName === 'details' && node.properties['open'] === undefined)
      node.children = node.children.filter((child) => child.type === 'element' && child.tagName === 'summary');
    return undefined;
  });
  return toText(main);
}

/** Static `import` specifiers of a built module (Vite writes them as `import … from "./x.js"` or `import "./x.js"`). */
function staticImports(js: string): string[] {
  return [...js.matchAll(/\bimport\s*(?:[\w${}\s,*]+?\s*from\s*)?["']([^"']+)["']/g)].map((m) => m[1]!);
}

/** The file in `distDir` that a site path names, with or without the site's base. */
function fileOf(distDir: string, path: string): string {
  const direct = `${distDir}${path.replace(/^\//, '')}`;
  if (existsSync(direct)) return direct;
  const unbased = `${distDir}${path.replace(/^\/[^/]+\//, '')}`;
  if (existsSync(unbased)) return unbased;
  throw new Error(`${path}: linked from a page but not in ${distDir}`);
}

/** The first visit to `pagePath` (`/introduction/`), read from the build in `distDir`. */
export async function firstVisitWeight(distDir: string, pagePath: string): Promise<FirstVisitWeight> {
  const origin = 'http://site.invalid';
  const pageUrl = new URL(pagePath, origin);
  const htmlFile = fileOf(distDir, pageUrl.pathname.endsWith('/') ? `${pageUrl.pathname}index.html` : pageUrl.pathname);
  const html = await readFile(htmlFile, 'utf8');
  const files: FirstVisitFile[] = [{ path: pageUrl.pathname, kind: 'html', gzipBytes: gzipSize(html) }];
  const seen = new Set<string>();
  const hasMarginNotes = /class="sidenote[\s"]/.test(html);
  const fonts: string[] = [];
  const add = async (href: string, base: URL, kind: 'css' | 'js'): Promise<void> => {
    const url = new URL(href, base);
    if (url.origin !== origin) throw new Error(`${pagePath}: a first visit fetches ${href} from another origin`);
    if (seen.has(url.pathname)) return;
    seen.add(url.pathname);
    const body = await readFile(fileOf(distDir, url.pathname), 'utf8');
    files.push({ path: url.pathname, kind, gzipBytes: gzipSize(body) });
    if (kind === 'css') fonts.push(...[...body.matchAll(/url\(["']?([^"')]+\.(?:woff2?|ttf|otf))/g)].map((m) => m[1]!));
    if (kind === 'js') for (const spec of staticImports(body)) await add(spec, url, 'js');
    if (kind === 'js' && hasMarginNotes)
      for (const [bundle] of body.matchAll(/[\w/.-]*margin-notes[\w.-]*\.js/g)) await add(bundle, url, 'js');
  };
  const tree = fromHtml(html);
  const links: { href: string; kind: 'css' | 'js' }[] = [];
  visit(tree, 'element', (node) => {
    const rel = (node.properties['rel'] as string[] | undefined) ?? [];
    const href = node.properties['href'];
    const src = node.properties['src'];
    if (node.tagName === 'link' && rel.includes('stylesheet') && typeof href === 'string')
      links.push({ href, kind: 'css' });
    if (node.tagName === 'link' && rel.includes('modulepreload') && typeof href === 'string')
      links.push({ href, kind: 'js' });
    if (node.tagName === 'script' && typeof src === 'string') links.push({ href: src, kind: 'js' });
  });
  for (const link of links) await add(link.href, pageUrl, link.kind);
  const text = mainInnerText(html);
  const textGzip = gzipSize(text);
  const gzipBytes = files.reduce((sum, f) => sum + f.gzipBytes, 0);
  return {
    files,
    gzipBytes,
    text: { chars: text.length, gzipBytes: textGzip },
    ratio: Math.round((gzipBytes / textGzip) * 100) / 100,
    fonts,
  };
}
