import 'axe-core';
import type { AxeResults } from 'axe-core';

declare global {
  interface Window {
    axe: typeof import('axe-core');
  }
}

/** WCAG 2.2 A and AA, as nhsuk-frontend's accessibility tests check every fixture. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

function describeViolations(results: AxeResults): string {
  return results.violations
    .map((violation) => {
      const nodes = violation.nodes.map((node) => `    ${node.target.join(' ')}: ${node.failureSummary ?? ''}`);
      return `  [${violation.impact ?? 'unknown'}] ${violation.id}: ${violation.help}\n${nodes.join('\n')}`;
    })
    .join('\n');
}

/**
 * Run axe-core on `element` (shadow roots included) with the WCAG 2.2 A/AA rules, and fail with
 * every violation listed when there is any.
 */
export async function expectAccessible(element: Element, state: string): Promise<void> {
  const results = await window.axe.run(element, { runOnly: { type: 'tag', values: WCAG_TAGS } });
  if (results.violations.length > 0) {
    throw new Error(`axe found WCAG 2.2 violations in the ${state} state:\n${describeViolations(results)}`);
  }
}
