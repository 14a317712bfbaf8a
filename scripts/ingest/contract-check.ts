/**
 * The last stage: every file the ingest is about to write is read back and checked against the contract
 * (src/contract/), so the site never receives what its schemas do not allow. A violation is an error
 * (CONTRACT_VIOLATION) and nothing is written.
 */
import type { z } from 'astro/zod';
import { parse } from 'yaml';
import {
  noteCitationsListSchema,
  referencesSchema,
  sectionFrontMatterSchema,
  sectionListSchema,
} from '../../src/contract/index.ts';
import { IngestError, type Diagnostic } from './diagnostics.ts';
import type { OutputFile } from './write-output.ts';

/** The schema of each JSON file of the output, by name. */
const JSON_SCHEMAS: Readonly<Record<string, z.ZodType>> = {
  'sections.json': sectionListSchema,
  'references.json': referencesSchema,
  'citations.json': noteCitationsListSchema,
};

function violation(file: string, line: number, error: z.ZodError): Diagnostic {
  const issues = error.issues.map((i) => `${i.path.join('.') || '(top)'}: ${i.message}`).join('; ');
  return {
    code: 'CONTRACT_VIOLATION',
    severity: 'error',
    line,
    message: `${file} would not satisfy the contract (src/contract/): ${issues}; this is an ingest bug, please report it`,
  };
}

/** Throws an IngestError listing every output file that breaks its schema; `report.json` is a log, not checked. */
export function checkContract(files: readonly OutputFile[]): void {
  const problems: Diagnostic[] = [];
  for (const f of files) {
    if (f.name.endsWith('.mdx')) {
      const front: unknown = parse(/^---\n([\s\S]*?)\n---\n/.exec(f.content)?.[1] ?? '');
      const result = sectionFrontMatterSchema.safeParse(front);
      const line = (front as { sourceLines?: unknown[] } | null)?.sourceLines?.[0];
      if (!result.success) problems.push(violation(f.name, typeof line === 'number' ? line : 1, result.error));
      continue;
    }
    const schema = JSON_SCHEMAS[f.name];
    if (!schema) continue;
    const result = schema.safeParse(JSON.parse(f.content));
    if (!result.success) problems.push(violation(f.name, 1, result.error));
  }
  if (problems.length > 0) throw new IngestError(problems);
}
