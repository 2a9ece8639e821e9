import { render, type TemplateResult } from 'lit';

const mounted = new Set<HTMLElement>();

/**
 * Renders a template into a fresh container in the document, waits for every Lit element
 * in it to finish rendering, and returns the template's first element.
 */
export async function fixture<T extends Element = HTMLElement>(template: TemplateResult): Promise<T> {
  const container = document.createElement('div');
  document.body.append(container);
  mounted.add(container);
  render(template, container);
  await settled(container);
  const element = container.firstElementChild;
  if (!element) throw new Error('The fixture template rendered no element.');
  return element as T;
}

/** Waits until no element in or below `root` has an update pending. */
export async function settled(root: Element): Promise<void> {
  // A `lang` change reaches elements through a MutationObserver callback, one microtask
  // ahead of the update it schedules; a macrotask lets both run.
  await new Promise((resolve) => setTimeout(resolve));
  const elements = [root, ...root.querySelectorAll('*')];
  await Promise.all(elements.map((element) => (element as Partial<{ updateComplete: Promise<unknown> }>).updateComplete));
}

export function removeFixtures(): void {
  for (const container of mounted) container.remove();
  mounted.clear();
}
