export * from './units.js';
export * from './phone.js';
export * from './case/case.js';
export * from './case/state-machine.js';
export * from './case/open-case.js';
export * from './case/tracking-code.js';
export * from './text/cjk.js';
