import { startStaticServer } from '../tests/e2e/support/static-server.ts';
import { launchBrowser } from '../tests/e2e/support/browser.ts';
const server = await startStaticServer('dist', { compress: true });
const browser = await launchBrowser();
for (const q of process.argv.slice(2)) {
const ctx = await browser.newContext({ serviceWorkers: 'block' });
const page = await ctx.newPage();
await page.goto(`${server.url}${process.env.FROM ?? 'search/'}`, { waitUntil: 'networkidle' });
const seen: any[] = [];
page.on('response', (r) => seen.push(r));
if (process.env.FROM) { await page.locator('#site-search').fill(q); await page.locator('#site-search').press('Enter'); await page.waitForURL(/search/); }
else await page.locator('#search-q').fill(q);
await page.locator('[data-search-status]').filter({ hasText: /match/ }).waitFor({ timeout: 20000 });
await page.waitForLoadState('networkidle');
let total = 0;
for (const r of seen) { const s = (await r.request().sizes()).responseBodySize; total += s; console.log(s, r.url().replace(server.url, '')); }
console.log(q, 'TOTAL', total, seen.length, await page.locator('[data-search-status]').textContent());
await ctx.close();
}
await browser.close(); await server.close();
