/**
 * The site reads a paper's data and the editors' glossary and themes only through the content collections
 * (src/content.config.ts, fed to pages by src/lib/paper-data.ts and src/lib/editorial-entries.ts). The one
 * exception Astro forces: the Markdown processor runs before the content layer exists, so its data modules
 * (src/citations/data.ts, src/lib/editorial-data.ts) read the same files through Vite, for it alone (and for the
 * editorial-files integration, which stops the build on a broken editors' file before anything compiles).
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
const importsOf = (target: string) => (f: string) => imports(f).some((s) => join(dirname(f), s) === target);
/** The Markdown processor's data modules, and all that may import them. */
const PROCESSOR_DATA = ['src/citations/data.ts', 'src/lib/editorial-data.ts'];
const PROCESSOR = ['src/integrations/editorial-files.ts', 'src/integrations/markdown-options.ts'];

describe('pages and components read the papers only through the collections', () => {
  test('the file list is the site’s code', () => {
    expect(files).toContain('src/lib/paper-data.ts');
    expect(files.some((f) => f.endsWith('.astro'))).toBe(true);
  });

  test('only the Markdown processor’s data modules read content files through Vite (import.meta.glob)', () => {
    expect(matching((f) => text.get(f)!.includes('import.meta.glob'))).toEqual(PROCESSOR_DATA);
  });

  test.each(PROCESSOR_DATA)('only the Markdown processor (and the editors’ files check) imports %s', (data) => {
    const allowed = data === 'src/citations/data.ts' ? ['src/integrations/markdown-options.ts'] : PROCESSOR;
    expect(matching(importsOf(data))).toEqual(allowed);
  });

  test('no page, layout, component or endpoint reaches the processor’s data, directly or through another module', () => {
    /** Every module of src/ that `file` loads, following relative imports. */
    const reached = (file: string, seen = new Set<string>()): Set<string> => {
      for (const s of imports(file).filter((s) => s.startsWith('.'))) {
        const target = join(dirname(file), s);
        if (text.has(target) && !seen.has(target)) reached(target, seen.add(target));
      }
      return seen;
    };
    const site = (f: string) => /^src\/(pages|layouts|components)\//.test(f);
    expect(matching((f) => site(f) && PROCESSOR_DATA.some((m) => reached(f).has(m)))).toEqual([]);
  });

  test('no page, layout or component imports a paper file or reads the disk', () => {
    const site = (f: string) => /^src\/(pages|layouts|components)\//.test(f);
    expect(
      matching((f) => site(f) && imports(f).some((s) => s.includes('content/papers') || s.startsWith('node:fs'))),
    ).toEqual([]);
  });
});
