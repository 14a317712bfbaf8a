import AxeBuilder from '@axe-core/playwright';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { launchBrowser } from './support/browser.ts';
import { builtPages, sectionSlugs } from './support/site.ts';

// Home, every section, the glossary, the whole paper and the 404 page: every HTML file of the build.
const pages = await builtPages();
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser.close());

test('the pages checked are the home page, every section and the 404 page', async () => {
  const sections = (await sectionSlugs()).map((slug) => `/${slug}/`);
  expect(sections.length).toBeGreaterThan(0);
  expect(pages).toEqual(expect.arrayContaining(['/', '/404.html', ...sections]));
});

// Every page in both themes: the dark one has its own colours to get right.
const cases = pages.flatMap((path) => (['light', 'dark'] as const).map((scheme) => ({ path, scheme })));

test.for(cases)('axe finds no violation on $path in the $scheme theme', async ({ path, scheme }) => {
  const context = await browser.newContext({ colorScheme: scheme });
  try {
    const page = await context.newPage();
    await page.goto(new URL(path.slice(1), inject('baseUrl')).href);
    // WCAG 2.2 AA, target size included (axe runs the 2.2 rules only when asked), and its best practices.
    const { violations, passes } = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
      .analyze();
    // Proof that axe looked at something: a page always passes some rules (lang, title…).
    expect(passes.length).toBeGreaterThan(10);
    const summary = violations.map(
      (v) => `${v.id} (${v.impact ?? 'n/a'}): ${v.help}\n  ${v.nodes.map((n) => n.target.join(' ')).join('\n  ')}`,
    );
    expect(summary).toEqual([]);
  } finally {
    await context.close();
  }
});
