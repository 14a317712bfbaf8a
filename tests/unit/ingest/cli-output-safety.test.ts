/**
 * The ingest command never destroys what it did not write: every unsafe --out is refused with a coded
 * error and the target left byte for byte as it was. Every case runs on a throwaway project in the
 * system's temporary folder, never on the checkout.
 */
import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  cpSync,
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { OUTPUT_MARKER, OutputError, writeOutput } from '../../../scripts/ingest/write-output.ts';

const CLI = resolve('scripts/ingest/cli.ts');
const SOURCE = readFileSync('content/papers/russia-iran-partnership/source.txt');
const work = mkdtempSync(join(tmpdir(), 'ingest-safety-'));
afterAll(() => {
  chmodSync(work, 0o700);
  rmSync(work, { recursive: true, force: true });
});

let projects = 0;
/**
 * A throwaway project: package.json, a text to ingest anywhere (content/source/paper.txt), and a series
 * of one paper (content/papers/p/ with source.txt and paper.yaml) for the default run.
 */
function project(): string {
  const root = join(work, `project-${++projects}`);
  mkdirSync(join(root, 'content/source'), { recursive: true });
  mkdirSync(join(root, 'content/papers/p'), { recursive: true });
  writeFileSync(join(root, 'package.json'), '{ "name": "throwaway" }\n');
  writeFileSync(join(root, 'README.md'), 'keep me\n');
  writeFileSync(join(root, 'content/source/paper.txt'), SOURCE);
  writeFileSync(join(root, 'content/papers/p/source.txt'), SOURCE);
  cpSync('content/papers/russia-iran-partnership/paper.yaml', join(root, 'content/papers/p/paper.yaml'));
  return root;
}

function run(cwd: string, args: readonly string[], uid?: number) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', ...(uid ? { uid, gid: uid } : {}) });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Every path under `dir` with its bytes (or link target), for a byte-identical comparison. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  if (!existsSync(dir)) return out;
  if (!lstatSync(dir).isDirectory()) return { '.': readFileSync(dir).toString('base64') };
  for (const e of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    const path = join(e.parentPath, e.name);
    out[path.slice(dir.length)] = e.isFile()
      ? readFileSync(path).toString('base64')
      : `${e.isDirectory() ? 'dir' : 'other'} ${lstatSync(path).mode}`;
  }
  return out;
}

describe('an unsafe --out is refused before anything is touched', { timeout: 60_000 }, () => {
  const cases: [string, (root: string) => { cwd: string; args: string[]; target: string }, RegExp][] = [
    [
      'an existing file',
      (root) => ({ cwd: root, args: ['content/source/paper.txt', '--out', 'README.md'], target: 'README.md' }),
      /^README\.md: error OUTPUT_IS_A_FILE: /m,
    ],
    [
      'the input file itself',
      (root) => ({
        cwd: root,
        args: ['content/source/paper.txt', '--out', 'content/source/paper.txt'],
        target: 'content/source/paper.txt',
      }),
      /error OUTPUT_IS_A_FILE: /,
    ],
    [
      'a non-empty folder the ingest did not write',
      (root) => {
        mkdirSync(join(root, 'notes'));
        writeFileSync(join(root, 'notes/mine.txt'), 'my notes');
        return { cwd: root, args: ['content/source/paper.txt', '--out', 'notes'], target: 'notes' };
      },
      /^notes: error OUTPUT_NOT_OURS: .*no \.ingest-output marker/m,
    ],
    [
      'the project root (the working folder)',
      (root) => {
        const input = join(work, `elsewhere-${projects}.txt`);
        writeFileSync(input, SOURCE);
        return { cwd: root, args: [input, '--out', '.'], target: '.' };
      },
      /^\.: error OUTPUT_HOLDS_PROJECT: /m,
    ],
    [
      'a folder above the input',
      (root) => ({ cwd: root, args: ['content/source/paper.txt', '--out', '..'], target: '..' }),
      /^\.\.: error OUTPUT_HOLDS_INPUT: /m,
    ],
    [
      'content/ (the input’s parent)',
      (root) => ({ cwd: root, args: ['content/source/paper.txt', '--out', 'content'], target: 'content' }),
      /^content: error OUTPUT_HOLDS_INPUT: /m,
    ],
    [
      'content/papers/ with a paper’s source',
      (root) => ({
        cwd: root,
        args: ['content/papers/p/source.txt', '--out', 'content/papers'],
        target: 'content/papers',
      }),
      /^content\/papers: error OUTPUT_HOLDS_INPUT: /m,
    ],
    [
      'the input’s own folder',
      (root) => ({
        cwd: root,
        args: ['content/source/paper.txt', '--out', 'content/source'],
        target: 'content/source',
      }),
      /^content\/source: error OUTPUT_HOLDS_INPUT: /m,
    ],
    [
      'the input’s own folder, through another path',
      (root) => ({
        cwd: join(root, 'content'),
        args: ['source/paper.txt', '--out', '../content/source/./'],
        target: 'content/source',
      }),
      /error OUTPUT_HOLDS_INPUT: /,
    ],
  ];
  for (const [what, setup, message] of cases) {
    it(`refuses ${what}: exit 1, a coded error naming the path, the target byte-identical`, () => {
      const root = project();
      const { cwd, args, target } = setup(root);
      const watched = resolve(root, target);
      // A folder above the project holds every other case's project: compare the project only.
      const before = snapshot(target === '..' ? root : watched);
      const r = run(cwd, args);
      expect(r.status, r.stderr).toBe(1);
      expect(r.stderr).toMatch(message);
      expect(r.stderr).toMatch(/nothing was touched/);
      expect(r.stderr).not.toMatch(/^\s+at /m);
      expect(snapshot(target === '..' ? root : watched)).toEqual(before);
    });
  }
});

