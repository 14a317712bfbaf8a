/** content/paper/, content/references.json and content/citations.json are committed: exactly what a fresh ingest writes. */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ingest } from '../../../scripts/ingest/index.ts';
import { runningHeaderTexts } from '../../../scripts/ingest/paper-meta.ts';
import { OUTPUT_MARKER } from '../../../scripts/ingest/write-output.ts';
import { paperData, paperFile, paperMetadata, paperSections, sourceDir } from '../../support/content.ts';

describe('content/paper/', () => {
  it('matches a fresh ingest of the source (run `npm run ingest` after changing the pipeline)', () => {
    const [source] = readdirSync(sourceDir()).filter((f) => f.endsWith('.txt'));
    const result = ingest(readFileSync(`${sourceDir()}/${source}`), {
      sourceFile: source!,
      runningHeaderTexts: runningHeaderTexts(readFileSync(paperMetadata(), 'utf8')),
    });
    const onDisk = readdirSync(paperSections()).sort();
    // The marker that lets the ingest replace the folder: content/paper/ is its own output.
    expect(onDisk).toEqual([OUTPUT_MARKER, ...result.files.map((f) => f.name)].sort());
    for (const f of result.files) expect(readFileSync(paperFile(f.name), 'utf8'), f.name).toBe(f.content);
    expect(result.citationFiles.map((f) => f.name).sort()).toEqual(['citations.json', 'references.json']);
    for (const f of result.citationFiles) expect(readFileSync(paperData(f.name), 'utf8'), f.name).toBe(f.content);
  });
});
