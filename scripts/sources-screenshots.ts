/**
 * Screenshot the sources page, a followed source entry and a note with its editorial links, at
 * phone and desktop widths, light and dark. Usage: `npx astro build && node scripts/sources-screenshots.ts`
 * → .tmp/screenshots/sources-*.png (gitignored).
 */
import { mkdir } from 'node:fs/promises';
import { launchBrowser } from '../tests/e2e/support/browser.ts';
import { assertBuilt, distDir } from '../tests/e2e/support/site.ts';
import { startStaticServer } from '../tests/e2e/support/static-server.ts';

const outDir = new URL('../.tmp/screenshots/', import.meta.url);
const shots = [
  { name: 'sources', path: 'sources/', full: true },
  { name: 'sources-by-date', path: 'sources/by-date/', full: false },
  { name: 'sources-entry-feldman', path: 'sources/#feldman-2021-iran', full: false },
  { name: 'sources-note-75', path: 'iran-and-russia-the-syrian-question/#user-content-fn-75', full: false },
  { name: 'sources-cite-block', path: 'introduction/#cite-heading', full: false },
];

assertBuilt();
await mkdir(outDir, { recursive: true });
const server = await startStaticServer(distDir);
const browser = await launchBrowser();
try {
  for (const width of [375, 1440]) {
    for (const theme of ['light', 'dark'] as const) {
      const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme: theme });
      const page = await context.newPage();
      for (const shot of shots) {
        await page.goto(new URL(shot.path, server.url).href, { waitUntil: 'networkidle' });
        const file = new URL(`${shot.name}-${width}-${theme}.png`, outDir);
        await page.screenshot({ path: file.pathname, fullPage: shot.full && theme === 'light' });
      }
      await context.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
console.log(`screenshots in ${outDir.pathname}`);
