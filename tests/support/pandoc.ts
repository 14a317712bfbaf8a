/** pandoc (Debian's) as an independent reader of our bibliography files: its CSL-JSON and its warnings. */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Whether a pandoc binary is on the PATH. */
export function hasPandoc(): boolean {
  try {
    execFileSync('pandoc', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** `pandoc -f <format> -t csljson` of `text`: the items and whatever pandoc printed on stderr. */
export function pandocCsl(
  text: string,
  format: 'biblatex' | 'bibtex',
): { items: Record<string, unknown>[]; stderr: string } {
  const dir = mkdtempSync(join(tmpdir(), 'pandoc-'));
  try {
    const file = join(dir, 'input.bib');
    writeFileSync(file, text);
    const run = spawnSync('pandoc', ['--verbose', '-f', format, '-t', 'csljson', file], { encoding: 'utf8' });
    if (run.status !== 0) throw new Error(`pandoc failed: ${run.stderr}`);
    return { items: JSON.parse(run.stdout) as Record<string, unknown>[], stderr: run.stderr };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
