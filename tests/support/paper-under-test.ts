// The papers' data as the site reads it, for unit tests of the pure citation code: the generated JSON parsed by
// the contract's schemas (the content collections use the same ones), without astro:content.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCitationData, type CitationData } from '../../src/citations/citation-data.ts';
import type { SeriesCitations } from '../../src/citations/sources.ts';
import { parsePaperMetadata } from '../../src/lib/paper-metadata.ts';
import { listPaperFolders, paperFolder } from '../../scripts/ingest/paper-folders.ts';
import { PAPER_ID } from './content.ts';

/** One paper's citation data from its generated/ folder. */
export function readCitationData(paper: string): CitationData {
  const json = (name: string): unknown => JSON.parse(readFileSync(join(paperFolder(paper).generated, name), 'utf8'));
  return parseCitationData({
    notes: json('citations.json'),
    references: json('references.json'),
    sections: json('sections.json'),
  });
}

/** Every paper of content/papers/ with its citation data, as the sources pages get it. */
export function readSeriesCitations(): SeriesCitations {
  return new Map(listPaperFolders().map((p) => [p.id, readCitationData(p.id)]));
}

export const { references, notes: noteCitations, sections: sectionNotes } = readCitationData(PAPER_ID);
export const paper = parsePaperMetadata(readFileSync(paperFolder(PAPER_ID).metadata, 'utf8'));
export { PAPER_ID };
