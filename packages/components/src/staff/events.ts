import type { StaffCaseView } from '@huying/sdk';
import { HyEvent } from '../internal/event.js';

/** Staff chose a case to open (its row in an inbox or a list). */
export class HyCaseOpenEvent extends HyEvent<{ readonly id: string; readonly trackingCode: string }> {
  constructor(detail: { id: string; trackingCode: string }) {
    super('hy-case-open', detail);
  }
}

/** A staff action on a case succeeded: `detail.action` and the case after it. */
export class HyCaseActionEvent extends HyEvent<{ readonly action: string; readonly case: StaffCaseView }> {
  constructor(detail: { action: string; case: StaffCaseView }) {
    super('hy-case-action', detail);
  }
}

/** A patrol report was filed: its tracking code and case id. */
export class HyPatrolReportEvent extends HyEvent<{ readonly id: string; readonly trackingCode: string }> {
  constructor(detail: { id: string; trackingCode: string }) {
    super('hy-patrol-report', detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'hy-case-open': HyCaseOpenEvent;
    'hy-case-action': HyCaseActionEvent;
    'hy-patrol-report': HyPatrolReportEvent;
  }
}
