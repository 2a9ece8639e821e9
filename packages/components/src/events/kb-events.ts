import type { Citation, KbSearchResult } from '@huying/sdk';
import { HyEvent } from '../internal/event.js';

export interface HyKbResultsDetail {
  /** The words searched for, or '' for the suggestions of a case. */
  readonly query: string;
  readonly total: number;
  readonly results: readonly KbSearchResult[];
}

/** A search (or a case's suggestions) came back and is on screen. */
export class HyKbResultsEvent extends HyEvent<HyKbResultsDetail> {
  constructor(detail: HyKbResultsDetail) {
    super('hy-kb-results', detail);
  }
}

export interface HyKbOpenDetail {
  readonly documentId: string;
  readonly articleId: string | null;
}

/** The reader opened a provision (or a whole document). */
export class HyKbOpenEvent extends HyEvent<HyKbOpenDetail> {
  constructor(detail: HyKbOpenDetail) {
    super('hy-kb-open', detail);
  }
}

export interface HyKbCiteDetail {
  /** Ready for the `citations` of a reply. */
  readonly citation: Citation;
  /** True when the provision was added to the citations, false when it was taken out. */
  readonly cited: boolean;
}

/** Staff marked a provision to cite in their reply, or unmarked it. */
export class HyKbCiteEvent extends HyEvent<HyKbCiteDetail> {
  constructor(detail: HyKbCiteDetail) {
    super('hy-kb-cite', detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'hy-kb-results': HyKbResultsEvent;
    'hy-kb-open': HyKbOpenEvent;
    'hy-kb-cite': HyKbCiteEvent;
  }
}
