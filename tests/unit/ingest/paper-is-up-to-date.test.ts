/** Each paper's generated/ folder is committed: exactly what a fresh ingest of its source writes. */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ingest } from '../../../scripts/ingest/index.ts';
import { listPaperFolders } from '../../../scripts/ingest/paper-folders.ts';
import { runningHeaderTexts } from '../../../scripts/ingest/paper-meta.ts';
import { OUTPUT_MARKER } from '../../../scripts/ingest/write-output.ts';

const papers = listPaperFolders();

describe.each(papers)('$generated', (paper) => {
  it('matches a fresh ingest of the source (run `npm run ingest` after changing the pipeline)', () => {
    const result = ingest(readFileSync(paper.source), {
      sourceFile: 'source.txt',
      paper: paper.id,
      runningHeaderTexts: runningHeaderTexts(readFileSync(paper.metadata, 'utf8')),
    });
    const written = [...result.files, ...result.citationFiles];
    // The marker that lets the ingest replace the folder: generated/ is its own output.
    expect(readdirSync(paper.generated).sort()).toEqual([OUTPUT_MARKER, ...written.map((f) => f.name)].sort());
    for (const f of written) expect(readFileSync(`${paper.generated}/${f.name}`, 'utf8'), f.name).toBe(f.content);
  });
});

it('the series has at least one paper', () => expect(papers.length).toBeGreaterThan(0));
