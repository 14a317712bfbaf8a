/** The ingest pipeline: source text → pages → notes (→ citations) → headings → paragraphs → references → sections → MDX. */
import { parseCitations } from '../../src/citations/parse-notes.ts';
import type { CslItem, NoteCitations, SectionNotes } from '../../src/contract/index.ts';
import { checkContract } from './contract-check.ts';
import type { Diagnostic } from './diagnostics.ts';
import { fatal } from './diagnostics.ts';
import { classifyHeadings } from './headings.ts';
import { measureLayout } from './layout.ts';
import { sectionToMdx } from './mdx.ts';
import { toJsonText } from './json-text.ts';
import { collectNotes, type Note } from './notes.ts';
import { splitPages } from './pages.ts';
import { preprocess } from './preprocess.ts';
import { linkReferences } from './references.ts';
import { reflow } from './reflow.ts';
import { buildSections, type Section } from './sections.ts';

export interface IngestOptions {
  /** Name of the source file, recorded in the output. */
  readonly sourceFile: string;
  /** The paper's id (its folder's name under content/papers/), recorded in each section; by default the source's name. */
  readonly paper?: string;
  /** Texts known to be running headers (the paper's title, its authors), matched loosely. */
  readonly runningHeaderTexts?: readonly string[];
}

export interface Report {
  readonly sections: readonly { title: string; slug: string; file: string; notes: [number | null, number | null] }[];
  /** How many references the body text holds. */
  readonly notes: number;
  readonly warnings: readonly { code: string; line: number; column?: number; message: string }[];
  /** Lines left out as running headers: nothing else of the source is dropped. */
  readonly runningHeaders: readonly { line: number; text: string }[];
}

export interface IngestResult {
  /** The section MDX files, sections.json and report.json, ready to write, checked against the contract. */
  readonly files: readonly { readonly name: string; readonly content: string }[];
  readonly sections: readonly Section[];
  readonly notes: readonly Note[];
  /** CSL-JSON, one item per work cited, in the order of first citation. */
  readonly references: readonly CslItem[];
  /** Per note, the spans of its citations (pointing into `references`) and of its URLs. */
  readonly citations: readonly NoteCitations[];
  /** references.json and citations.json, ready to write (beside the paper folder, or into --out). */
  readonly citationFiles: readonly { readonly name: string; readonly content: string }[];
  readonly report: Report;
  readonly diagnostics: readonly Diagnostic[];
}

/** Ingests one paper; throws an IngestError (with line numbers) on input it cannot make sense of. */
export function ingest(input: Uint8Array | string, options: IngestOptions): IngestResult {
  const { lines, diagnostics: read } = preprocess(input);
  const layout = measureLayout(lines);
  const paged = splitPages(lines, layout);
  const notes = collectNotes(paged.pages);
  const cited = parseCitations(notes);
  const headed = classifyHeadings(paged.pages, { runningHeaderTexts: options.runningHeaderTexts ?? [] });
  if (!headed.headings.some((h) => h !== undefined)) {
    throw fatal(
      'NO_SECTION',
      paged.pages[0]?.line ?? 1,
      'no section heading found: a heading is a short line at a page top, followed by a blank line',
    );
  }
  const flowed = reflow(paged.pages, headed.headings, layout);
  const linked = linkReferences(flowed.sections, notes);
  const sections = buildSections(linked.sections, notes);
  if (sections.every((s) => s.paragraphs.length === 0))
    throw fatal('NO_BODY_TEXT', 1, 'headings were found, but no body text');

  const diagnostics = [
    ...read,
    ...paged.diagnostics,
    ...cited.diagnostics,
    ...headed.diagnostics,
    ...flowed.diagnostics,
    ...linked.diagnostics,
  ].sort((a, b) => a.line - b.line || (a.column ?? 0) - (b.column ?? 0));
  const report: Report = {
    sections: sections.map((s) => ({ title: s.title, slug: s.slug, file: s.file, notes: [s.firstNote, s.lastNote] })),
    notes: linked.references.length,
    warnings: diagnostics
      .filter((d) => d.severity === 'warning')
      .map((d) => ({
        code: d.code,
        line: d.line,
        ...(d.column === undefined ? {} : { column: d.column }),
        message: d.message,
      })),
    runningHeaders: headed.runningHeaders.map((l) => ({ line: l.line, text: l.text })),
  };
  const paper = options.paper ?? options.sourceFile.replace(/\.txt$/, '');
  const files = [
    ...sections.map((s) => ({ name: s.file, content: sectionToMdx(s, options.sourceFile, paper) })),
    // The sections with their note ranges, for the site; report.json is the log.
    {
      name: 'sections.json',
      content: toJsonText(
        sections.map((s): SectionNotes => ({
          title: s.title,
          slug: s.slug,
          firstNote: s.firstNote,
          lastNote: s.lastNote,
        })),
      ),
    },
    { name: 'report.json', content: `${JSON.stringify(report, null, 2)}\n` },
  ];
  const citationFiles = [
    { name: 'references.json', content: toJsonText(cited.references) },
    { name: 'citations.json', content: toJsonText(cited.notes) },
  ];
  checkContract([...files, ...citationFiles]);
  return {
    files,
    sections,
    notes,
    references: cited.references,
    citations: cited.notes,
    citationFiles,
    report,
    diagnostics,
  };
}
