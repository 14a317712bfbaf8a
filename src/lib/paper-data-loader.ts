import { readFile } from 'node:fs/promises';
import type { Loader } from 'astro/loaders';
import { listPaperFolders, PAPERS_DIR } from '../../scripts/ingest/paper-folders.ts';

/**
 * A content-layer loader for one JSON file of every paper's generated/ folder (`references.json`…): one entry
 * per paper, id the paper's id, data `{ paper, items }`, validated by the collection's schema.
 */
export function paperJsonLoader(file: string, root = PAPERS_DIR): Loader {
  return {
    name: `paper-json:${file}`,
    load: async ({ store, parseData, generateDigest, watcher }) => {
      store.clear();
      for (const paper of listPaperFolders(root)) {
        const filePath = `${paper.generated}/${file}`;
        const text = await readFile(filePath, 'utf8');
        const data = await parseData({ id: paper.id, data: { paper: paper.id, items: JSON.parse(text) }, filePath });
        store.set({ id: paper.id, data, digest: generateDigest(text), filePath });
        watcher?.add(filePath);
      }
    },
  };
}
