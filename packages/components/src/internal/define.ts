/**
 * Registers a custom element unless the tag is taken. A page can end up loading two copies
 * of these elements (a script tag plus a bundle), and the second `customElements.define`
 * would otherwise throw into the host page.
 */
export function define(tag: string, element: CustomElementConstructor): void {
  const registered = customElements.get(tag);
  if (registered === undefined) {
    customElements.define(tag, element);
  } else if (registered !== element) {
    console.warn(`<${tag}> is already defined by another copy of @huying/components; keeping the first.`);
  }
}
