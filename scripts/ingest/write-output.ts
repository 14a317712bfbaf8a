/**
 * Writes the ingest's output without ever losing what it did not write: it refuses any folder that is
 * not new, empty or marked as its own, builds the new output beside it and swaps it in whole.
 */
import {
  accessSync,
  constants,
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  realpathSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { basename, dirname, join, relative, resolve, isAbsolute } from 'node:path';

export interface OutputFile {
  readonly name: string;
  readonly content: string;
}

/** The file that marks a folder as the ingest's own output: only such a folder is ever replaced. */
export const OUTPUT_MARKER = '.ingest-output';
const MARKER_TEXT =
  'This folder is written by the ingest (scripts/ingest/cli.ts): its next run replaces everything in it.\n';

export type OutputErrorCode =
  'OUTPUT_IS_A_FILE' | 'OUTPUT_HOLDS_INPUT' | 'OUTPUT_HOLDS_PROJECT' | 'OUTPUT_NOT_OURS' | 'OUTPUT_NOT_WRITABLE';

/** A refused or failed output, named by its path; `written` says whether anything changed on disk. */
export class OutputError extends Error {
  readonly code: OutputErrorCode;
  readonly path: string;
  readonly written: boolean;
  constructor(code: OutputErrorCode, path: string, message: string, written = false) {
    super(message);
    this.name = 'OutputError';
    this.code = code;
    this.path = path;
    this.written = written;
  }
}

export interface OutputCheck {
  /** The input file: its folder, and every folder above it, are refused. */
  readonly input: string;
  /** Folders that must never be replaced, nor any folder above them (the project, the working folder). */
  readonly protectedFolders: readonly string[];
}

/** `child` is `parent` or lies inside it. */
function isWithin(child: string, parent: string): boolean {
  const r = relative(parent, child);
  return r === '' || (!r.startsWith('..') && !isAbsolute(r));
}

/** The real path of `path`, following links through its nearest existing ancestor when it does not exist yet. */
function realPath(path: string): string {
  const absolute = resolve(path);
  if (existsSync(absolute)) return realpathSync(absolute);
  const parent = dirname(absolute);
  return parent === absolute ? absolute : join(realPath(parent), basename(absolute));
}

function errnoText(error: unknown): string {
  const e = error as NodeJS.ErrnoException;
  return e.code ? `${e.code}: ${e.message.replace(/^\w+: /, '').replace(/,.*$/, '')}` : String(e.message ?? error);
}

/** Refuses, before anything is touched, an output folder the ingest must not replace. */
export function checkOutputFolder(dir: string, check: OutputCheck): void {
  const target = realPath(dir);
  const refuse = (code: OutputErrorCode, why: string): never => {
    throw new OutputError(code, dir, `${why}; nothing was touched`);
  };
  if (existsSync(target) && !statSync(target).isDirectory())
    refuse('OUTPUT_IS_A_FILE', '--out names a file, not a folder: give a new or empty folder');
  if (isWithin(realPath(check.input), target))
    refuse(
      'OUTPUT_HOLDS_INPUT',
      '--out is the input file’s folder or a folder above it: replacing it would delete the source; give a new folder',
    );
  for (const folder of check.protectedFolders)
    if (isWithin(realPath(folder), target))
      refuse(
        'OUTPUT_HOLDS_PROJECT',
        '--out is the project or working folder, or a folder above it: give a new folder for the output',
      );
  if (existsSync(target)) {
    const entries = readdirSync(target);
    if (entries.length > 0 && !entries.includes(OUTPUT_MARKER))
      refuse(
        'OUTPUT_NOT_OURS',
        `the folder holds files the ingest did not write (no ${OUTPUT_MARKER} marker): give a new or empty folder`,
      );
  }
  // The new output is built beside the target and swapped in: both need write access.
  for (const folder of existsSync(target) ? [target, dirname(target)] : [nearestExisting(target)]) {
    try {
      if (!statSync(folder).isDirectory()) throw Object.assign(new Error('not a directory'), { code: 'ENOTDIR' });
      accessSync(folder, constants.W_OK);
    } catch (error) {
      throw new OutputError(
        'OUTPUT_NOT_WRITABLE',
        dir,
        `cannot write to ${folder} (${errnoText(error)}); nothing was written${existsSync(target) ? ', the previous output is still in place' : ''}`,
      );
    }
  }
}

function nearestExisting(path: string): string {
  let p = path;
  while (!existsSync(p) && dirname(p) !== p) p = dirname(p);
  return p;
}

const pidIsAlive = (pid: number): boolean => {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/**
 * Removes what a killed run left beside `target` (`.name.staging-PID`, `.name.old-PID`, `.name.tmp-PID`):
 * only when that run is gone and the leftover is the ingest's own (marked, empty, or a temporary file).
 */
export function cleanLeftovers(target: string): string[] {
  const parent = dirname(resolve(target));
  if (!existsSync(parent)) return [];
  const name = basename(resolve(target));
  const removed: string[] = [];
  for (const entry of readdirSync(parent)) {
    const m = /^\.(.+)\.(staging|old|tmp)-(\d+)$/.exec(entry);
    if (!m || m[1] !== name || pidIsAlive(Number(m[3]))) continue;
    // An old output is the only copy of the previous output until the new one is in place.
    if (m[2] === 'old' && !existsSync(join(parent, name))) continue;
    const path = join(parent, entry);
    const stat = lstatSync(path);
    const ours =
      m[2] === 'tmp'
        ? stat.isFile()
        : stat.isDirectory() && (readdirSync(path).length === 0 || existsSync(join(path, OUTPUT_MARKER)));
    if (!ours) continue;
    rmSync(path, { recursive: true, force: true });
    removed.push(path);
  }
  return removed;
}

/** Writes every file, with the marker, into a fresh sibling folder, then swaps it in place of `dir`. */
export function writeOutput(dir: string, files: readonly OutputFile[]): void {
  const target = realPath(dir);
  const parent = dirname(target);
  const staging = join(parent, `.${basename(target)}.staging-${process.pid}`);
  const retired = join(parent, `.${basename(target)}.old-${process.pid}`);
  const hadOutput = existsSync(target);
  const failed = (error: unknown, written = false): OutputError =>
    new OutputError(
      'OUTPUT_NOT_WRITABLE',
      dir,
      `cannot write the output (${errnoText(error)}); ${written ? `the previous output was moved to ${retired}` : `nothing was written${hadOutput ? ', the previous output is still in place' : ''}`}`,
      written,
    );
  try {
    mkdirSync(parent, { recursive: true });
    mkdirSync(staging);
    writeFileSync(join(staging, OUTPUT_MARKER), MARKER_TEXT);
    for (const f of files) writeFileSync(join(staging, f.name), f.content);
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    throw failed(error);
  }
  try {
    if (hadOutput) renameSync(target, retired);
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    throw failed(error);
  }
  try {
    renameSync(staging, target);
  } catch (error) {
    // Put the previous output back before saying that nothing was written.
    let restored = !hadOutput;
    try {
      if (hadOutput) renameSync(retired, target);
      restored = true;
    } catch {
      // Reported below: the previous output stays in `retired`.
    }
    rmSync(staging, { recursive: true, force: true });
    throw failed(error, !restored);
  }
  // The old output is ours and replaced; if it cannot go now, the next run cleans it up.
  rmSync(retired, { recursive: true, force: true, maxRetries: 1 });
}
