/**
 * The build at scale: a generated series in a copy of the project outside the repository (the
 * system's temporary folder), grown step by step to `sizes` papers, each step ingested and built
 * from scratch (no Astro or Vite cache kept between steps). The papers are renumbered copies of
 * this paper (one in every `REAL_EVERY`) and of the synthetic test paper (the rest): distinct ids,
 * titles, numbers and dates, the same words. Per step: ingest and build wall time, time per paper,
 * pages built, the search index's size and a first search from a section page.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Browser } from 'playwright-core';
import { parse, stringify } from 'yaml';
import { startStaticServer } from '../../tests/e2e/support/static-server.ts';
import { copyProject } from '../project-copy.ts';
import { FIRST_SEARCH_FROM, FIRST_SEARCH_QUERIES, firstSearch } from './first-search.ts';

const REAL = 'content/papers/russia-iran-partnership';
const SYNTHETIC = 'tests/fixtures/papers/caspian-water';
/** Every tenth paper of the series is a copy of the real one; the first is the real one itself. */
const REAL_EVERY = 10;
/** Builds per step, the fastest kept. */
const RUNS = 2;
/** What the copy leaves out: builds, caches, the run's folders and the bench's own results. */
/** The goal of the issue: a first search stays under 120 KB. */
export const SERIES_SEARCH_BUDGET = 120 * 1024;

export interface SeriesStep {
  readonly papers: number;
  /** Of which copies of the real paper (the rest are the synthetic one). */
  readonly realCopies: number;
  readonly ingestMs: number;
  readonly buildMs: number;
  readonly msPerPaper: number;
  /** HTML pages in dist/. */
  readonly pages: number;
  readonly indexBytes: number;
  readonly indexFiles: number;
  /** A first search for the common word, from the real paper's section page. */
  readonly searchBytes: number;
  readonly searchRequests: number;
  readonly searchMs: number;
}

/** The files of a folder, recursively: how many and their bytes. */
function files(dir: string, ending = ''): { count: number; bytes: number } {
  const found = readdirSync(dir, { recursive: true, withFileTypes: true }).filter(
    (e) => e.isFile() && e.name.endsWith(ending),
  );
  return { count: found.length, bytes: found.reduce((sum, e) => sum + statSync(join(e.parentPath, e.name)).size, 0) };
}

/** Wall time of a command run in `cwd`, in milliseconds; throws with its output if it fails. */
function timed(cwd: string, args: readonly string[]): number {
  const start = performance.now();
  const r = spawnSync(process.execPath, args, { cwd, encoding: 'utf8' });
  if (r.status !== 0)
    throw new Error(`${args.join(' ')} failed in ${cwd} (exit ${r.status}):\n${r.stdout}\n${r.stderr}`);
  return Math.round(performance.now() - start);
}

/** A fresh temporary copy of the project (scripts/project-copy.ts). */
function copyProjectToTemp(root: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'bench-series-'));
  copyProject(root, dir);
  return dir;
}

/** The `n`th paper of the series (1-based): its id and the folder it is copied from. */
export function seriesPaper(n: number): { readonly id: string; readonly from: string; readonly real: boolean } {
  const real = n % REAL_EVERY === 1;
  const base = real ? 'russia-iran-partnership' : 'caspian-water';
  return { id: n === 1 ? base : `${base}-${String(n).padStart(2, '0')}`, from: real ? REAL : SYNTHETIC, real };
}

/**
 * Writes the `n`th paper into `papersDir`: the source byte for byte, the metadata renumbered. The
 * printed title stays as the cover title, so the running headers are still recognised.
 */
function addPaper(root: string, papersDir: string, n: number): void {
  const { id, from } = seriesPaper(n);
  const folder = join(papersDir, id);
  mkdirSync(folder);
  cpSync(join(root, from, 'source.txt'), join(folder, 'source.txt'));
  const meta = parse(readFileSync(join(root, from, 'paper.yaml'), 'utf8')) as Record<string, unknown>;
  const title = String(meta.title);
  const year = 2000 + Math.floor(n / 12);
  const month = String((n % 12) + 1).padStart(2, '0');
  const renumbered =
    n === 1 ? meta : { ...meta, title: `${title} (series copy ${n})`, number: n, date: `${year}-${month}` };
  writeFileSync(join(folder, 'paper.yaml'), stringify({ ...renumbered, coverTitle: meta.coverTitle ?? title }));
}

/** Builds the series at each size in `sizes` (ascending) and measures it; the copy is removed at the end. */
export async function measureSeries(
  browser: Browser,
  sizes: readonly number[],
  root = process.cwd(),
): Promise<SeriesStep[]> {
  const dir = copyProjectToTemp(root);
  const papersDir = join(dir, 'content', 'papers');
  const steps: SeriesStep[] = [];
  try {
    rmSync(papersDir, { recursive: true });
    mkdirSync(papersDir);
    let papers = 0;
    for (const size of sizes) {
      for (; papers < size; papers++) addPaper(root, papersDir, papers + 1);
      let [ingestMs, buildMs] = [Infinity, Infinity];
      // The machine is shared: the fastest of a few runs, each from scratch (no output nor cache of the last).
      for (let run = 0; run < RUNS; run++) {
        for (const stale of ['dist', '.astro', 'node_modules/.astro', 'node_modules/.vite'])
          rmSync(join(dir, stale), { recursive: true, force: true });
        ingestMs = Math.min(ingestMs, timed(dir, ['scripts/ingest/cli.ts']));
        buildMs = Math.min(buildMs, timed(dir, ['node_modules/astro/bin/astro.mjs', 'build']));
      }
      const dist = join(dir, 'dist');
      const index = files(join(dist, 'pagefind'));
      const server = await startStaticServer(dist, { compress: true, headers: true });
      try {
        const search = await firstSearch(browser, `${server.url}${FIRST_SEARCH_FROM}`, FIRST_SEARCH_QUERIES.common);
        steps.push({
          papers: size,
          realCopies: Array.from({ length: size }, (_, i) => seriesPaper(i + 1)).filter((p) => p.real).length,
          ingestMs,
          buildMs,
          msPerPaper: Math.round((ingestMs + buildMs) / size),
          pages: files(dist, '.html').count,
          indexBytes: index.bytes,
          indexFiles: index.count,
          searchBytes: search.bytes,
          searchRequests: search.requests,
          searchMs: search.ms,
        });
      } finally {
        await server.close();
      }
      console.error(`series: ${size} papers built and measured`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return steps;
}
