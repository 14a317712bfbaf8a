import { cpSync, mkdirSync, readdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';

// What a copy of the project leaves out: installed packages, builds, caches, the repository, outputs.
const SKIP = new Set(['node_modules', 'dist', '.astro', '.tmp', '.git', 'bench', 'test-results']);

/**
 * Copies the project at `root` into the empty folder `dir`, entry by entry (a run's own folder may
 * be inside the project), for builds that must not touch the working tree: the bench's series and
 * the tests' two-paper site. node_modules links the packages one by one, without Astro's and
 * Vite's caches, so the copy builds from scratch without a new install.
 */
export function copyProject(root: string, dir: string): void {
  mkdirSync(dir, { recursive: true });
  for (const name of readdirSync(root))
    if (!SKIP.has(name)) cpSync(join(root, name), join(dir, name), { recursive: true });
  mkdirSync(join(dir, 'node_modules'));
  for (const name of readdirSync(join(root, 'node_modules')))
    if (name !== '.astro' && name !== '.vite')
      symlinkSync(join(root, 'node_modules', name), join(dir, 'node_modules', name));
}
