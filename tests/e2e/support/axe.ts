import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeResults, RunOptions } from 'axe-core';
import type { Page } from 'playwright-core';

/** WCAG 2.2 AA, target size included: axe runs the 2.2 rules only when asked for them. */
export const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] as const;

/** What a page of the site is held to: WCAG 2.2 AA and axe's best practices. */
export const SITE_RULES = [...WCAG_22_AA, 'best-practice'] as const;

/** axe-core's browser build, as its package ships it. */
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * axe on the page as it stands, for the rules of `tags`: how many rules passed, and each violation (rule,
 * nodes). axe runs in the page itself, over the whole document (the site has no frames), put there once per
 * document: a file that checks both themes runs it twice on each page, and putting its 550 KB of script in
 * again for the second run cost a third of the time.
 */
export async function runAxe(
  page: Page,
  tags: readonly string[] = SITE_RULES,
): Promise<{ passes: number; violations: string[] }> {
  if (page.frames().length > 1) throw new Error(`runAxe: ${page.url()} has frames, which this run would not look into`);
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  // Every rule still runs on every node; only the violations are listed node by node (building the
  // lists of passing nodes took most of the time: 80 s for /print/ in both themes).
  const options: RunOptions = { runOnly: { type: 'tag', values: [...tags] }, resultTypes: ['violations'] };
  const { passes, violations } = await page.evaluate(async (run) => {
    const { axe } = window as unknown as {
      axe: { run: (context: Document, options: RunOptions) => Promise<AxeResults> };
    };
    const results = await axe.run(document, run);
    return {
      passes: results.passes.length,
      violations: results.violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        targets: v.nodes.map((n) => n.target.join(' ')),
      })),
    };
  }, options);
  return {
    passes,
    violations: violations.map((v) => `${v.id} (${v.impact ?? 'n/a'}): ${v.help}\n  ${v.targets.join('\n  ')}`),
  };
}
