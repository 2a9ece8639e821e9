import { HyEvent } from '../internal/event.js';

export type DownloadFormat = 'svg' | 'png';

export interface HyDownloadDetail {
  readonly format: DownloadFormat;
}

/**
 * Sent just before an element saves a file. Cancelable: a kiosk or an app shell that cannot
 * save files calls `preventDefault()` and handles the request itself.
 */
export class HyDownloadEvent extends HyEvent<HyDownloadDetail> {
  constructor(detail: HyDownloadDetail) {
    super('hy-download', detail, { cancelable: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'hy-download': HyDownloadEvent;
  }
}
