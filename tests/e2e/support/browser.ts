import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';
import { chromium, type Browser, type BrowserContextOptions, type BrowserServer, type Page } from 'playwright-core';

// Debian's chromium, not a downloaded build: the CI machine reaches no browser CDN.
const flags = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** The first `chromium` (or `chromium-browser`) on PATH. */
export function findChromium(): string {
  for (const dir of (process.env['PATH'] ?? '').split(delimiter)) {
    for (const name of ['chromium', 'chromium-browser']) {
      const candidate = join(dir, name);
      try {
        accessSync(candidate, constants.X_OK);
        return candidate;
      } catch {
        // not here; keep looking
      }
    }
  }
  throw new Error('No chromium on PATH: install it with `apt-get install -y chromium` (see .ci/run).');
}

/** Where the e2e run's one Chromium listens (set by its global setup for the test files it starts). */
const SHARED_BROWSER = 'E2E_BROWSER_ENDPOINT';

/** Starts the Chromium that a run's test files share, and tells the files started after this where it is. */
export async function launchSharedBrowser(): Promise<BrowserServer> {
  const server = await chromium.launchServer({ executablePath: findChromium(), args: flags, headless: true });
  process.env[SHARED_BROWSER] = server.wsEndpoint();
  return server;
}

/**
 * Headless Chromium; give each test its own `browser.newContext()`. In an e2e run this connects to
 * the run's one browser (closing the connection closes only the file's contexts): launching one per
 * file cost about half a core-second each, for some 45 files. Scripts launch their own.
 */
export function launchBrowser(): Promise<Browser> {
  const shared = process.env[SHARED_BROWSER];
  if (shared) return chromium.connect(shared);
  return chromium.launch({ executablePath: findChromium(), args: flags, headless: true });
}

/** Open `url` in a new context with `options`, run `use` on the page, and close the context whatever happens. */
export async function withPage(
  browser: Browser,
  options: BrowserContextOptions,
  url: string,
  use: (page: Page) => Promise<void>,
): Promise<void> {
  const context = await browser.newContext(options);
  try {
    const page = await context.newPage();
    await page.goto(url);
    await use(page);
  } finally {
    await context.close();
  }
}
