export * from './month.js';
export * from './measures.js';
export * from './scoring.js';
