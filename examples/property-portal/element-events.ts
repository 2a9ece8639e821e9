import { useEffect, useRef } from 'react';

/** Listens to a custom element's typed events, the React way. */
export function useElementEvent<K extends keyof GlobalEventHandlersEventMap>(
  ref: React.RefObject<HTMLElement | null>,
  type: K,
  handler: (event: GlobalEventHandlersEventMap[K]) => void,
): void {
  const latest = useRef(handler);
  latest.current = handler;
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const listener = (event: Event) => latest.current(event as GlobalEventHandlersEventMap[K]);
    element.addEventListener(type, listener);
    return () => element.removeEventListener(type, listener);
  }, [ref, type]);
}
