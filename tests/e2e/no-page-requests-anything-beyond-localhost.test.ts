import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { launchBrowser } from './support/browser.ts';
import { builtPages } from './support/site.ts';

const pages = await builtPages();
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser.close());

test.for(pages)('%s loads everything from the site itself', async (path) => {
  const { origin } = new URL(inject('baseUrl'));
  const context = await browser.newContext();
  const local: string[] = [];
  const outside: string[] = [];
  try {
    // Every request goes through this route; one to another origin is noted and never sent.
    await context.route('**/*', async (route) => {
      const url = route.request().url();
      if (url.startsWith(`${origin}/`) || url.startsWith('data:')) {
        local.push(url);
        await route.continue();
      } else {
        outside.push(url);
        await route.abort('blockedbyclient');
      }
    });
    const page = await context.newPage();
    await page.goto(new URL(path.slice(1), inject('baseUrl')).href, { waitUntil: 'networkidle' });
    expect(outside).toEqual([]);
    // The document and its stylesheet at least: the route really saw the traffic.
    expect(local.length).toBeGreaterThanOrEqual(2);
  } finally {
    await context.close();
  }
});
