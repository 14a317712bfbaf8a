import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSite } from './build.ts';
import { copyProject } from '../../../scripts/project-copy.ts';
import { editionsRoot } from './editions.ts';

const root = fileURLToPath(new URL('../../../', import.meta.url));
/** What a copy of the project leaves out: its own builds, caches and this run's folders. */
const pause = new Int32Array(new SharedArrayBuffer(4));
const BUILD_WAIT_MS = 300_000;

/**
 * A copy of the project with a second paper dropped into content/papers/ (a fixture folder:
 * paper.yaml and source.txt only), ingested and built the way `npm run build` does, once per run
 * (a lock as in editions.ts). Its node_modules links the project's packages one by one, so that
 * Astro's and Vite's caches (node_modules/.astro, .vite) stay the copy's own. Returns its dist/.
 */
export function seriesDist(fixture: string): string {
  const dir = join(editionsRoot(), 'series');
  const built = `${dir}.built`;
  try {
    mkdirSync(`${dir}.lock`, { recursive: false });
  } catch {
    for (let waited = 0; !existsSync(built); waited += 500) {
      if (waited > BUILD_WAIT_MS) throw new Error('the two-paper build of another test file never finished');
      Atomics.wait(pause, 0, 0, 500);
    }
    return join(dir, 'dist');
  }
  copyProject(root, dir);
  const paper = join(dir, 'content', 'papers', fixture.split('/').at(-1)!);
  cpSync(join(root, fixture), paper, { recursive: true });
  const ingest = spawnSync(process.execPath, ['scripts/ingest/cli.ts'], { cwd: dir, encoding: 'utf8' });
  if (ingest.status !== 0) throw new Error(`npm run ingest failed:\n${ingest.stdout}\n${ingest.stderr}`);
  buildSite(join(dir, 'dist'), {}, dir);
  writeFileSync(built, '');
  return join(dir, 'dist');
}
