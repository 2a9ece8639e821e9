import type { RatingLevel, ResidentCaseView } from '@huying/sdk';
import { HyEvent } from '../internal/event.js';

export interface HyRatingChangeDetail {
  readonly value: RatingLevel | '';
}

/** The resident picked another level (before anything is sent). */
export class HyRatingChangeEvent extends HyEvent<HyRatingChangeDetail> {
  constructor(detail: HyRatingChangeDetail) {
    super('hy-rating-change', detail);
  }
}

export interface HyRateDetail {
  readonly level: RatingLevel;
  readonly comment: string;
  /** The case after the rating. */
  readonly case: ResidentCaseView;
}

/** The rating was recorded by the platform. */
export class HyRateEvent extends HyEvent<HyRateDetail> {
  constructor(detail: HyRateDetail) {
    super('hy-rate', detail);
  }
}

export interface HyReopenDetail {
  readonly reason: string;
  /** The case back in handling, in its next round. */
  readonly case: ResidentCaseView;
}

/** After an unsatisfied rating the resident asked for the case to be handled again, and it is. */
export class HyReopenEvent extends HyEvent<HyReopenDetail> {
  constructor(detail: HyReopenDetail) {
    super('hy-reopen', detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'hy-rating-change': HyRatingChangeEvent;
    'hy-rate': HyRateEvent;
    'hy-reopen': HyReopenEvent;
  }
}
