/**
 * `npm test`: every check, in stages that keep both cores busy. A stage starts once the one before
 * has passed; the steps of a stage run side by side, their output printed whole as each finishes.
 *
 *   1. the ingest (each paper's generated/ folder, which everything after reads);
 *   2. the production build (astro build) beside ESLint and Prettier, which read only the sources;
 *   3. astro check beside the unit and dist projects (none of them writes what astro check writes);
 *   4. the browser tests (e2e), which build sub-path editions in the project (.astro/) and must not
 *      race astro check for it.
 */
import { spawn } from 'node:child_process';
import { performance } from 'node:perf_hooks';

interface Step {
  readonly name: string;
  readonly command: readonly string[];
}

const npx = (...args: string[]): readonly string[] => ['npx', '--no-install', ...args];

const STAGES: readonly (readonly Step[])[] = [
  [{ name: 'ingest', command: ['npm', 'run', '--silent', 'ingest'] }],
  [
    { name: 'astro build', command: npx('astro', 'build') },
    { name: 'lint', command: ['npm', 'run', '--silent', 'lint'] },
  ],
  [
    { name: 'astro check', command: npx('astro', 'check') },
    { name: 'unit and dist', command: npx('vitest', 'run', '--project', 'unit', '--project', 'dist') },
  ],
  [{ name: 'e2e', command: npx('vitest', 'run', '--project', 'e2e') }],
];

interface Outcome {
  readonly name: string;
  readonly code: number;
  readonly seconds: number;
}

/** Runs `step`; alone it prints as it goes, beside others its output is kept and printed at its end. */
function run(step: Step, alone: boolean): Promise<Outcome> {
  const start = performance.now();
  const [command, ...args] = step.command;
  const child = spawn(command!, args, { stdio: alone ? 'inherit' : ['ignore', 'pipe', 'pipe'] });
  const output: Buffer[] = [];
  child.stdout?.on('data', (chunk: Buffer) => output.push(chunk));
  child.stderr?.on('data', (chunk: Buffer) => output.push(chunk));
  return new Promise((resolve) => {
    child.on('close', (status, signal) => {
      const seconds = (performance.now() - start) / 1000;
      if (!alone) process.stdout.write(`\n── ${step.name} ──\n${Buffer.concat(output).toString()}`);
      resolve({ name: step.name, code: status ?? (signal ? 1 : 0), seconds });
    });
  });
}

const outcomes: Outcome[] = [];
const started = performance.now();
for (const stage of STAGES) {
  const results = await Promise.all(stage.map((step) => run(step, stage.length === 1)));
  outcomes.push(...results);
  if (results.some((r) => r.code !== 0)) break;
}
const total = (performance.now() - started) / 1000;
const failed = outcomes.filter((o) => o.code !== 0);
console.log(
  `\n${outcomes.map((o) => `${o.code === 0 ? 'passed' : 'FAILED'}  ${o.name} ${o.seconds.toFixed(0)} s`).join('\n')}`,
);
console.log(
  `${failed.length === 0 ? 'All checks passed' : `${failed.length} step(s) failed`} in ${total.toFixed(0)} s.`,
);
process.exitCode = failed.length === 0 ? 0 : 1;
