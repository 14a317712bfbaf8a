import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../../', import.meta.url));

/** Builds the site (of `project`, this one by default) into `outDir` with extra environment (BASE_PATH, SITE_URL…); throws with Astro's output on failure. */
export function buildSite(outDir: string, env: Record<string, string>, project: string = root): void {
  const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', outDir], {
    cwd: project,
    env: { ...cleanEnvironment(), ...env },
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`astro build failed:\n${result.stdout}\n${result.stderr}`);
}

/** The environment less what Vitest adds (BASE_URL, MODE, NODE_ENV=test…), which would steer Astro's build. */
function cleanEnvironment(): NodeJS.ProcessEnv {
  const clean: NodeJS.ProcessEnv = {};
  for (const [name, value] of Object.entries(process.env)) {
    if (['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV', 'TEST'].includes(name) || name.startsWith('VITEST'))
      continue;
    clean[name] = value;
  }
  return clean;
}
