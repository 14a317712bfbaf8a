/**
 * Node only, over dist/: the search index is built from records the build derives once from the
 * content collections (src/pages/search/records.json.ts). It holds one page per paragraph and note of
 * every paper (counted here from the generated MDX, independently of the build), and the records file
 * is gone from dist/ once indexed: not served, not in the sitemap, not cached by the service worker.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { listPaperFolders } from '../../scripts/ingest/paper-folders.ts';
import { passagesOf } from '../../src/lib/passages.ts';
import { SEARCH_RECORDS_FILE } from '../../src/integrations/search-records.ts';
import { distDir } from '../e2e/support/site.ts';

const read = (path: string): string => readFileSync(join(distDir, path), 'utf8');

test('the index holds one page per paragraph and note of every paper', () => {
  const passages = listPaperFolders().flatMap((paper) =>
    readdirSync(paper.generated)
      .filter((f) => f.endsWith('.mdx'))
      .flatMap((f) => passagesOf(readFileSync(join(paper.generated, f), 'utf8'))),
  );
  expect(passages.length).toBeGreaterThan(100);
  const entry = JSON.parse(read('pagefind/pagefind-entry.json')) as {
    languages: Record<string, { page_count: number }>;
  };
  const pages = Object.values(entry.languages).reduce((sum, l) => sum + l.page_count, 0);
  expect(pages).toBe(passages.length);
});

test('the records the index was built from are neither served, listed in the sitemap nor cached offline', () => {
  expect(existsSync(join(distDir, SEARCH_RECORDS_FILE))).toBe(false);
  const name = SEARCH_RECORDS_FILE.split('/').at(-1)!;
  expect(read('sw.js')).toContain('vocabulary.json');
  expect(read('sw.js')).not.toContain(name);
  const sitemaps = readdirSync(distDir).filter((f) => f.startsWith('sitemap'));
  expect(sitemaps.length).toBeGreaterThan(0);
  for (const f of sitemaps) expect(read(f)).not.toContain(name);
});