describe('the ingest’s own output folders', { timeout: 60_000 }, () => {
  it('are marked, and re-ingesting into one replaces it whole', () => {
    const root = project();
    const first = run(root, ['content/source/paper.txt', '--out', 'out']);
    expect(first.status, first.stderr).toBe(0);
    const out = join(root, 'out');
    expect(readdirSync(out)).toContain(OUTPUT_MARKER);
    // A file from an earlier run that this run would not write goes away: the folder is the ingest's.
    writeFileSync(join(out, '99-stale.mdx'), 'stale');
    const again = run(root, ['content/source/paper.txt', '--out', 'out']);
    expect(again.status, again.stderr).toBe(0);
    expect(existsSync(join(out, '99-stale.mdx'))).toBe(false);
    expect(readdirSync(out)).toContain('report.json');
    // Nothing is left beside it.
    expect(readdirSync(root).filter((f) => f.startsWith('.'))).toEqual([]);
  });

  it('the default run writes each paper’s generated/ (a folder dropped in is a paper) with its marker and data', () => {
    const root = project();
    // A second paper of the series, dropped in as a folder: nothing else to edit.
    cpSync('tests/fixtures/papers/caspian-water', join(root, 'content/papers/caspian-water'), { recursive: true });
    const r = run(root, []);
    expect(r.status, r.stderr).toBe(0);
    expect(readdirSync(join(root, 'content/papers/caspian-water/generated'))).toContain('sections.json');
    expect(r.stdout).toMatch(
      /content\/papers\/caspian-water\/source\.txt → content\/papers\/caspian-water\/generated\/: 3 sections/,
    );
    const generated = join(root, 'content/papers/p/generated');
    expect(readdirSync(generated)).toEqual(
      expect.arrayContaining([OUTPUT_MARKER, 'citations.json', 'references.json']),
    );
    expect(readdirSync(join(root, 'content/papers/p')).sort()).toEqual(['generated', 'paper.yaml', 'source.txt']);
    expect(readFileSync(join(root, 'content/papers/p/source.txt'))).toEqual(SOURCE);
  });

  it('the default run fails naming the paper whose source cannot be ingested, and still ingests the others', () => {
    const root = project();
    mkdirSync(join(root, 'content/papers/q'));
    writeFileSync(join(root, 'content/papers/q/source.txt'), '');
    const r = run(root, []);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^content\/papers\/q\/source\.txt:1: error EMPTY_INPUT: /m);
    expect(r.stderr).toMatch(/ingest: content\/papers\/q\/source\.txt: nothing was written/);
    expect(r.stderr).not.toMatch(/^\s+at /m);
    expect(existsSync(join(root, 'content/papers/q/generated'))).toBe(false);
    expect(readdirSync(join(root, 'content/papers/p/generated'))).toContain('report.json');
  });

  it('an empty folder is accepted', () => {
    const root = project();
    mkdirSync(join(root, 'empty'));
    const r = run(root, ['content/source/paper.txt', '--out', 'empty']);
    expect(r.status, r.stderr).toBe(0);
    expect(readdirSync(join(root, 'empty'))).toContain('report.json');
  });

  it('a staging folder left by a killed run is cleaned up by the next run; a foreign look-alike is kept', () => {
    const root = project();
    expect(run(root, []).status).toBe(0);
    // The id of a process that has ended, as a killed run's would be.
    const dead = spawnSync(process.execPath, ['-e', 'console.log(process.pid)'], { encoding: 'utf8' }).stdout.trim();
    const staging = join(root, `content/papers/p/.generated.staging-${dead}`);
    mkdirSync(staging);
    writeFileSync(join(staging, OUTPUT_MARKER), '');
    writeFileSync(join(staging, '01-half.mdx'), 'half written');
    const foreign = join(root, `content/papers/p/.generated.staging-${Number(dead) + 1}`);
    mkdirSync(foreign);
    writeFileSync(join(foreign, 'mine.txt'), 'not the ingest’s');
    const r = run(root, []);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/removed content\/papers\/p\/\.generated\.staging-\d+, left over by an interrupted run/);
    expect(existsSync(staging)).toBe(false);
    expect(readFileSync(join(foreign, 'mine.txt'), 'utf8')).toBe('not the ingest’s');
  });
});

