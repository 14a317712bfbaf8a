import { buildSite } from './build.ts';
import { onceSync, runRoot } from './once.ts';

/**
 * Sub-path builds of the site, shared by the files that need one: `/papers/a/` (with a SITE_URL)
 * serves both the base-path test and the first of the two editions on one origin, so a run builds
 * each at most once (support/once.ts). They live in this run's folder, removed at its end.
 * Only the two-editions test may change files, and only in edition b, which no other file reads.
 */
export type Edition = 'a' | 'b';

/** The folder that holds `papers/a/` and `papers/b/`: serve it as an origin's root. */
export function editionsRoot(): string {
  return runRoot();
}

/**
 * The build of `edition` under `/papers/<edition>/`, built on first use in this run. Two files
 * running at once may both ask: the first builds, the other waits for the whole build (pages,
 * search index, sw.js, _headers).
 */
export function editionDir(edition: Edition): string {
  return onceSync(`papers/${edition}`, (dir) =>
    buildSite(dir, { BASE_PATH: `papers/${edition}`, SITE_URL: 'https://example.org' }),
  );
}
