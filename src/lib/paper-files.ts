import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { SectionSource } from './theme-passages.ts';

/** The sections as generated MDX files on disk, for build steps that run outside Astro's content layer. */
export function readSectionSources(dir = 'content/papers/russia-iran-partnership/generated'): SectionSource[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .sort()
    .map((f) => {
      const mdx = readFileSync(join(dir, f), 'utf8');
      const front = /^---\n([\s\S]*?)\n---\n/.exec(mdx);
      const data = (front ? parse(front[1]!) : {}) as { slug?: unknown; title?: unknown; order?: unknown };
      if (typeof data.slug !== 'string' || typeof data.title !== 'string' || typeof data.order !== 'number') {
        throw new Error(`${join(dir, f)}: front matter lacks slug, title or order`);
      }
      return { slug: data.slug, title: data.title, order: data.order, mdx };
    });
}
