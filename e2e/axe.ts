/**
 * The one axe audit every spec uses: no serious or critical violation on the whole page.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const BLOCKING_IMPACTS = new Set(['serious', 'critical']);

/**
 * What one audit may add to its test's time limit. axe walks the whole DOM in the page's main
 * thread: a second on a quiet machine, but in CI, beside another worker on the same two cores,
 * one audit of the read-only form once took 35 s and ran its test out of time after every check
 * had passed. A ceiling, not a speed goal.
 */
const AUDIT_ALLOWANCE_MS = 45_000;

/** Audits the page; fails listing each serious/critical rule with the elements it flagged. */
export async function expectNoSeriousViolations(page: Page, state: string): Promise<void> {
  test.info().setTimeout(test.info().timeout + AUDIT_ALLOWANCE_MS);
  const results = await new AxeBuilder({ page }).analyze();
  const blocking = results.violations
    .filter((v) => BLOCKING_IMPACTS.has(v.impact ?? ''))
    .map(
      (v) =>
        `${v.impact} ${v.id}: ${v.help}\n` +
        v.nodes
          .slice(0, 5)
          .map((n) => `    ${n.html.slice(0, 160)}\n      ${(n.failureSummary ?? '').replace(/\s+/g, ' ').slice(0, 240)}`)
          .join('\n'),
    );
  expect(blocking, `axe violations in state "${state}"`).toEqual([]);
  // axe must really have looked at the page, not at an empty shell.
  expect(results.passes.length, `axe passes in state "${state}"`).toBeGreaterThan(10);
}
