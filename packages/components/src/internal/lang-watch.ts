/**
 * Every tree an element's language can come from: its own root, then the root of each
 * shadow host above it.
 */
function rootsAbove(element: Element): Node[] {
  const roots: Node[] = [];
  let root = element.getRootNode();
  for (;;) {
    roots.push(root);
    if (!(root instanceof ShadowRoot)) return roots;
    root = root.host.getRootNode();
  }
}

type LangListener = () => void;

interface RootWatch {
  readonly observer: MutationObserver;
  readonly listeners: Set<LangListener>;
}

// One observer per tree rather than one per element: a staff list may hold hundreds of
// elements, and a `lang` change anywhere above them is rare but must reach them all.
const watches = new WeakMap<Node, RootWatch>();

function watchRoot(root: Node, listener: LangListener): () => void {
  let watch = watches.get(root);
  if (!watch) {
    const listeners = new Set<LangListener>();
    const observer = new MutationObserver(() => {
      for (const notify of listeners) notify();
    });
    observer.observe(root, { attributes: true, attributeFilter: ['lang'], subtree: true });
    watch = { observer, listeners };
    watches.set(root, watch);
  }
  watch.listeners.add(listener);
  const current = watch;
  return () => {
    current.listeners.delete(listener);
    if (current.listeners.size === 0) {
      current.observer.disconnect();
      watches.delete(root);
    }
  };
}

/**
 * Calls `listener` whenever a `lang` attribute changes on the element, on any of its
 * ancestors, or on any shadow host above it. Returns the function that stops watching.
 */
export function watchLang(element: Element, listener: LangListener): () => void {
  const stops = rootsAbove(element).map((root) => watchRoot(root, listener));
  return () => {
    for (const stop of stops) stop();
  };
}
