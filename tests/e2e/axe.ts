import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** What we refuse to ship: anything axe rates as serious or critical. */
const BLOCKING = new Set(['serious', 'critical']);

/**
 * Runs axe on the page as it is now and fails the test on any serious or critical violation,
 * listing each rule with the elements it found, so the report says what to fix and where.
 * `label-content-name-mismatch` (WCAG 2.5.3, visible text must be part of the accessible name)
 * is experimental in axe and off by default; voice-control users rely on it, so we turn it on.
 */
export async function expectNoSeriousA11yViolations(page: Page, context: string): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .options({ rules: { 'label-content-name-mismatch': { enabled: true } } })
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
  expect(blocking, `axe found serious/critical violations (${context}):\n${report}`).toEqual([]);
}
