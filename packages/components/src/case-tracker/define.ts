import { define } from '../internal/define.js';
import { HyCaseTracker } from './case-tracker.js';

define('hy-case-tracker', HyCaseTracker);

declare global {
  interface HTMLElementTagNameMap {
    'hy-case-tracker': HyCaseTracker;
  }
}
