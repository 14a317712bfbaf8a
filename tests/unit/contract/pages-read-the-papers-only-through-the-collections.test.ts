/**
 * The site reads a paper's data only through the content collections (src/content.config.ts, fed to pages by
 * src/lib/paper-data.ts). The one exception Astro forces: the Markdown processor runs before the content layer
 * exists, so src/citations/data.ts reads the same files through Vite, for it alone.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, test } from 'vitest';

const files = readdirSync('src', { recursive: true, encoding: 'utf8' })
  .filter((f) => /\.(ts|mjs|astro)$/.test(f))
  .map((f) => join('src', f))
  .sort();
const text = new Map(files.map((f) => [f, readFileSync(f, 'utf8')]));
/** The module specifiers a file imports (static imports and re-exports). */
const imports = (file: string) =>
  [...text.get(file)!.matchAll(/^\s*(?:import|export)\b[^'"]*?from\s+['"]([^'"]+)['"]/gm)].map((m) => m[1]!);
const matching = (test: (file: string) => boolean) => files.filter(test);

describe('pages and components read the papers only through the collections', () => {
  test('the file list is the site’s code', () => {
    expect(files).toContain('src/lib/paper-data.ts');
    expect(files.some((f) => f.endsWith('.astro'))).toBe(true);
  });

  test('only src/citations/data.ts reads content files through Vite (import.meta.glob)', () => {
    expect(matching((f) => text.get(f)!.includes('import.meta.glob'))).toEqual(['src/citations/data.ts']);
  });

  test('only the Markdown processor imports src/citations/data.ts', () => {
    const importsData = (f: string) => imports(f).some((s) => join(dirname(f), s) === 'src/citations/data.ts');
    expect(matching(importsData)).toEqual(['src/integrations/markdown-options.ts']);
  });

  test('no page, layout or component imports a paper file or reads the disk', () => {
    const site = (f: string) => /^src\/(pages|layouts|components)\//.test(f);
    expect(
      matching((f) => site(f) && imports(f).some((s) => s.includes('content/papers') || s.startsWith('node:fs'))),
    ).toEqual([]);
  });
});
