import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { SectionSource } from './theme-passages.ts';

/** The sections as generated MDX files on disk, for build steps that run outside Astro's content layer. */
export function readSectionSources(dir: string): SectionSource[] {
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

/** The papers of content/papers/ that have ingest output, by folder name, with their title from paper.yaml. */
export function readPaperFolders(root = 'content/papers'): { id: string; title: string; generated: string }[] {
  return readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(root, d.name, 'generated')))
    .map((d) => {
      const meta = parse(readFileSync(join(root, d.name, 'paper.yaml'), 'utf8')) as { title?: unknown };
      if (typeof meta.title !== 'string') throw new Error(`${join(root, d.name, 'paper.yaml')}: no title`);
      return { id: d.name, title: meta.title, generated: join(root, d.name, 'generated') };
    })
    .sort((a, b) => a.id.localeCompare(b.id));
}
