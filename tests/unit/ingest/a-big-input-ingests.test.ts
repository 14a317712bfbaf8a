/**
 * Any size: a paper of over 20 MB ingests whole through the command, in time and memory that grow
 * linearly with its size, and a huge run-on note does not go quadratic. 20 MB is enough to prove it:
 * the stack overflow of `Math.max(...lengths)` came from 10 MB, and a quadratic step is ten times
 * slower per MB at ten times the size. `npm run bench` measures 1×, 10×, 100× and ~100 MB.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { afterAll, describe, expect, it } from 'vitest';
import { repeatedSource } from '../../../scripts/bench/ingest-size.ts';
import { parseCitations } from '../../../src/citations/parse-notes.ts';

const work = mkdtempSync(join(tmpdir(), 'ingest-big-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Memory budget: the V8 heap may hold at most this many MB per MB of input (today about 11). */
const HEAP_MB_PER_INPUT_MB = 24;

interface CliRun {
  readonly megabytes: number;
  readonly ms: number;
  readonly out: string;
  readonly report: { notes: number; sections: unknown[] };
}

/** Writes the paper × `times`, ingests it with the command under a heap limit, and times it. */
function ingestThroughCli(times: number, heapMB?: number): CliRun {
  const input = join(work, `paper-x${times}.txt`);
  writeFileSync(input, repeatedSource(times));
  const megabytes = statSync(input).size / 1e6;
  const out = join(work, `out-x${times}`);
  const heap = heapMB === undefined ? [] : [`--max-old-space-size=${heapMB}`];
  const start = performance.now();
  const r = spawnSync(process.execPath, [...heap, 'scripts/ingest/cli.ts', input, '--out', out], {
    encoding: 'utf8',
    maxBuffer: 64e6,
  });
  const ms = performance.now() - start;
  expect(r.status, r.stderr.slice(0, 2000)).toBe(0);
  const report = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8')) as CliRun['report'];
  return { megabytes, ms, out, report };
}

describe('a big input', () => {
  it('the paper × 340 (over 20 MB) ingests whole, linearly in time, within a heap of 24 MB per MB', () => {
    const small = ingestThroughCli(34);
    // Whole: ten times the copies, ten times the notes and sections of the 34× run.
    const times = 340;
    const megabytes = (small.megabytes * times) / 34;
    expect(megabytes).toBeGreaterThan(20);
    // An out-of-memory crash under this limit fails the exit-status check inside.
    const big = ingestThroughCli(times, Math.ceil(megabytes * HEAP_MB_PER_INPUT_MB));
    expect(small.report.notes).toBeGreaterThan(34);
    expect(big.report.notes).toBe(small.report.notes * 10);
    expect(big.report.sections).toHaveLength(small.report.sections.length * 10);
    expect(readdirSync(big.out).filter((f) => f.endsWith('.mdx'))).toHaveLength(big.report.sections.length);
    // Linear: per MB, ten times the input costs about the same as the 2 MB run (0.8× here); a
    // quadratic step would cost ten times as much. 3× leaves room for a busy machine.
    expect(big.ms / big.megabytes).toBeLessThan((3 * small.ms) / small.megabytes);
  }, 300_000);

  it('a run-on note of 150 KB (a truncated source) is parsed in bounded time per clause', () => {
    const text = `A. Author, “Title”, Journal, 2020. ${'and the text runs on, without an end at all, so it seems '.repeat(2500)}`;
    // Quadratic before: 2,000 such clauses took 80 s; the test's own time limit is the check.
    const parsed = parseCitations([{ number: 1, text, line: 1, column: 1, lines: [1] }]);
    expect(parsed.references).toHaveLength(1);
  }, 60_000);
});
