/**
 * Ambiguity is reported, never resolved in silence: one small made-up paper per quirk under
 * tests/fixtures/ingest/<case>/ (input.txt, expected.json), ingested by the command itself. Each
 * warning comes with its line and column in report.json and on stderr, and the output stays faithful.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

interface Expected {
  /** `[code, line, column]` of every warning, in order. */
  readonly warnings?: readonly [string, number, number][];
  /** The refusal instead of an output. */
  readonly error?: [string, number, number];
  /** Text each generated file must hold, as the paper printed it. */
  readonly mdx?: Readonly<Record<string, readonly string[]>>;
  /** Another case whose output this one must equal file for file. */
  readonly sameAs?: string;
}

const FIXTURES = 'tests/fixtures/ingest';
const cases = readdirSync(FIXTURES).filter((d) => existsSync(join(FIXTURES, d, 'input.txt')));
const work = mkdtempSync(join(tmpdir(), 'ingest-quirks-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function ingestCase(name: string) {
  const out = join(work, name);
  const r = spawnSync(process.execPath, ['scripts/ingest/cli.ts', join(FIXTURES, name, 'input.txt'), '--out', out], {
    encoding: 'utf8',
  });
  return { ...r, out };
}

describe(
  'each quirk of a source gives its warning (or its coded error) and a faithful output',
  { timeout: 60_000 },
  () => {
    it('covers every quirk the issue names', () => {
      expect(cases).toEqual(
        expect.arrayContaining([
          'figure-number-before-reference',
          'table-number-before-reference',
          'cross-reference-before-reference',
          'note-defined-twice',
          'notes-out-of-order',
          'note-truncated-at-end-of-file',
          'vertical-tab',
          'c1-control-character',
          'form-feed-page-breaks',
        ]),
      );
    });

    for (const name of cases) {
      it(name, () => {
        const expected = JSON.parse(readFileSync(join(FIXTURES, name, 'expected.json'), 'utf8')) as Expected;
        const r = ingestCase(name);
        const file = join(FIXTURES, name, 'input.txt');
        if (expected.error) {
          const [code, line, column] = expected.error;
          expect(r.status).toBe(1);
          expect(r.stderr).toContain(`${file}:${line}:${column}: error ${code}: `);
          expect(r.stderr).not.toMatch(/^\s+at /m);
          expect(existsSync(r.out)).toBe(false);
          return;
        }
        expect(r.status, r.stderr).toBe(0);
        const report = JSON.parse(readFileSync(join(r.out, 'report.json'), 'utf8')) as {
          warnings: { code: string; line: number; column?: number }[];
        };
        expect(report.warnings.map((w) => [w.code, w.line, w.column])).toEqual(expected.warnings ?? []);
        for (const [code, line, column] of expected.warnings ?? [])
          expect(r.stderr).toContain(`${file}:${line}:${column}: warning ${code}: `);
        for (const [mdx, texts] of Object.entries(expected.mdx ?? {})) {
          const content = readFileSync(join(r.out, mdx), 'utf8');
          for (const text of texts) expect(content).toContain(text);
        }
        if (expected.sameAs) {
          const other = ingestCase(expected.sameAs);
          const mdx = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.mdx'));
          expect(mdx(r.out)).toEqual(mdx(other.out));
          // Same text and same sections; only the recorded source file name differs.
          for (const f of mdx(r.out))
            expect(readFileSync(join(r.out, f), 'utf8')).toBe(readFileSync(join(other.out, f), 'utf8'));
        }
      });
    }
  },
);
