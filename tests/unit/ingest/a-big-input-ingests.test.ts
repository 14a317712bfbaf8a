/**
 * Any size: a paper of over 100 MB ingests through the command (about a minute and a half here; the
 * bench reports the time and memory of each size), and a huge run-on note does not go quadratic.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { repeatedSource } from '../../../scripts/bench/ingest-size.ts';
import { parseCitations } from '../../../src/citations/parse-notes.ts';

const work = mkdtempSync(join(tmpdir(), 'ingest-big-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('a big input', () => {
  it('the paper × 1,700 (over 100 MB; Math.max(...lengths) overflowed the stack from 10 MB) ingests whole', () => {
    const input = join(work, 'big.txt');
    writeFileSync(input, repeatedSource(1700));
    expect(statSync(input).size).toBeGreaterThan(100e6);
    const r = spawnSync(process.execPath, ['scripts/ingest/cli.ts', input, '--out', join(work, 'out')], {
      encoding: 'utf8',
      maxBuffer: 64e6,
    });
    expect(r.status, r.stderr.slice(0, 2000)).toBe(0);
    const report = JSON.parse(readFileSync(join(work, 'out/report.json'), 'utf8')) as {
      notes: number;
      sections: unknown[];
    };
    expect(report.notes).toBe(98 * 1700);
    expect(report.sections).toHaveLength(12 * 1700);
    expect(readdirSync(join(work, 'out')).filter((f) => f.endsWith('.mdx'))).toHaveLength(12 * 1700);
  }, 600_000);

  it('a run-on note of 150 KB (a truncated source) is parsed in bounded time per clause', () => {
    const text = `A. Author, “Title”, Journal, 2020. ${'and the text runs on, without an end at all, so it seems '.repeat(2500)}`;
    // Quadratic before: 2,000 such clauses took 80 s; the test's own time limit is the check.
    const parsed = parseCitations([{ number: 1, text, line: 1, column: 1, lines: [1] }]);
    expect(parsed.references).toHaveLength(1);
  }, 60_000);
});
