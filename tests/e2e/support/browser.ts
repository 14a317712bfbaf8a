import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';

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

/** Launch headless Chromium; give each test its own `browser.newContext()`. */
export function launchBrowser(): Promise<Browser> {
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
