/**
 * `npm run ingest`: every paper of content/papers/<id>/ (source.txt, paper.yaml) → content/papers/<id>/generated/
 * (the section MDX, report.json, references.json and citations.json).
 * `npm run ingest -- <file.txt> --out <dir>`: any paper of the same format → <dir>, the same files.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { formatDiagnostic, IngestError } from './diagnostics.ts';
import { ingest } from './index.ts';
import { listPaperFolders, PAPERS_DIR } from './paper-folders.ts';
import { runningHeaderTexts } from './paper-meta.ts';
import { slugify } from './slug.ts';
import { checkOutputFolder, cleanLeftovers, OutputError, writeOutput } from './write-output.ts';

interface Job {
  readonly input: string;
  /** The paper's id: its folder's name (`content/papers/<id>/source.txt`), or the file's name. */
  readonly paper: string;
  readonly out: string;
  readonly runningHeaderTexts: readonly string[];
}

const USAGE = 'usage: npm run ingest [-- <file.txt> --out <dir>]';

/** The running-header texts of the paper.yaml beside `input`, if there is one. */
function headerTextsBeside(input: string): string[] {
  const metadata = join(dirname(input), 'paper.yaml');
  return existsSync(metadata) ? runningHeaderTexts(readFileSync(metadata, 'utf8')) : [];
}

function parseArgs(argv: readonly string[]): Job[] {
  const files = argv.filter((a, i) => !a.startsWith('--') && argv[i - 1] !== '--out');
  const outIndex = argv.indexOf('--out');
  const unknown = argv.filter((a) => a.startsWith('--') && a !== '--out');
  if (unknown.length > 0 || files.length > 1 || (outIndex >= 0 && !argv[outIndex + 1])) throw new UsageError(USAGE);
  if (files[0] !== undefined) {
    if (outIndex < 0) throw new UsageError(`${USAGE}\n--out <dir> is required with an input file`);
    const input = files[0];
    const paper = slugify(
      basename(input) === 'source.txt' ? basename(dirname(resolve(input))) : basename(input, '.txt'),
    );
    return [{ input, paper, out: argv[outIndex + 1]!, runningHeaderTexts: headerTextsBeside(input) }];
  }
  if (outIndex >= 0)
    throw new UsageError(
      `${USAGE}\n--out <dir> needs an input file: the papers of ${PAPERS_DIR}/ go to their own folders`,
    );
  const papers = listPaperFolders();
  if (papers.length === 0) throw new UsageError(`${PAPERS_DIR}/ holds no paper (a folder with a source.txt)`);
  return papers.map((p) => ({
    input: p.source,
    paper: p.id,
    out: p.generated,
    runningHeaderTexts: existsSync(p.metadata) ? runningHeaderTexts(readFileSync(p.metadata, 'utf8')) : [],
  }));
}

class UsageError extends Error {}

/** The checkout this command belongs to: never an output folder, nor any folder above it. */
const PROJECT_ROOT = resolve(dirname(import.meta.filename), '../..');

/** Prints a refused or failed output (`path: error CODE: message`); exit code 1. */
function outputFailed(error: unknown, out: string): number {
  if (error instanceof OutputError) console.error(`${shownPath(error.path)}: error ${error.code}: ${error.message}`);
  else {
    const code = (error as NodeJS.ErrnoException).code ?? 'unknown error';
    console.error(
      `${shownPath(out)}: error OUTPUT_NOT_WRITABLE: cannot inspect the folder (${code}); nothing was touched`,
    );
  }
  return 1;
}

/** A path as the user would type it: relative to the working folder when inside it. */
function shownPath(path: string): string {
  const nearby = relative(process.cwd(), path);
  return nearby === '' || nearby.startsWith('..') ? path : nearby;
}

function main(argv: readonly string[]): number {
  let jobs: Job[];
  try {
    jobs = parseArgs(argv);
  } catch (error) {
    console.error(error instanceof UsageError ? error.message : `ingest: ${(error as Error).message}`);
    return 2;
  }
  // Every paper is ingested, even after one fails: the build then fails naming each paper at fault.
  return Math.max(...jobs.map(runJob));
}

/** Ingests one paper into its output folder; the exit code (0, 1 refused or bad input, 2 unexpected). */
function runJob(job: Job): number {
  const shown = shownPath(job.input);
  try {
    // Refused before anything is read or touched: a mistyped --out must never cost anything.
    checkOutputFolder(job.out, { input: job.input, protectedFolders: [process.cwd(), PROJECT_ROOT] });
    for (const leftover of cleanLeftovers(job.out))
      console.error(`ingest: removed ${shownPath(leftover)}, left over by an interrupted run`);
  } catch (error) {
    return outputFailed(error, job.out);
  }
  let bytes: Buffer;
  try {
    bytes = readFileSync(job.input);
  } catch (error) {
    console.error(
      `${shown}: error: cannot read the file (${(error as NodeJS.ErrnoException).code ?? 'unknown error'})`,
    );
    return 1;
  }
  const sourceLines = bytes.toString('utf8').split(/\r\n?|\n/);
  try {
    const result = ingest(bytes, {
      sourceFile: basename(job.input),
      paper: job.paper,
      runningHeaderTexts: job.runningHeaderTexts,
    });
    writeOutput(job.out, [...result.files, ...result.citationFiles]);
    for (const d of result.diagnostics)
      if (d.severity !== 'info') console.error(formatDiagnostic(d, shown, sourceLines));
    console.log(
      `ingest: ${shown} → ${job.out}/: ${result.sections.length} sections, ${result.report.notes} references, ${result.references.length} sources cited, ${result.report.warnings.length} warnings`,
    );
    return 0;
  } catch (error) {
    if (error instanceof OutputError) return outputFailed(error, job.out);
    if (error instanceof IngestError) {
      for (const d of error.diagnostics) console.error(formatDiagnostic(d, shown, sourceLines));
      console.error(`ingest: ${shown}: nothing was written`);
      return 1;
    }
    // Never a stack trace: name the file and say what went wrong.
    console.error(`${shown}: error: ${(error as Error).message}\ningest: ${shown}: nothing was written`);
    return 2;
  }
}

process.exitCode = main(process.argv.slice(2));
