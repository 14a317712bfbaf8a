import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { builtPages, distDir } from '../e2e/support/site.ts';

const vnuJar = fileURLToPath(new URL('../../node_modules/vnu-jar/build/dist/vnu.jar', import.meta.url));

interface VnuRun {
  readonly code: number;
  /** The file of each error vnu reported (a path). */
  readonly errorsIn: string[];
  readonly output: string;
}

/** Run the Nu HTML Checker over folders, once (one JVM start); resolves with its exit code and errors. */
function vnu(dirs: string[]): Promise<VnuRun> {
  return new Promise((resolve) => {
    execFile(
      'java',
      ['-jar', vnuJar, '--skip-non-html', '--errors-only', '--format', 'json', ...dirs],
      { maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const code = error === null ? 0 : typeof error.code === 'number' ? error.code : -1;
        const output = `${stdout}${stderr}`.trim();
        const json = /\{[\s\S]*\}/.exec(output)?.[0] ?? '{"messages":[]}';
        const { messages } = JSON.parse(json) as { messages: { type: string; url?: string; message: string }[] };
        resolve({ code, errorsIn: messages.filter((m) => m.type === 'error').map((m) => (m.url ? fileURLToPath(m.url) : '?')), output });
      },
    );
  });
}

// dist/ and a control page with a known error go through the same run, so a green result means
// vnu really checked files and would have said so.
let control: string;
let run: VnuRun;

beforeAll(async () => {
  control = await mkdtemp(join(tmpdir(), 'vnu-control-'));
  await writeFile(join(control, 'index.html'), '<!doctype html><html lang="en"><title>t</title><p><div></p>');
  run = await vnu([distDir, control]);
}, 120_000);
afterAll(() => rm(control, { recursive: true }));

test('vnu reports no error in any HTML file of dist/', async () => {
  // Guard against a vacuous pass on an empty dist/.
  expect((await builtPages()).length).toBeGreaterThan(2);
  const inDist = run.errorsIn.filter((file) => file.startsWith(distDir));
  expect(inDist, run.output).toEqual([]);
});

test('the same vnu run reports an error in invalid HTML, and fails for it', () => {
  expect(run.code).not.toBe(0);
  expect(run.errorsIn).toEqual(expect.arrayContaining([join(control, 'index.html')]));
  // Every error is the control's: nothing else was found.
  expect(run.errorsIn.every((file) => file.startsWith(control))).toBe(true);
});
