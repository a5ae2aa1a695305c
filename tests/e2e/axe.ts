import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** What we refuse to ship: anything axe rates as serious or critical. */
const BLOCKING = new Set(['serious', 'critical']);

/**
 * Runs axe on the page as it is now and fails the test on any serious or critical violation,
 * listing each rule with the elements it found, so the report says what to fix and where.
 * axe's default rules only: its experimental `label-content-name-mismatch` reads a wrapped SVG label
 * ("Bredere" / "målgruppe" in two <tspan>s) as one word and fails every sun ray, so the visible-label
 * rule (WCAG 2.5.3) is checked by the role-based locators instead (e.g. the button named "English").
 */
export async function expectNoSeriousA11yViolations(page: Page, context: string): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  const blocking = results.violations.filter((violation) => BLOCKING.has(violation.impact ?? ''));
  const report = blocking
    .map((violation) => {
      const nodes = violation.nodes
        .map((node) => `    - ${node.target.join(' ')}\n      ${node.failureSummary?.replaceAll('\n', '\n      ') ?? ''}`)
        .join('\n');
      return `  [${violation.impact}] ${violation.id}: ${violation.help}\n    ${violation.helpUrl}\n${nodes}`;
    })
    .join('\n');
  // Compare the rule ids only, so the failure shows the readable report above, not raw axe objects.
  expect(
    blocking.map((violation) => violation.id),
    `axe found serious/critical violations (${context}):\n${report}\n`,
  ).toEqual([]);
}
