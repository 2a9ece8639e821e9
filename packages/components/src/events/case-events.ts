import type { CaseStatusView, PublicCase, ResidentCaseView } from '@huying/sdk';
import { HyEvent } from '../internal/event.js';

/** What a tracker shows: the whole case (with proof), its status (code only), or a followed case. */
export type TrackedView = { readonly view: 'resident'; readonly case: ResidentCaseView } | { readonly view: 'status'; readonly case: CaseStatusView } | { readonly view: 'public'; readonly case: PublicCase };

/** The tracker found and shows a case. */
export class HyCaseLoadEvent extends HyEvent<TrackedView> {
  constructor(detail: TrackedView) {
    super('hy-case-load', detail);
  }
}

/** A live update: the case changed while it was on screen. */
export class HyCaseUpdateEvent extends HyEvent<TrackedView> {
  constructor(detail: TrackedView) {
    super('hy-case-update', detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'hy-case-load': HyCaseLoadEvent;
    'hy-case-update': HyCaseUpdateEvent;
  }
}
