/**
 * The base of every `hy-*` event: it carries a typed `detail` and, like native UI events,
 * bubbles and crosses shadow boundaries so a host page can listen on any ancestor.
 */
export class HyEvent<Detail> extends Event {
  readonly detail: Detail;

  constructor(type: `hy-${string}`, detail: Detail, init: Omit<EventInit, 'bubbles' | 'composed'> = {}) {
    super(type, { ...init, bubbles: true, composed: true });
    this.detail = detail;
  }
}
