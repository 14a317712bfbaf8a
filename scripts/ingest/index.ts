/** The ingest pipeline: source text → pages → notes → headings → paragraphs → references → sections → MDX. */
import type { Diagnostic } from './diagnostics.ts';
import { fatal } from './diagnostics.ts';
import { classifyHeadings } from './headings.ts';
import { measureLayout } from './layout.ts';
import { sectionToMdx } from './mdx.ts';
import { collectNotes } from './notes.ts';
import { splitPages } from './pages.ts';
import { preprocess } from './preprocess.ts';
import { linkReferences } from './references.ts';
import { reflow } from './reflow.ts';
import { buildSections, type Section } from './sections.ts';

export interface IngestOptions {
  /** Name of the source file, recorded in the output. */
  readonly sourceFile: string;
  /** Texts known to be running headers (the paper's title, its authors), matched loosely. */
  readonly runningHeaderTexts?: readonly string[];
}

export interface Report {
  readonly sections: readonly { title: string; slug: string; file: string; notes: [number | null, number | null] }[];
  /** How many references the body text holds. */
  readonly notes: number;
  readonly warnings: readonly { code: string; line: number; message: string }[];
  /** Lines left out as running headers: nothing else of the source is dropped. */
  readonly runningHeaders: readonly { line: number; text: string }[];
}

export interface IngestResult {
  /** The section MDX files and report.json, ready to write. */
  readonly files: readonly { readonly name: string; readonly content: string }[];
  readonly sections: readonly Section[];
  readonly report: Report;
  readonly diagnostics: readonly Diagnostic[];
}

/** Ingests one paper; throws an IngestError (with line numbers) on input it cannot make sense of. */
export function ingest(input: Uint8Array | string, options: IngestOptions): IngestResult {
  const lines = preprocess(input);
  const layout = measureLayout(lines);
  const paged = splitPages(lines, layout);
  const notes = collectNotes(paged.pages);
  const headed = classifyHeadings(paged.pages, { runningHeaderTexts: options.runningHeaderTexts ?? [] });
  if (!headed.headings.some((h) => h !== undefined)) {
    throw fatal('NO_SECTION', paged.pages[0]?.line ?? 1, 'no section heading found: a heading is a short line at a page top, followed by a blank line');
  }
  const flowed = reflow(paged.pages, headed.headings, layout);
  const linked = linkReferences(flowed.sections, notes);
  const sections = buildSections(linked.sections, notes);
  if (sections.every((s) => s.paragraphs.length === 0)) throw fatal('NO_BODY_TEXT', 1, 'headings were found, but no body text');

  const diagnostics = [...paged.diagnostics, ...headed.diagnostics, ...flowed.diagnostics, ...linked.diagnostics].sort(
    (a, b) => a.line - b.line || (a.column ?? 0) - (b.column ?? 0),
  );
  const report: Report = {
    sections: sections.map((s) => ({ title: s.title, slug: s.slug, file: s.file, notes: [s.firstNote, s.lastNote] })),
    notes: linked.references.length,
    warnings: diagnostics.filter((d) => d.severity === 'warning').map((d) => ({ code: d.code, line: d.line, message: d.message })),
    runningHeaders: headed.runningHeaders.map((l) => ({ line: l.line, text: l.text })),
  };
  return {
    files: [
      ...sections.map((s) => ({ name: s.file, content: sectionToMdx(s, options.sourceFile) })),
      { name: 'report.json', content: `${JSON.stringify(report, null, 2)}\n` },
    ],
    sections,
    report,
    diagnostics,
  };
}
