import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/**
 * DESIGN's accessibility bar: no serious or critical axe-core violation on the screen as it is
 * now (axe's default rules: WCAG 2.x A and AA, and its best practices). The failure lists each
 * rule with the first elements it found.
 */
export async function expectNoSeriousViolations(page: Page, screen: string): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  const serious = violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 5).map((n) => n.target.join(' ')).join(' | ')}`);
  expect(serious, `axe-core on ${screen}`).toEqual([]);
}
