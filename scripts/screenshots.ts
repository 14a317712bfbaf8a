/**
 * Screenshot the built site at phone, tablet and desktop widths, in the light and dark themes,
 * to look at before shipping. Usage: `npx astro build && npm run screenshots` →
 * .tmp/screenshots/*.png (gitignored). `npm run screenshots -- section` keeps only shots whose
 * name contains "section".
 */
import { mkdir } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { launchBrowser } from '../tests/e2e/support/browser.ts';
import { assertBuilt, distDir, pageContaining } from '../tests/e2e/support/site.ts';
import { startStaticServer } from '../tests/e2e/support/static-server.ts';

const outDir = new URL('../.tmp/screenshots/', import.meta.url);
const widths = [375, 768, 1280, 1440];
const themes = ['light', 'dark'] as const;
const only = process.argv[2];

interface Shot {
  name: string;
  path: string;
  /** Only the first screenful (otherwise the whole page as well). */
  screenful?: boolean;
  /** Something to do before the picture: open a note, a menu… */
  act?: (page: Page) => Promise<void>;
}

assertBuilt();
// The home page, and the section holding note 23, at its top and followed to the note.
const section = await pageContaining('id="user-content-fnref-23"');
const syria = '/iran-and-russia-the-syrian-question/';
const shots: Shot[] = [
  { name: 'home', path: '/' },
  { name: 'section', path: section },
  { name: 'section-note-23', path: `${section}#user-content-fn-23`, screenful: true },
  { name: 'syria', path: syria },
  {
    name: 'syria-note-popover',
    path: syria,
    screenful: true,
    act: async (page) => {
      await page.getByRole('link', { name: 'Note 71', exact: true }).click();
      await page.waitForTimeout(200);
    },
  },
  {
    name: 'syria-glossary-popover',
    path: syria,
    screenful: true,
    act: async (page) => {
      await page.locator('a[data-glossary="soleimani"]').first().click();
      await page.waitForSelector('.popover:popover-open');
    },
  },
  {
    name: 'syria-paragraph-menu',
    path: syria,
    screenful: true,
    act: async (page) => {
      await page.locator('#p2').hover();
      await page.locator('a.pilcrow[href="#p2"]').click();
      await page.waitForTimeout(200);
    },
  },
  { name: 'glossary', path: '/glossary/', screenful: true },
  { name: 'print', path: '/print/', screenful: true },
];

await mkdir(outDir, { recursive: true });
const server = await startStaticServer(distDir);
const browser = await launchBrowser();
try {
  for (const width of widths) {
    for (const colorScheme of themes) {
      const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme });
      const page = await context.newPage();
      for (const shot of shots.filter((s) => !only || s.name.includes(only))) {
        await page.goto(new URL(shot.path.slice(1), server.url).href);
        if (shot.act) {
          // Pop-ups need room: act at the phone's width too, on the first screenful.
          if (width < 1200 || !shot.name.includes('note-popover')) await shot.act(page);
          else continue;
        }
        for (const fullPage of shot.screenful ? [false] : [true, false]) {
          const file = new URL(`${shot.name}-${width}-${colorScheme}${fullPage ? '-full' : ''}.png`, outDir);
          await page.screenshot({ path: file.pathname, fullPage });
          console.log(file.pathname);
        }
      }
      await context.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
