import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { inject } from 'vitest';
import { buildSite } from './build.ts';

/**
 * Sub-path builds of the site, shared by the files that need one: `/papers/a/` (with a SITE_URL)
 * serves both the base-path test and the first of the two editions on one origin, so a run builds
 * each at most once. They live in a folder of this run (see global-setup.ts), removed at its end.
 */
export type Edition = 'a' | 'b';

/** The folder that holds `papers/a/` and `papers/b/`: serve it as an origin's root. */
export function editionsRoot(): string {
  return inject('editionsRoot');
}

/** The build of `edition` under `/papers/<edition>/`, built on first use in this run. */
export function editionDir(edition: Edition): string {
  const dir = join(editionsRoot(), 'papers', edition);
  if (!existsSync(join(dir, 'index.html'))) {
    buildSite(dir, { BASE_PATH: `papers/${edition}`, SITE_URL: 'https://example.org' });
  }
  return dir;
}
