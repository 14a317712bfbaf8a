import { startStaticServer } from '../tests/e2e/support/static-server.ts';
import { launchBrowser } from '../tests/e2e/support/browser.ts';
const server = await startStaticServer('dist', { compress: true });
const browser = await launchBrowser();
const page = await browser.newPage();
await page.goto(`${server.url}search/`);
const out = await page.evaluate(async (qs) => {
  const pf = await import('/pagefind/pagefind.js');
  await pf.options({ baseUrl: '/' });
  const r: any = {};
  for (const q of qs) {
    const f = q.startsWith('IRGC') ? { section: { any: ['Iran and Russia: the Syrian question'] } } : {};
    const t0=performance.now(); const res = await pf.search(q, { filters: f }); const ms=performance.now()-t0;
    const first = await Promise.all(res.results.slice(0, 3).map((x: any) => x.data()));
    r[q] = { n: res.results.length, ms, unf: res.unfilteredResultCount, filters: res.filters, total: res.totalFilters, first: first.map((d: any) => d.excerpt.slice(0, 120)) };
  }
  return r;
}, process.argv.slice(2));
console.log(JSON.stringify(out, null, 1));
await browser.close(); await server.close();
