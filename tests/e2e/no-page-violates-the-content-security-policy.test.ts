import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchBrowser } from './support/browser.ts';
import { recordProblems } from './support/page-problems.ts';
import { builtPages, distDir } from './support/site.ts';
import { startStaticServer, type StaticServer } from './support/static-server.ts';

let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  server = await startStaticServer(distDir, { headers: true });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
  await server.close();
});

test('every page is served with the security headers and breaks none of its policy', async () => {
  const context = await browser.newContext();
  const violations: string[] = [];
  await context.exposeFunction('reportViolation', (text: string) => violations.push(text));
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { reportViolation: (t: string) => void }).reportViolation(
        `${e.violatedDirective} ${e.blockedURI} on ${location.pathname}`,
      );
    });
  });
  const page = await context.newPage();
  const problems = recordProblems(page);
  try {
    const pages = (await builtPages()).filter((p) => p !== '/404.html');
    expect(pages.length).toBeGreaterThan(20);
    for (const path of pages) {
      const response = await page.goto(new URL(path.slice(1), server.url).href, { waitUntil: 'networkidle' });
      const headers = response?.headers() ?? {};
      expect(headers['content-security-policy'], path).toMatch(/default-src 'self'/);
      expect(headers['x-content-type-options']).toBe('nosniff');
      expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
    }
    // Search loads WebAssembly and the index under the same policy.
    await page.goto(new URL('search/?q=Syria', server.url).href);
    await expect.poll(() => page.locator('[data-search-status]').textContent(), { timeout: 15_000 }).toMatch(/match/);
    // Popovers and other scripts run too.
    await page.goto(new URL('iran-and-russia-the-syrian-question/?highlight=Syria', server.url).href);
    await expect.poll(() => page.locator('mark.search-hit').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    expect(violations).toEqual([]);
    expect(problems).toEqual([]);
  } finally {
    await context.close();
  }
});
