import { startStaticServer } from '../tests/e2e/support/static-server.ts';
import { launchBrowser } from '../tests/e2e/support/browser.ts';
const server = await startStaticServer('dist');
const browser = await launchBrowser();
const [path, name, ...rest] = process.argv.slice(2);
for (const [w, h] of [[375, 800], [1440, 900]]) for (const scheme of ['light', 'dark'] as const) {
  const ctx = await browser.newContext({ viewport: { width: w, height: h }, colorScheme: scheme, hasTouch: w < 500 });
  const page = await ctx.newPage();
  await page.goto(`${server.url}${path}`);
  await page.waitForTimeout(1500);
  await page.screenshot({ path: `.scratch/${name}-${w}-${scheme}.png` });
  await ctx.close();
}
await browser.close(); await server.close();
