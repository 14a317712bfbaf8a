/**
 * `npm run bench`: what the pipeline and the site cost. Figures are printed as tables and written to
 * bench/results.json; they are only reported here (tests assert the deterministic budgets).
 *
 *   1. ingest time: the paper; time and peak memory for 1×, 10×, 100× its size and about 100 MB
 *      (the source repeated, notes renumbered), each size in its own process;
 *   2. build time per step (ingest, Astro with its search index, offline list and headers);
 *   3. per page type (home, section, sources, search, print) and per section: bytes of a first
 *      visit by kind of file, gzipped one by one, against the gzipped innerText of <main> (the
 *      byte-budget test's measure, read from dist/);
 *   4. a first search from a section page (header field, Enter) for a rare and a common word: bytes,
 *      requests and time to the first result, and the size of the whole index;
 *   5. margin notes: per section and width (1280, 1440), the distance from each reference's line to its note;
 *   6. Lighthouse 13 (mobile) for each page type. Skip it with `npm run bench -- --no-lighthouse`;
 *   7. a generated series of 1, 10, 25, 50 papers built in a temporary copy (scripts/bench/series.ts):
 *      time per paper, pages, search index, first search. Alone: `npm run bench -- --series-only`
 *      (`--series-sizes 1,10` for other steps).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { launchBrowser, findChromium } from '../tests/e2e/support/browser.ts';
import { startStaticServer } from '../tests/e2e/support/static-server.ts';
import { FIRST_SEARCH_FROM, FIRST_SEARCH_QUERIES, firstSearch, type SearchCost } from './bench/first-search.ts';
import { lighthouse, type Scores } from './bench/lighthouse.ts';
import { measurePage, type Weight } from './bench/page-weight.ts';
import { measureIngestSize } from './bench/ingest-size.ts';
import { sidenoteDrift, type DriftRow } from './bench/sidenote-drift.ts';
import { sectionPath } from '../tests/e2e/support/paths.ts';
import { sectionSlugs } from '../tests/e2e/support/site.ts';
import { ingest } from './ingest/index.ts';
import { measureSeries, SERIES_SEARCH_BUDGET, type SeriesStep } from './bench/series.ts';
import { runningHeaderTexts } from './ingest/paper-meta.ts';

const SOURCE = 'content/papers/russia-iran-partnership/source.txt';
const PAGES: Record<string, string> = {
  home: '',
  section: 'iran-and-russia-the-syrian-question/',
  sources: 'sources/',
  search: 'search/',
  print: 'print/',
};
const withLighthouse = !process.argv.includes('--no-lighthouse');
const seriesOnly = process.argv.includes('--series-only');
const sizesArg = process.argv[process.argv.indexOf('--series-sizes') + 1];
const SERIES_SIZES =
  process.argv.includes('--series-sizes') && sizesArg ? sizesArg.split(',').map(Number) : [1, 10, 25, 50];

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/** Median wall time of `fn` over `runs` runs, in milliseconds. */
function time(fn: () => unknown, runs: number): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  return Math.round(median(times) * 10) / 10;
}

/** Wall time of a command, in milliseconds; stops the bench if it fails. */
function step(command: string, args: readonly string[]): number {
  const start = performance.now();
  const r = spawnSync(command, args, { stdio: ['ignore', 'ignore', 'inherit'] });
  if (r.status !== 0) throw new Error(`${args.join(' ')} failed (exit ${r.status})`);
  return Math.round(performance.now() - start);
}

function table(title: string, rows: readonly Record<string, string | number>[]): void {
  console.log(`\n${title}`);
  const columns = Object.keys(rows[0] ?? {});
  const widths = columns.map((c) => Math.max(c.length, ...rows.map((r) => String(r[c]).length)));
  const line = (cells: readonly string[]): string => cells.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join('  ');
  console.log(line(columns));
  for (const r of rows) console.log(line(columns.map((c) => String(r[c]))));
}

function dirBytes(dir: string): number {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .reduce((sum, e) => sum + statSync(join(e.parentPath, e.name)).size, 0);
}

/** Milliseconds per paper added between two steps of the series. */
function marginalMs(from: SeriesStep, to: SeriesStep): number {
  return Math.round((to.ingestMs + to.buildMs - from.ingestMs - from.buildMs) / (to.papers - from.papers));
}

/** 7. The series at each size, printed; growth is the time per paper at the largest size over that at the second (50 / 10). */
async function series(): Promise<{ steps: SeriesStep[]; growth: number }> {
  const browser = await launchBrowser();
  let steps: SeriesStep[];
  try {
    steps = await measureSeries(browser, SERIES_SIZES);
  } finally {
    await browser.close();
  }
  const [last, before] = [steps.at(-1), steps[1]];
  const growth = last && before ? Math.round((last.msPerPaper / before.msPerPaper) * 100) / 100 : 1;
  table(
    `Series build (ingest + astro build, from scratch each step; first search for "${FIRST_SEARCH_QUERIES.common}", budget ${SERIES_SEARCH_BUDGET / 1024} KB); per paper at ${last?.papers} / ${before?.papers}: ${growth}`,
    steps.map((r, i) => ({
      papers: r.papers,
      'real copies': r.realCopies,
      'ingest ms': r.ingestMs,
      'build ms': r.buildMs,
      'ms per paper': r.msPerPaper,
      // The cost of each paper added since the last step: the fixed start-up of Astro left out.
      'ms per added paper': i === 0 ? '' : marginalMs(steps[i - 1]!, r),
      pages: r.pages,
      'index bytes': r.indexBytes,
      'index files': r.indexFiles,
      'search bytes': r.searchBytes,
      requests: r.searchRequests,
      'under 120 KB': r.searchBytes < SERIES_SEARCH_BUDGET ? 'yes' : 'NO',
      'search ms': r.searchMs,
    })),
  );
  return { steps, growth };
}

