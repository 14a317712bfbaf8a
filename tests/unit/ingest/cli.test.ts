/** The ingest command: any paper of the format in, MDX and a report out; bad input named by file and line. */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { rmSync } from 'node:fs';
import { lineOf, paperSource } from '../../support/content.ts';

const SOURCE = readFileSync(paperSource(), 'utf8');
const work = mkdtempSync(join(tmpdir(), 'ingest-cli-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function run(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ['scripts/ingest/cli.ts', ...args], { encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function input(name: string, content: string | Uint8Array): string {
  const path = join(work, name);
  writeFileSync(path, content);
  return path;
}

describe('npm run ingest -- <file.txt> --out <dir>', () => {
  it('writes one MDX file per section and a report', () => {
    const out = join(work, 'good');
    const r = run(input('paper.txt', SOURCE), '--out', out);
    expect(r.status, r.stderr).toBe(0);
    const report = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8')) as {
      sections: { title: string; slug: string; file: string; notes: [number | null, number | null] }[];
      notes: number;
      warnings: { code: string; line: number; message: string }[];
    };
    expect(report.notes).toBe(98);
    expect(report.sections.map((s) => s.title)).toEqual(
      expect.arrayContaining(['Executive Summary', 'Introduction', 'Conclusion']),
    );
    expect(report.sections).toHaveLength(12);
    expect(
      readdirSync(out)
        .filter((f) => f.endsWith('.mdx'))
        .sort(),
    ).toEqual(report.sections.map((s) => s.file).sort());
    expect(report.sections.find((s) => s.title === 'Introduction')?.notes).toEqual([1, 8]);
    // An Ibid. that may not follow its note, and three references whose notes the PDF lost.
    const at = (text: string) => lineOf(SOURCE, text);
    const missing = at('Eurasia and West Asia. 96 For Iran');
    expect(report.warnings.map((w) => [w.code, w.line])).toEqual([
      ['UNCERTAIN_IBID', at('8. Ibid., p. 153.')],
      ['MISSING_NOTE_TEXT', missing],
      ['MISSING_NOTE_TEXT', at('(SCO). 97 Be that as it may')],
      ['MISSING_NOTE_TEXT', at('US policies. 98 In addition')],
    ]);
    // Warnings go to stderr with the file and line.
    expect(r.stderr).toMatch(new RegExp(`paper\\.txt:${missing}:\\d+: warning MISSING_NOTE_TEXT`));
  });

  const bad: [string, string | Uint8Array, RegExp][] = [
    ['an empty file', '\n\n  \n', /empty\.txt:1: error EMPTY_INPUT/],
    [
      'a binary file',
      new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48]),
      /binary\.txt:\d+:\d+: error BINARY_INPUT/,
    ],
    [
      'prose with no heading',
      `${'This is a line of ordinary prose that runs on and on without end. '.repeat(1)}\n`.repeat(30),
      /no-section\.txt:1: error NO_SECTION/,
    ],
    // Reference 23 removed from the body: note 23 is then never referenced, named at its own line.
    [
      'references out of order',
      SOURCE.replace('between Russia and Iran. 23 Tehran', 'between Russia and Iran. Tehran'),
      new RegExp(
        `out-of-order\\.txt:${lineOf(SOURCE, '23. “The problem of trust')}:1: error REFERENCE_NOT_FOUND: note 23`,
      ),
    ],
  ];
  const names = ['empty.txt', 'binary.txt', 'no-section.txt', 'out-of-order.txt'];
  bad.forEach(([what, content, message], i) => {
    it(`refuses ${what}: names the file and line, no stack trace, nothing written`, () => {
      const out = join(work, `bad-${i}`);
      const r = run(input(names[i]!, content), '--out', out);
      expect(r.status).not.toBe(0);
      expect(r.stderr).toMatch(message);
      expect(r.stderr).not.toMatch(/^\s+at /m);
      expect(existsSync(out)).toBe(false);
    });
  });

  it('leaves an earlier output untouched when the input is bad', () => {
    const out = join(work, 'kept');
    mkdirSync(out);
    writeFileSync(join(out, '01-old.mdx'), 'old');
    const r = run(input('empty-again.txt', ''), '--out', out);
    expect(r.status).not.toBe(0);
    expect(readdirSync(out)).toEqual(['01-old.mdx']);
  });

  it('explains its usage when called wrongly', () => {
    const r = run(input('x.txt', SOURCE));
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/--out <dir> is required/);
  });

  it('names a file it cannot read', () => {
    const r = run(join(work, 'does-not-exist.txt'), '--out', join(work, 'none'));
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/does-not-exist\.txt: error: cannot read the file \(ENOENT\)/);
  });
});
