import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { withTrailingSlash } from '../lib/base-path.ts';
import { serviceWorkerSource } from './service-worker-source.ts';

// Pagefind also writes UI bundles this site never loads, and downloads are not for offline reading.
const SKIP = [/^pagefind\/pagefind-(component-ui|modular-ui|ui|highlight)\./, /^_headers$/, /^sw\.js$/, /\.(pdf|map)$/];

/** Every file of the build as a site path, sorted; pages as their directory URL (`introduction/`). */
export function offlineFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .filter((path) => !SKIP.some((re) => re.test(path)))
    .sort();
}

/** Writes `sw.js` after the build (and after the search index), listing every file for offline reading. */
export function serviceWorker(): AstroIntegration {
  let base = '/';
  return {
    name: 'paper-service-worker',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = withTrailingSlash(config.base);
      },
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const paths = offlineFiles(root);
        const hash = createHash('sha256');
        for (const path of paths) hash.update(path).update(readFileSync(join(root, path)));
        const version = hash.digest('hex').slice(0, 16);
        const files = paths.map((p) => `${base}${p.replace(/(^|\/)index\.html$/, '$1')}`);
        writeFileSync(join(root, 'sw.js'), serviceWorkerSource({ version, base, files }));
        logger.info(`sw.js: ${files.length} files for offline reading, version ${version}`);
      },
    },
  };
}