if (seriesOnly) {
  // Alone: the series replaces its own entry in the last results, the other modules' figures stay.
  const previous = existsSync('bench/results.json')
    ? (JSON.parse(readFileSync('bench/results.json', 'utf8')) as object)
    : {};
  mkdirSync('bench', { recursive: true });
  writeFileSync('bench/results.json', `${JSON.stringify({ ...previous, series: await series() }, null, 2)}\n`);
  console.log('\nwritten to bench/results.json');
  process.exit(0);
}

// 1. Ingest.
const source = readFileSync(SOURCE);
const options = {
  sourceFile: 'source.txt',
  runningHeaderTexts: runningHeaderTexts(readFileSync('content/papers/russia-iran-partnership/paper.yaml', 'utf8')),
};
const paper = ingest(source, options);
const ingestRows = [
  {
    input: 'the paper',
    lines: source.toString('utf8').split('\n').length,
    references: paper.report.notes,
    ms: time(() => ingest(source, options), 9),
  },
];
table('Ingest (in process, median)', ingestRows);
// 1×, 10×, 100× the paper, and about 100 MB: each in its own process, for its own peak memory.
const sizeRows = [1, 10, 100, 1600].map(measureIngestSize);
table(
  'Ingest by size (one process each; peak = max resident memory)',
  sizeRows.map((r) => ({
    input: `the paper × ${r.times}`,
    MB: r.megabytes,
    references: r.references,
    ms: r.ms,
    'peak MB': r.peakMB,
  })),
);

// 2. Build steps.
const buildRows = [
  { step: 'ingest (npm run ingest)', ms: step(process.execPath, ['scripts/ingest/cli.ts']) },
  {
    step: 'astro build (pages, search index, sw.js, _headers)',
    ms: step(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build']),
  },
];
table('Build steps (wall time)', buildRows);

// 3–5. The built site, served gzipped like a real host.
const server = await startStaticServer(join(process.cwd(), 'dist'), { compress: true, headers: true });
const browser = await launchBrowser();
const weights: Record<string, Weight> = {};
const search: SearchCost[] = [];
let drift: DriftRow[];
const scores: Record<string, Scores> = {};
try {
  for (const [name, path] of Object.entries(PAGES)) weights[name] = await measurePage('dist/', `/${path}`);
  for (const slug of await sectionSlugs()) weights[sectionPath(slug)] = await measurePage('dist/', sectionPath(slug));
  for (const query of Object.values(FIRST_SEARCH_QUERIES))
    search.push(await firstSearch(browser, `${server.url}${FIRST_SEARCH_FROM}`, query));
  drift = await sidenoteDrift(browser, server.url, await sectionSlugs());
  if (withLighthouse)
    for (const [name, path] of Object.entries(PAGES))
      scores[name] = await lighthouse(`${server.url}${path}`, findChromium());
} finally {
  await browser.close();
  await server.close();
}
table(
  'First visit: bytes of each kind (gzip, file by file) against the gzipped innerText of <main>; goal for a section ≤ 4×',
  Object.entries(weights).map(([page, w]) => ({
    page,
    html: w.html,
    css: w.css,
    js: w.js,
    total: w.total,
    files: w.files,
    'own text': w.text,
    ratio: `${w.ratio}×`,
  })),
);
table(
  `First search from /${FIRST_SEARCH_FROM} (Enter in the header), gzipped bodies; budget 100 KB and 12 requests`,
  search.map((c) => ({
    query: c.query,
    'bytes fetched': c.bytes,
    requests: c.requests,
    'ms to first result': c.ms,
    'whole index on disk': dirBytes('dist/pagefind'),
  })),
);
table(
  'Margin notes: px from the top of the reference’s line to the top of its note',
  drift.map((r) => ({ ...r })),
);
if (withLighthouse) {
  table(
    'Lighthouse 13 (mobile)',
    Object.entries(scores).map(([page, s]) => ({
      page,
      performance: s.performance,
      accessibility: s.accessibility,
      'best practices': s['best-practices'],
      seo: s.seo,
    })),
  );
  for (const [page, s] of Object.entries(scores)) for (const f of s.failing) console.log(`  ${page}: ${f}`);
}

const seriesResult = await series();
mkdirSync('bench', { recursive: true });
writeFileSync(
  'bench/results.json',
  `${JSON.stringify({ date: new Date().toISOString(), node: process.versions.node, ingest: ingestRows, ingestBySize: sizeRows, build: buildRows, weights, search, drift, lighthouse: scores, series: seriesResult }, null, 2)}\n`,
);
console.log('\nwritten to bench/results.json');
