import axe from 'axe-core';

function describeViolation(violation: axe.Result): string {
  const nodes = violation.nodes.map((node) => {
    // Targets inside shadow roots come as a path of selectors, one per tree.
    const target = node.target.map((selector) => (Array.isArray(selector) ? selector.join(' >>> ') : selector)).join(', ');
    const summary = (node.failureSummary ?? '').replace(/\n/g, '\n      ');
    return `    at ${target}\n      ${summary}\n      ${node.html}`;
  });
  return `  [${violation.impact ?? 'unknown'}] ${violation.id}: ${violation.help}\n  ${violation.helpUrl}\n${nodes.join('\n')}`;
}

/**
 * Runs axe-core on an element, its light children and its shadow tree (axe walks open
 * shadow roots), and fails with one readable paragraph per violation.
 */
export async function expectNoAxeViolations(element: Element): Promise<void> {
  const results = await axe.run(element, { resultTypes: ['violations'] });
  if (results.violations.length > 0) {
    const count = results.violations.length;
    throw new Error(
      `<${element.localName}> has ${count} accessibility violation${count === 1 ? '' : 's'}:\n${results.violations.map(describeViolation).join('\n\n')}`,
    );
  }
}
