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

test('the pages checked include the sources pages', () => {
  expect(pages).toEqual(expect.arrayContaining(['/', '/sources/', '/sources/by-date/', '/introduction/']));
});

test.for(pages)('%s carries the citation_* tags and a schema.org Report', async (path) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  try {
    const page = await context.newPage();
    await page.goto(new URL(path.slice(1), inject('baseUrl')).href);
    const meta = await page.evaluate(() =>
      [...document.head.querySelectorAll('meta[name^="citation_"]')].map((m): [string, string] => [
        m.getAttribute('name') ?? '',
        m.getAttribute('content') ?? '',
      ]),
    );
    const one = (name: string) => meta.filter(([n]) => n === name).map(([, c]) => c);
    expect(one('citation_title')).toEqual(['The Russia-Iran Partnership in a Multipolar World']);
    expect(one('citation_author')).toEqual(['Therme, Clément']);
    expect(one('citation_publication_date')).toEqual(['2022/03']);
    expect(one('citation_publisher')).toEqual(['Ifri']);
    expect(one('citation_isbn')).toEqual(['979-10-373-0497-1']);
    expect(one('citation_series_title')).toEqual(['Russie.Nei.Reports']);
    expect(one('citation_technical_report_number')).toEqual(['37']);
    expect(one('citation_language')).toEqual(['en']);
    const [publicUrl] = one('citation_public_url');
    const canonical = await page
      .locator('link[rel="canonical"]')
      .getAttribute('href')
      .catch(() => null);
    if (canonical) expect(publicUrl).toBe(canonical);
    else expect(publicUrl).toMatch(/^https?:\/\/[^/]+\/$/);

    const references = one('citation_reference');
    if (path.startsWith('/sources/')) expect(references).toHaveLength(84);
    if (path === '/introduction/') {
      expect(references.some((r) => r.includes('citation_author=Feldman, B. C.'))).toBe(true);
    }
    for (const r of references) expect(r).toMatch(/^citation_(title|author|publisher|publication_date)=/);

    const scripts = await page.locator('script[type="application/ld+json"]').allTextContents();
    expect(scripts).toHaveLength(1);
    const ld = JSON.parse(scripts[0]!) as Record<string, unknown>;
    expect(ld).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Report',
      name: 'The Russia-Iran Partnership in a Multipolar World',
      datePublished: '2022-03',
      isPartOf: { name: 'Russie.Nei.Reports' },
    });
  } finally {
    await context.close();
  }
});
