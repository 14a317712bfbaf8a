import { spawnSync } from 'node:child_process';
import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSite } from './build.ts';
import { copyProject } from '../../../scripts/project-copy.ts';
import { onceSync } from './once.ts';

const root = fileURLToPath(new URL('../../../', import.meta.url));

/**
 * A copy of the project with a second paper dropped into content/papers/ (a fixture folder:
 * paper.yaml and source.txt only), ingested and built the way `npm run build` does, once per run
 * (support/once.ts). Its node_modules links the project's packages one by one, so that Astro's and
 * Vite's caches (node_modules/.astro, .vite) stay the copy's own. Returns its dist/.
 */
export function seriesDist(fixture: string): string {
  const dir = onceSync('series', (copy) => {
    copyProject(root, copy);
    const paper = join(copy, 'content', 'papers', fixture.split('/').at(-1)!);
    cpSync(join(root, fixture), paper, { recursive: true });
    const ingest = spawnSync(process.execPath, ['scripts/ingest/cli.ts'], { cwd: copy, encoding: 'utf8' });
    if (ingest.status !== 0) throw new Error(`npm run ingest failed:\n${ingest.stdout}\n${ingest.stderr}`);
    buildSite(join(copy, 'dist'), {}, copy);
  });
  return join(dir, 'dist');
}
