import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';

/** WCAG 2.2 AA, target size included: axe runs the 2.2 rules only when asked for them. */
export const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] as const;

/** What a page of the site is held to: WCAG 2.2 AA and axe's best practices. */
export const SITE_RULES = [...WCAG_22_AA, 'best-practice'] as const;

/** axe on the page as it stands, for the rules of `tags`: how many rules passed, and each violation (rule, nodes). */
export async function runAxe(
  page: Page,
  tags: readonly string[] = SITE_RULES,
): Promise<{ passes: number; violations: string[] }> {
  const { violations, passes } = await new AxeBuilder({ page })
    // Every rule still runs on every node; only the violations are listed node by node (building
    // the lists of passing nodes took most of the time: 80 s for /print/ in both themes).
    .options({ resultTypes: ['violations'] })
    .withTags([...tags])
    // axe.run in the page itself, which covers its same-origin frames; the default opens a blank
    // page per run to merge frame results, for cross-origin frames, which the site may not load.
    .setLegacyMode(true)
    .analyze();
  return {
    passes: passes.length,
    violations: violations.map(
      (v) => `${v.id} (${v.impact ?? 'n/a'}): ${v.help}\n  ${v.nodes.map((n) => n.target.join(' ')).join('\n  ')}`,
    ),
  };
}
