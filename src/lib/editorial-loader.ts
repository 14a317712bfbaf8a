import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename, join, relative, resolve } from 'node:path';
import type { Loader } from 'astro/loaders';
import type { z } from 'astro/zod';
import { listPaperFolders } from '../../scripts/ingest/paper-folders.ts';
import { EditorialError } from './editorial-file.ts';
import { editorialSet, paperOfPath, type EditorialSetOptions } from './editorial-sets.ts';

/** The id of the series-wide file's entry; a paper's own file's is the paper's id. */
const SERIES_ENTRY = 'series';

/**
 * A content-layer loader for one kind of editors' file (`glossary.yaml`…): one entry per file, the series-wide
 * one (id `series`) and each paper's own (id the paper's), data `{ paper, file, entries }`. The files are read,
 * validated and merged together (ids and names are unique across the series): any problem is an EditorialError
 * naming file, line and entry. In `astro dev` an edited, added or removed file reloads them all; a broken one is
 * reported and the entries kept as they were.
 */
export function editorialLoader<S extends z.ZodType<readonly unknown[]>>(
  options: Omit<EditorialSetOptions<S>, 'sources'> & { readonly name: string; readonly root?: string },
): Loader {
  const root = options.root ?? '.';
  const seriesPath = join(root, options.seriesFile);
  const paperPaths = () =>
    listPaperFolders(join(root, 'content/papers'))
      .map((p) => join(p.dir, options.name))
      .filter((p) => existsSync(p));
  return {
    name: `editorial:${options.name}`,
    load: async ({ store, parseData, generateDigest, watcher, logger }) => {
      const sync = async () => {
        const paths = [seriesPath, ...paperPaths()];
        // Named as the project names them (`content/papers/<id>/glossary.yaml`), in messages and entries alike.
        const texts = await Promise.all(
          paths.map(async (p) => [relative(root, p), await readFile(p, 'utf8').catch(() => undefined)] as const),
        );
        const sources = Object.fromEntries(texts.filter((t): t is readonly [string, string] => t[1] !== undefined));
        const set = editorialSet({ ...options, sources });
        if (set.problems.length > 0) throw new EditorialError(set.problems);
        const entries = await Promise.all(
          set.files.map(async (f) => {
            const id = f.paper ?? SERIES_ENTRY;
            const filePath = join(root, f.file);
            const data = await parseData({ id, data: { paper: f.paper, file: f.file, entries: f.entries }, filePath });
            return { id, data, digest: generateDigest(sources[f.file]!), filePath };
          }),
        );
        // Only once every file is good: a broken edit in `astro dev` keeps the last good entries.
        store.clear();
        for (const entry of entries) store.set(entry);
      };
      await sync();
      if (!watcher) return;
      const ours = (path: string) => {
        const file = relative(resolve(root), resolve(path)).split('\\').join('/');
        return (
          file === options.seriesFile ||
          (file.startsWith('content/papers/') && paperOfPath(file) !== undefined && basename(file) === options.name)
        );
      };
      // Chokidar reports absolute paths; the project's folder is watched already (a new paper's file too).
      for (const event of ['change', 'add', 'unlink'] as const) {
        watcher.on(event, (changed: string) => {
          if (!ours(changed)) return;
          sync().then(
            () => logger.info(`Reloaded ${relative(resolve(root), resolve(changed))}`),
            (error: unknown) => logger.error(error instanceof Error ? error.message : String(error)),
          );
        });
      }
    },
  };
}
