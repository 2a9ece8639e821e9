import type { LoggedHotlineCall } from '@huying/sdk';
import { HyEvent } from '../internal/event.js';

export interface HyCallLoggedDetail {
  /** The API's answer: the call, the case (tracking code and secret to read out), the caller's history. */
  readonly logged: LoggedHotlineCall;
}

/** The operator logged a call: the case exists (and, answered on the call, is resolved already). */
export class HyCallLoggedEvent extends HyEvent<HyCallLoggedDetail> {
  constructor(detail: HyCallLoggedDetail) {
    super('hy-call-logged', detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'hy-call-logged': HyCallLoggedEvent;
  }
}
