import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';
import { builtPages, distDir } from './support/site.ts';

const vnuJar = fileURLToPath(new URL('../../node_modules/vnu-jar/build/dist/vnu.jar', import.meta.url));

/** Run the Nu HTML Checker over a folder; resolves with its exit code and everything it printed. */
function vnu(dir: string): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    execFile(
      'java',
      ['-jar', vnuJar, '--skip-non-html', '--errors-only', dir],
      { maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const code = error === null ? 0 : typeof error.code === 'number' ? error.code : -1;
        resolve({ code, output: `${stdout}${stderr}`.trim() });
      },
    );
  });
}

test('vnu reports no error in any HTML file of dist/', async () => {
  // Guard against a vacuous pass on an empty dist/.
  expect((await builtPages()).length).toBeGreaterThan(2);
  await expect(vnu(distDir)).resolves.toEqual({ code: 0, output: '' });
});

test('the same vnu run reports an error in invalid HTML', async () => {
  // Control: proves the command above really checks files and signals errors.
  const dir = await mkdtemp(join(tmpdir(), 'vnu-control-'));
  try {
    await writeFile(join(dir, 'index.html'), '<!doctype html><html lang="en"><title>t</title><p><div></p>');
    const { code, output } = await vnu(dir);
    expect(code).not.toBe(0);
    expect(output).toMatch(/error/i);
  } finally {
    await rm(dir, { recursive: true });
  }
});
