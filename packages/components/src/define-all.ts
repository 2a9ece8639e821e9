/**
 * Registers every element, for pages that load the library with one script tag. The classes
 * and events are exported too, for pages that want them after loading.
 */
import './qr-code/define.js';
import './report-form/define.js';
import './case-tracker/define.js';
import './rating/define.js';
import './kb-search/define.js';
import './hotline/define.js';
import './dashboard/analytics-dashboard/define.js';

export * from './index.js';
