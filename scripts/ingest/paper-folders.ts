/** The series on disk: one folder per paper under content/papers/, each with its source, metadata and generated output. */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Where the papers of the series live, relative to the project. */
export const PAPERS_DIR = 'content/papers';

/** One paper's folder: `content/papers/<id>/`. */
export interface PaperFolder {
  /** The folder's name: the paper's id, and the first segment of its pages' URLs. */
  readonly id: string;
  readonly dir: string;
  /** The PDF-extracted text, byte for byte, never edited by hand. */
  readonly source: string;
  /** The paper's metadata (title, authors, series…). */
  readonly metadata: string;
  /** The ingest's output for this paper, replaced whole by each run (it holds the `.ingest-output` marker). */
  readonly generated: string;
}

/** The folder of paper `id` under `root`. */
export function paperFolder(id: string, root = PAPERS_DIR): PaperFolder {
  const dir = join(root, id);
  return {
    id,
    dir,
    source: join(dir, 'source.txt'),
    metadata: join(dir, 'paper.yaml'),
    generated: join(dir, 'generated'),
  };
}

/** Every paper of the series, by id: each folder of `root` that holds a source.txt. */
export function listPaperFolders(root = PAPERS_DIR): PaperFolder[] {
  if (!existsSync(root)) return [];
  return readdirSync(root, { withFileTypes: true })
    .filter((e) => e.isDirectory() && !e.name.startsWith('.'))
    .map((e) => paperFolder(e.name, root))
    .filter((p) => existsSync(p.source))
    .sort((a, b) => a.id.localeCompare(b.id));
}
