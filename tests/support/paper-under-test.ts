// The papers' data as the site reads it, for unit tests of the pure citation code: the generated JSON parsed by
// the contract's schemas (the content collections use the same ones), read as the Markdown processor reads it
// (src/citations/data.ts), without astro:content.
import { readFileSync } from 'node:fs';
import { citationData } from '../../src/citations/data.ts';
import type { SeriesCitations } from '../../src/citations/sources.ts';
import { parsePaperMetadata } from '../../src/lib/paper-metadata.ts';
import { listPaperFolders, paperFolder } from '../../scripts/ingest/paper-folders.ts';
import { PAPER_ID } from './content.ts';

/** Every paper of content/papers/ with its citation data, as the sources pages get it. */
export function readSeriesCitations(): SeriesCitations {
  return new Map(listPaperFolders().map((p) => [p.id, citationData(p.id)]));
}

export const { references, notes: noteCitations, sections: sectionNotes } = citationData(PAPER_ID);
export const paper = parsePaperMetadata(readFileSync(paperFolder(PAPER_ID).metadata, 'utf8'));
export { PAPER_ID };
