import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { inject } from 'vitest';
import { buildSite } from './build.ts';

/**
 * Sub-path builds of the site, shared by the files that need one: `/papers/a/` (with a SITE_URL)
 * serves both the base-path test and the first of the two editions on one origin, so a run builds
 * each at most once. They live in a folder of this run (see global-setup.ts), removed at its end.
 * Only the two-editions test may change files, and only in edition b, which no other file reads.
 */
export type Edition = 'a' | 'b';

/** The folder that holds `papers/a/` and `papers/b/`: serve it as an origin's root. */
export function editionsRoot(): string {
  return inject('editionsRoot');
}

const pause = new Int32Array(new SharedArrayBuffer(4));
const BUILD_WAIT_MS = 300_000;

/**
 * The build of `edition` under `/papers/<edition>/`, built on first use in this run. Two files
 * running at once may both ask: the first to create the lock folder builds, the other waits.
 */
export function editionDir(edition: Edition): string {
  const dir = join(editionsRoot(), 'papers', edition);
  // Written once the whole build (pages, search index, sw.js, _headers) is there.
  const built = `${dir}.built`;
  mkdirSync(join(editionsRoot(), 'papers'), { recursive: true });
  try {
    mkdirSync(`${dir}.lock`);
  } catch {
    // Another file is building it (or has built it): wait for the whole build.
    for (let waited = 0; !existsSync(built); waited += 500) {
      if (waited > BUILD_WAIT_MS) throw new Error(`the /papers/${edition}/ build of another test file never finished`);
      Atomics.wait(pause, 0, 0, 500);
    }
    return dir;
  }
  buildSite(dir, { BASE_PATH: `papers/${edition}`, SITE_URL: 'https://example.org' });
  writeFileSync(built, '');
  return dir;
}
