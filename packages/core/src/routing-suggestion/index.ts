export * from './terms.js';
export * from './model.js';
export * from './train.js';
export * from './classifier.js';
export * from './units.js';
