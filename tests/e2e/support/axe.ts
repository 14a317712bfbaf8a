import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';

/** axe on the page as it stands: how many rules passed, and each violation, one line per rule and node. */
export async function runAxe(page: Page): Promise<{ passes: number; violations: string[] }> {
  // WCAG 2.2 AA, target size included (axe runs the 2.2 rules only when asked), and its best practices.
  const { violations, passes } = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  return {
    passes: passes.length,
    violations: violations.map(
      (v) => `${v.id} (${v.impact ?? 'n/a'}): ${v.help}\n  ${v.nodes.map((n) => n.target.join(' ')).join('\n  ')}`,
    ),
  };
}
