export { HyQrCode } from './qr-code/qr-code.js';
export type { ErrorCorrectionLevel } from './qr-code/qr-matrix.js';

export { HyEvent } from './internal/event.js';
export { HyErrorEvent, type HyErrorDetail } from './events/error-event.js';
export { HyDownloadEvent, type HyDownloadDetail, type DownloadFormat } from './events/download-event.js';

export type { Locale } from './internal/locale.js';
