/**
 * The one-script-tag bundle (`/embed/huying.js`): registers every element and exposes the
 * classes, events and the API client as `window.Huying`, for pages without a build step.
 */
export * from './define-all.js';
export { HuyingClient, ResidentClient } from '@huying/sdk';
