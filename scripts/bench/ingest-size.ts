/**
 * Ingest time and peak memory by input size: each size runs in its own Node process, so its peak
 * resident memory (`process.resourceUsage().maxRSS`) is its own. Run as a script, it is that child.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { ingest } from '../ingest/index.ts';
import { repeatPaper } from './repeat-paper.ts';

export interface SizeCost {
  readonly times: number;
  readonly megabytes: number;
  readonly references: number;
  readonly ms: number;
  /** Peak resident memory of the whole process (input generation included), in MB. */
  readonly peakMB: number;
}

const SOURCE = 'content/papers/russia-iran-partnership/source.txt';

/** The paper repeated `times` times, notes renumbered: the text and its size in bytes. */
export function repeatedSource(times: number): string {
  const source = readFileSync(SOURCE, 'utf8');
  return times === 1 ? source : repeatPaper(source, ingest(source, { sourceFile: 'paper.txt' }), times);
}

/** Measures the ingest of the paper repeated `times` times, in a fresh process. */
export function measureIngestSize(times: number): SizeCost {
  const r = spawnSync(process.execPath, [import.meta.filename, String(times)], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  if (r.status !== 0) throw new Error(`ingest of the paper × ${times} failed (exit ${r.status})`);
  return JSON.parse(r.stdout) as SizeCost;
}

if (process.argv[1] === import.meta.filename) {
  const times = Number(process.argv[2]);
  const text = repeatedSource(times);
  const start = performance.now();
  const result = ingest(text, { sourceFile: 'repeated.txt' });
  const ms = Math.round(performance.now() - start);
  const cost: SizeCost = {
    times,
    megabytes: Math.round(Buffer.byteLength(text) / 1e5) / 10,
    references: result.report.notes,
    ms,
    peakMB: Math.round(process.resourceUsage().maxRSS / 1024),
  };
  console.log(JSON.stringify(cost));
}
