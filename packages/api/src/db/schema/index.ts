export * from './cities.js';
export * from './units.js';
export * from './categories.js';
export * from './cases.js';
export * from './access.js';
export * from './idempotency.js';
