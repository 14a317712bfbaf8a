/**
 * `npm run bench`: what the pipeline and the site cost, printed as a table and written to
 * bench/results.json. Figures are only reported here; tests assert deterministic budgets.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { ingest } from './ingest/index.ts';
import { runningHeaderTexts } from './ingest/paper-meta.ts';
import { repeatPaper } from './bench/repeat-paper.ts';

interface Row {
  readonly measure: string;
  readonly value: number;
  readonly unit: string;
}

const rows: Row[] = [];
const SOURCE = 'content/source/russia-iran-partnership.txt';

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
  return median(times);
}

/** Wall time of a command, in milliseconds; stops the bench if it fails. */
function step(name: string, command: string, args: readonly string[]): void {
  const start = performance.now();
  const r = spawnSync(command, args, { stdio: ['ignore', 'ignore', 'inherit'] });
  if (r.status !== 0) throw new Error(`${name} failed (exit ${r.status})`);
  rows.push({ measure: `build step: ${name}`, value: Math.round(performance.now() - start), unit: 'ms' });
}

const source = readFileSync(SOURCE);
const options = {
  sourceFile: 'russia-iran-partnership.txt',
  runningHeaderTexts: runningHeaderTexts(readFileSync('content/paper.yaml', 'utf8')),
};
const paper = ingest(source, options);
rows.push({
  measure: 'ingest: the paper (in process, median of 9)',
  value: round(time(() => ingest(source, options), 9)),
  unit: 'ms',
});

const big = repeatPaper(source.toString('utf8'), paper, 100);
const bigOptions = { sourceFile: 'repeated.txt' };
const bigResult = ingest(big, bigOptions);
rows.push({
  measure: `ingest: the paper × 100 (${bigResult.report.notes} references, median of 3)`,
  value: round(time(() => ingest(big, bigOptions), 3)),
  unit: 'ms',
});

step('ingest (npm run ingest)', process.execPath, ['scripts/ingest/cli.ts']);
step('astro build', process.execPath, ['node_modules/astro/bin/astro.mjs', 'build']);

function round(ms: number): number {
  return Math.round(ms * 10) / 10;
}

const width = Math.max(...rows.map((r) => r.measure.length));
console.log(`${'measure'.padEnd(width)}  value`);
for (const r of rows) console.log(`${r.measure.padEnd(width)}  ${r.value} ${r.unit}`);
mkdirSync('bench', { recursive: true });
writeFileSync(
  'bench/results.json',
  `${JSON.stringify({ date: new Date().toISOString(), node: process.versions.node, rows }, null, 2)}\n`,
);
console.log('\nwritten to bench/results.json');
