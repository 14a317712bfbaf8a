/** content/paper/, content/references.json and content/citations.json are committed: exactly what a fresh ingest writes. */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ingest } from '../../../scripts/ingest/index.ts';
import { runningHeaderTexts } from '../../../scripts/ingest/paper-meta.ts';
import { OUTPUT_MARKER } from '../../../scripts/ingest/write-output.ts';

describe('content/paper/', () => {
  it('matches a fresh ingest of the source (run `npm run ingest` after changing the pipeline)', () => {
    const [source] = readdirSync('content/source').filter((f) => f.endsWith('.txt'));
    const result = ingest(readFileSync(`content/source/${source}`), {
      sourceFile: source!,
      runningHeaderTexts: runningHeaderTexts(readFileSync('content/paper.yaml', 'utf8')),
    });
    const onDisk = readdirSync('content/paper').sort();
    // The marker that lets the ingest replace the folder: content/paper/ is its own output.
    expect(onDisk).toEqual([OUTPUT_MARKER, ...result.files.map((f) => f.name)].sort());
    for (const f of result.files) expect(readFileSync(`content/paper/${f.name}`, 'utf8'), f.name).toBe(f.content);
    expect(result.citationFiles.map((f) => f.name).sort()).toEqual(['citations.json', 'references.json']);
    for (const f of result.citationFiles) expect(readFileSync(`content/${f.name}`, 'utf8'), f.name).toBe(f.content);
  });
});
