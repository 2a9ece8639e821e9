import type { FollowReceipt, SubmitCaseParams, SubmittedCase } from '@huying/sdk';
import { HyEvent } from '../internal/event.js';

/** About to send the report. Cancelable: a host that files cases its own way calls `preventDefault()`. */
export class HyBeforeSubmitEvent extends HyEvent<{ readonly request: SubmitCaseParams }> {
  constructor(request: SubmitCaseParams) {
    super('hy-before-submit', { request }, { cancelable: true });
  }
}

/** The case was filed: its tracking code, the secret (shown once) and the tracking link. */
export class HySubmitEvent extends HyEvent<SubmittedCase> {
  constructor(detail: SubmittedCase) {
    super('hy-submit', detail);
  }
}

/** Instead of filing a duplicate, the resident followed an open case. */
export class HyFollowEvent extends HyEvent<FollowReceipt> {
  constructor(detail: FollowReceipt) {
    super('hy-follow', detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'hy-before-submit': HyBeforeSubmitEvent;
    'hy-submit': HySubmitEvent;
    'hy-follow': HyFollowEvent;
  }
}
