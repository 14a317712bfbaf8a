/**
 * The contract (src/contract/) between the ingest and the site: every paper's generated output satisfies it,
 * the ingest refuses to write what breaks it (a coded error naming the file), and the CSL items it allows are
 * CSL-JSON by the official schema (checked with ajv, not with our schemas).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import cslData from '../../fixtures/schemas/csl-data.json' with { type: 'json' };
import { checkContract } from '../../../scripts/ingest/contract-check.ts';
import { paperItem } from '../../../src/citations/export.ts';
import { parsePaperMetadata } from '../../../src/lib/paper-metadata.ts';
import { IngestError } from '../../../scripts/ingest/diagnostics.ts';
import { ingest } from '../../../scripts/ingest/index.ts';
import { listPaperFolders } from '../../../scripts/ingest/paper-folders.ts';
import {
  noteCitationsListSchema,
  noteId,
  noteReferenceId,
  paperItemSchema,
  paperMetadataSchema,
  paragraphId,
  parseAnchorId,
  referencesSchema,
  sectionFrontMatterSchema,
  sectionListSchema,
} from '../../../src/contract/index.ts';

const ajv = new Ajv({ allErrors: true, strict: false });
addFormats(ajv);
const validCslJson = ajv.compile(cslData);

const json = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));

describe.each(listPaperFolders())('the committed output of $id', (paper) => {
  it('paper.yaml satisfies the metadata schema', () => {
    expect(paperMetadataSchema.safeParse(parse(readFileSync(paper.metadata, 'utf8'))).error).toBeUndefined();
  });

  it('every section’s front matter, sections.json, references.json and citations.json satisfy their schemas', () => {
    const mdx = readdirSync(paper.generated).filter((f) => f.endsWith('.mdx'));
    expect(mdx.length).toBeGreaterThan(0);
    for (const f of mdx) {
      const front: unknown = parse(
        /^---\n([\s\S]*?)\n---\n/.exec(readFileSync(`${paper.generated}/${f}`, 'utf8'))![1]!,
      );
      expect(sectionFrontMatterSchema.safeParse(front).error, f).toBeUndefined();
      expect((front as { paper: string }).paper).toBe(paper.id);
    }
    expect(sectionListSchema.safeParse(json(`${paper.generated}/sections.json`)).error).toBeUndefined();
    expect(referencesSchema.safeParse(json(`${paper.generated}/references.json`)).error).toBeUndefined();
    expect(noteCitationsListSchema.safeParse(json(`${paper.generated}/citations.json`)).error).toBeUndefined();
  });

  it('its references are CSL-JSON by the official schema', () => {
    expect(validCslJson(json(`${paper.generated}/references.json`))).toBe(true);
  });

  it('its own CSL item (the exports’) satisfies the paper-item schema, which references.json may not use', () => {
    const item = paperItem(parsePaperMetadata(readFileSync(paper.metadata, 'utf8')), 'https://papers.example.org/');
    expect(paperItemSchema.safeParse(item).error).toBeUndefined();
    // Its ISBN (and translators) are the paper's own fields: no cited source carries them.
    expect(referencesSchema.safeParse([item]).error?.issues.map((i) => i.message)).toEqual([
      expect.stringMatching(/ISBN/),
    ]);
  });
});

describe('the ingest checks its output against the contract before writing', () => {
  const good = ingest(readFileSync('tests/fixtures/papers/caspian-water/source.txt'), { sourceFile: 'source.txt' });
  const files = [...good.files, ...good.citationFiles];
  const violations = (broken: typeof files): string[] => {
    try {
      checkContract(broken);
      return [];
    } catch (error) {
      expect(error).toBeInstanceOf(IngestError);
      return (error as IngestError).diagnostics.map((d) => `${d.code} ${d.message}`);
    }
  };

  it('accepts what it writes', () => expect(violations(files)).toEqual([]));

  it('refuses a section without its title, naming the file and the field', () => {
    const broken = files.map((f) =>
      f.name.endsWith('.mdx') ? { ...f, content: f.content.replace(/^title: .*\n/m, '') } : f,
    );
    const found = violations(broken);
    expect(found.length).toBe(good.sections.length);
    expect(found[0]).toMatch(/^CONTRACT_VIOLATION 01-\S+\.mdx would not satisfy the contract .*title/);
  });

  it('refuses a CSL item with a field CSL-JSON does not define', () => {
    const broken = files.map((f) =>
      f.name === 'references.json'
        ? { ...f, content: f.content.replace('"id":', '"translated-title": "x", "id":') }
        : f,
    );
    expect(violations(broken)).toEqual([
      expect.stringMatching(/^CONTRACT_VIOLATION references\.json .*translated-title/),
    ]);
  });

  it('refuses a source with a field only the paper’s own item has (its ISBN)', () => {
    const broken = files.map((f) =>
      f.name === 'references.json' ? { ...f, content: f.content.replace('"id":', '"ISBN": "979-0", "id":') } : f,
    );
    expect(violations(broken)).toEqual([expect.stringMatching(/^CONTRACT_VIOLATION references\.json .*ISBN/)]);
  });

  it('refuses a citation pointing nowhere in its note (a negative offset)', () => {
    const broken = files.map((f) =>
      f.name === 'citations.json' ? { ...f, content: f.content.replace(/"start": \d+/, '"start": -1') } : f,
    );
    expect(violations(broken)).toEqual([expect.stringMatching(/^CONTRACT_VIOLATION citations\.json .*start/)]);
  });
});

describe('the ids of paragraphs and notes', () => {
  it('are made in one place and read back', () => {
    expect([paragraphId(3), noteId(23), noteReferenceId(23)]).toEqual([
      'p3',
      'user-content-fn-23',
      'user-content-fnref-23',
    ]);
    expect(parseAnchorId(paragraphId(3))).toEqual({ kind: 'paragraph', n: 3 });
    expect(parseAnchorId(noteId(23))).toEqual({ kind: 'note', n: 23 });
    expect(parseAnchorId(noteReferenceId(23))).toBeUndefined();
    expect(parseAnchorId('footnote-label')).toBeUndefined();
  });
});
