import { HyEvent } from '../internal/event.js';

export interface HyErrorDetail {
  /** A stable, element-documented code such as `value-too-long`, for the host to branch on. */
  readonly code: string;
  /** What went wrong, in words a developer can act on. */
  readonly message: string;
  /** The original error, when there was one. */
  readonly cause?: unknown;
}

/** Reports a failure the element caught instead of throwing into the host page. */
export class HyErrorEvent extends HyEvent<HyErrorDetail> {
  constructor(detail: HyErrorDetail) {
    super('hy-error', detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'hy-error': HyErrorEvent;
  }
}
