/**
 * A first visit to each page type and to every section, by kind of file, against its own text:
 * issue 10's measure, the same as the byte-budget test's (tests/support/first-visit-weight.ts),
 * read from dist/.
 */
import { firstVisitWeight } from '../../tests/support/first-visit-weight.ts';

export interface Weight {
  readonly html: number;
  readonly css: number;
  readonly js: number;
  readonly total: number;
  /** Files a first visit fetches (HTML, CSS, JS). */
  readonly files: number;
  /** Gzipped bytes of the innerText of <main>. */
  readonly text: number;
  /** (HTML + CSS + JS) / text: the goal for a section is at most 4. */
  readonly ratio: number;
}

/** The first visit to `path` (`/introduction/`) of the build in `distDir`. */
export async function measurePage(distDir: string, path: string): Promise<Weight> {
  const weight = await firstVisitWeight(distDir, path);
  const of = (kind: string) => weight.files.filter((f) => f.kind === kind).reduce((sum, f) => sum + f.gzipBytes, 0);
  return {
    html: of('html'),
    css: of('css'),
    js: of('js'),
    total: weight.gzipBytes,
    files: weight.files.length,
    text: weight.text.gzipBytes,
    ratio: weight.ratio,
  };
}
