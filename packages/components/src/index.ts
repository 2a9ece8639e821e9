export { HyQrCode } from './qr-code/qr-code.js';
export { HyReportForm } from './report-form/report-form.js';
export { HyCaseTracker } from './case-tracker/case-tracker.js';
export { HyRating } from './rating/rating.js';
export { HyKbSearch } from './kb-search/kb-search.js';
export { HyHotlineDesk } from './hotline/hotline-desk.js';
export { HyAnalyticsDashboard } from './dashboard/analytics-dashboard/analytics-dashboard.js';
export type { ErrorCorrectionLevel } from './qr-code/qr-matrix.js';

export { HyEvent } from './internal/event.js';
export { HyErrorEvent, type HyErrorDetail } from './events/error-event.js';
export { HyDownloadEvent, type HyDownloadDetail, type DownloadFormat } from './events/download-event.js';
export { HyBeforeSubmitEvent, HySubmitEvent, HyFollowEvent } from './events/report-events.js';
export { HyCaseLoadEvent, HyCaseUpdateEvent, type TrackedView } from './events/case-events.js';
export { HyRatingChangeEvent, HyRateEvent, HyReopenEvent, type HyRatingChangeDetail, type HyRateDetail, type HyReopenDetail } from './events/rating-events.js';

export { HyKbResultsEvent, HyKbOpenEvent, HyKbCiteEvent, type HyKbResultsDetail, type HyKbOpenDetail, type HyKbCiteDetail } from './events/kb-events.js';

export { HyCallLoggedEvent, type HyCallLoggedDetail } from './events/hotline-events.js';

export type { Locale } from './internal/locale.js';
