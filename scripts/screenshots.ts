/**
 * Screenshot the built site at a phone and a desktop width, to look at before shipping.
 * Usage: `npx astro build && npm run screenshots` → .tmp/screenshots/*.png (gitignored).
 */
import { mkdir } from 'node:fs/promises';
import { launchBrowser } from '../tests/e2e/support/browser.ts';
import { assertBuilt, distDir, pageContaining } from '../tests/e2e/support/site.ts';
import { startStaticServer } from '../tests/e2e/support/static-server.ts';

const outDir = new URL('../.tmp/screenshots/', import.meta.url);
const widths = [375, 1440];

assertBuilt();
// The home page, and the section holding note 23, at its top and followed to the note.
const section = await pageContaining('id="user-content-fnref-23"');
const shots = [
  { name: 'home', path: '/' },
  { name: 'section', path: section },
  { name: 'section-note-23', path: `${section}#user-content-fn-23` },
];

await mkdir(outDir, { recursive: true });
const server = await startStaticServer(distDir);
const browser = await launchBrowser();
try {
  for (const width of widths) {
    const context = await browser.newContext({ viewport: { width, height: 900 } });
    const page = await context.newPage();
    for (const shot of shots) {
      await page.goto(new URL(shot.path.slice(1), server.url).href);
      // The whole page, and the first screenful: what a reader sees on arrival.
      for (const fullPage of shot.name.includes('note') ? [false] : [true, false]) {
        const file = new URL(`${shot.name}-${width}${fullPage ? '-full' : ''}.png`, outDir);
        await page.screenshot({ path: file.pathname, fullPage });
        console.log(file.pathname);
      }
    }
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}
