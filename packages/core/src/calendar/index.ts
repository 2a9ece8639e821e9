export * from './duration.js';
export * from './zoned.js';
export * from './working-calendar.js';
export * from './china-holidays.js';
