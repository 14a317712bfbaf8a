import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { launchSharedBrowser } from './browser.ts';
import { startStaticServer } from './static-server.ts';
import { assertBuilt, distDir } from './site.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where the built site is served, e.g. `http://127.0.0.1:43117/`. */
    baseUrl: string;
    /** This run's folder for sub-path builds (support/editions.ts), removed when the run ends. */
    editionsRoot: string;
  }
}

/**
 * Serve dist/ once for all e2e files; each file reads the address with `inject('baseUrl')`. One
 * Chromium for the whole run too, which each file's `launchBrowser()` connects to.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  assertBuilt();
  const server = await startStaticServer(distDir);
  const browser = await launchSharedBrowser();
  project.provide('baseUrl', server.url);
  mkdirSync(join(process.cwd(), '.tmp'), { recursive: true });
  const editions = mkdtempSync(join(process.cwd(), '.tmp', 'editions-'));
  project.provide('editionsRoot', editions);
  return async () => {
    await browser.close();
    await server.close();
    rmSync(editions, { recursive: true, force: true });
  };
}
