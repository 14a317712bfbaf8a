/**
 * `npm run ingest`: content/source/*.txt → content/paper/.
 * `npm run ingest -- <file.txt> --out <dir>`: any paper of the same format → <dir>, with report.json.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { formatDiagnostic, IngestError } from './diagnostics.ts';
import { ingest } from './index.ts';
import { runningHeaderTexts } from './paper-meta.ts';
import { writeOutput } from './write-output.ts';

interface Job {
  readonly input: string;
  readonly out: string;
  readonly runningHeaderTexts: readonly string[];
}

const USAGE = 'usage: npm run ingest [-- <file.txt> --out <dir>]';

function parseArgs(argv: readonly string[]): Job {
  const files = argv.filter((a, i) => !a.startsWith('--') && argv[i - 1] !== '--out');
  const outIndex = argv.indexOf('--out');
  const unknown = argv.filter((a) => a.startsWith('--') && a !== '--out');
  if (unknown.length > 0 || files.length > 1 || (outIndex >= 0 && !argv[outIndex + 1])) throw new UsageError(USAGE);
  if (files[0] !== undefined) {
    if (outIndex < 0) throw new UsageError(`${USAGE}\n--out <dir> is required with an input file`);
    return { input: files[0], out: argv[outIndex + 1]!, runningHeaderTexts: [] };
  }
  const sources = readdirSync('content/source').filter((f) => f.endsWith('.txt'));
  if (sources.length !== 1) throw new UsageError(`content/source/ must hold exactly one .txt file (found ${sources.length})`);
  return { input: join('content/source', sources[0]!), out: outIndex >= 0 ? argv[outIndex + 1]! : 'content/paper', runningHeaderTexts: runningHeaderTexts(readFileSync('content/paper.yaml', 'utf8')) };
}

class UsageError extends Error {}

function main(argv: readonly string[]): number {
  let job: Job;
  try {
    job = parseArgs(argv);
  } catch (error) {
    console.error(error instanceof UsageError ? error.message : `ingest: ${(error as Error).message}`);
    return 2;
  }
  const nearby = relative(process.cwd(), job.input);
  const shown = nearby === '' || nearby.startsWith('..') ? job.input : nearby;
  let bytes: Buffer;
  try {
    bytes = readFileSync(job.input);
  } catch (error) {
    console.error(`${shown}: error: cannot read the file (${(error as NodeJS.ErrnoException).code ?? 'unknown error'})`);
    return 1;
  }
  const sourceLines = bytes.toString('utf8').split(/\r\n?|\n/);
  try {
    const result = ingest(bytes, { sourceFile: basename(job.input), runningHeaderTexts: job.runningHeaderTexts });
    writeOutput(job.out, result.files);
    for (const d of result.diagnostics) if (d.severity !== 'info') console.error(formatDiagnostic(d, shown, sourceLines));
    console.log(
      `ingest: ${shown} → ${job.out}/: ${result.sections.length} sections, ${result.report.notes} references, ${result.report.warnings.length} warnings`,
    );
    return 0;
  } catch (error) {
    if (error instanceof IngestError) {
      for (const d of error.diagnostics) console.error(formatDiagnostic(d, shown, sourceLines));
      console.error(`ingest: ${shown}: nothing was written`);
      return 1;
    }
    // Never a stack trace: name the file and say what went wrong.
    console.error(`${shown}: error: ${(error as Error).message}\ningest: nothing was written`);
    return 2;
  }
}

process.exitCode = main(process.argv.slice(2));
