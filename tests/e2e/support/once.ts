import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { inject } from 'vitest';

/**
 * Work that several e2e files need and that costs a build or a printout: made once per run by the
 * first file to ask, in this run's folder (global-setup.ts, removed when the run ends). Files run
 * in parallel: the first to create `<name>.lock` makes it, the others wait for `<name>.built`
 * (or `<name>.failed`, which carries the maker's error).
 */
const WAIT_MS = 300_000;
const POLL_MS = 250;
const pause = new Int32Array(new SharedArrayBuffer(4));

/** This run's folder for shared builds and printouts. */
export function runRoot(): string {
  return inject('editionsRoot');
}

/** True for the first caller only: the one that makes it. */
function claim(dir: string): boolean {
  mkdirSync(dirname(dir), { recursive: true });
  try {
    mkdirSync(`${dir}.lock`);
    return true;
  } catch {
    return false;
  }
}

/** False once the maker has finished; throws its error if it failed, or if it takes too long. */
function waiting(dir: string, name: string, waited: number): boolean {
  if (existsSync(`${dir}.failed`)) {
    throw new Error(`${name}, made by another test file, failed:\n${readFileSync(`${dir}.failed`, 'utf8')}`);
  }
  if (existsSync(`${dir}.built`)) return false;
  if (waited > WAIT_MS) throw new Error(`${name}, made by another test file, never finished`);
  return true;
}

/** Leaves what the files waiting look for: `<dir>.built`, or `<dir>.failed` with the maker's error. */
function settle(dir: string, error?: unknown): void {
  if (error === undefined) writeFileSync(`${dir}.built`, '');
  else writeFileSync(`${dir}.failed`, error instanceof Error ? error.message : String(error));
}

/** `make(dir)` run once per run for `name` (a path inside the run's folder); returns that folder. */
export function onceSync(name: string, make: (dir: string) => void): string {
  const dir = join(runRoot(), name);
  if (claim(dir)) {
    try {
      make(dir);
    } catch (error) {
      settle(dir, error);
      throw error;
    }
    settle(dir);
  } else for (let waited = 0; waiting(dir, name, waited); waited += POLL_MS) Atomics.wait(pause, 0, 0, POLL_MS);
  return dir;
}

/** The same as onceSync for asynchronous work: the others wait without blocking their event loop. */
export async function once(name: string, make: (dir: string) => Promise<void>): Promise<string> {
  const dir = join(runRoot(), name);
  if (claim(dir)) {
    await make(dir).then(
      () => settle(dir),
      (error: unknown) => {
        settle(dir, error);
        throw error;
      },
    );
  } else for (let waited = 0; waiting(dir, name, waited); waited += POLL_MS) await sleep(POLL_MS);
  return dir;
}