describe('writeOutput', { timeout: 60_000 }, () => {
  it('says “nothing was written” only with the previous output still in place', () => {
    const dir = join(work, 'direct');
    writeOutput(dir, [{ name: 'a.mdx', content: 'first' }]);
    const before = snapshot(dir);
    // A file name the folder cannot hold fails the write half-way through.
    const write = () =>
      writeOutput(dir, [
        { name: 'a.mdx', content: 'second' },
        { name: 'missing/b.mdx', content: 'x' },
      ]);
    expect(write).toThrow(OutputError);
    expect(write).toThrow(/ENOENT.*nothing was written, the previous output is still in place/);
    expect(snapshot(dir)).toEqual(before);
    expect(readdirSync(work).filter((f) => f.startsWith('.direct'))).toEqual([]);
  });
});

describe('a write failure', { timeout: 60_000 }, () => {
  // Root ignores permissions: the command then runs as `nobody`, for whom they hold.
  const uid = process.getuid?.() === 0 ? 65534 : undefined;
  // `nobody` must reach Node and the CLI: a clone inside a folder only root may enter (mktemp -d's
  // 0700) cannot run this probe, and says so instead of failing on the machine's layout.
  const reachable =
    uid === undefined ||
    spawnSync(process.execPath, ['-e', `require('node:fs').accessSync(${JSON.stringify(CLI)})`], { uid, gid: uid })
      .status === 0;

  it.skipIf(!reachable)(
    'on a read-only output folder: OUTPUT_NOT_WRITABLE naming the path, the previous output in place (skipped where `nobody` cannot reach the project)',
    () => {
      const root = project();
      expect(run(root, ['content/source/paper.txt', '--out', 'out']).status).toBe(0);
      const out = join(root, 'out');
      for (const dir of [work, root, join(root, 'content'), join(root, 'content/source')]) chmodSync(dir, 0o755);
      chmodSync(root, 0o777);
      chmodSync(out, 0o555);
      const before = snapshot(out);
      const r = run(root, ['content/source/paper.txt', '--out', 'out'], uid);
      chmodSync(out, 0o755);
      chmodSync(work, 0o700);
      expect(r.status, r.stderr).toBe(1);
      expect(r.stderr).toMatch(/^out: error OUTPUT_NOT_WRITABLE: cannot write to .*out \(EACCES/m);
      expect(r.stderr).toMatch(/nothing was written, the previous output is still in place/);
      expect(r.stderr).not.toMatch(/^\s+at /m);
      expect(snapshot(out)).toEqual(before);
    },
  );

  it('where the output cannot be created (a file in its path): OUTPUT_NOT_WRITABLE, nothing written', () => {
    const root = project();
    const r = run(root, ['content/source/paper.txt', '--out', 'README.md/out']);
    expect(r.status, r.stderr).toBe(1);
    expect(r.stderr).toMatch(
      /^README\.md\/out: error OUTPUT_NOT_WRITABLE: cannot write to .*README\.md \(ENOTDIR.*nothing was written/m,
    );
    expect(readFileSync(join(root, 'README.md'), 'utf8')).toBe('keep me\n');
  });
});
