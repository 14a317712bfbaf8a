import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Loader } from 'astro/loaders';
import { listPaperFolders, PAPERS_DIR, type PaperFolder } from '../../scripts/ingest/paper-folders.ts';

/**
 * A content-layer loader for one JSON file of every paper's generated/ folder (`references.json`…): one entry
 * per paper, id the paper's id, data `{ paper, items }`, validated by the collection's schema. In `astro dev`
 * an edited file is reloaded, with a new digest (src/lib/paper-data.ts keys its cache by it).
 */
export function paperJsonLoader(file: string, root = PAPERS_DIR): Loader {
  return {
    name: `paper-json:${file}`,
    load: async ({ store, parseData, generateDigest, watcher, logger }) => {
      const sync = async (paper: PaperFolder) => {
        const filePath = `${paper.generated}/${file}`;
        const text = await readFile(filePath, 'utf8');
        const data = await parseData({ id: paper.id, data: { paper: paper.id, items: JSON.parse(text) }, filePath });
        store.set({ id: paper.id, data, digest: generateDigest(text), filePath });
        return filePath;
      };
      store.clear();
      const papers = listPaperFolders(root);
      const byPath = new Map<string, PaperFolder>();
      for (const paper of papers) byPath.set(resolve(await sync(paper)), paper);
      if (!watcher) return;
      watcher.add([...byPath.keys()]);
      // Chokidar reports absolute paths, as the glob and file loaders compare them.
      watcher.on('change', (changed) => {
        const paper = byPath.get(resolve(changed));
        if (!paper) return;
        sync(paper).then(
          (filePath) => logger.info(`Reloaded ${filePath}`),
          (error: unknown) => logger.error(`Failed to reload ${paper.generated}/${file}: ${String(error)}`),
        );
      });
    },
  };
}
