import { define } from '../internal/define.js';
import { HyHotlineDesk } from './hotline-desk.js';

define('hy-hotline-desk', HyHotlineDesk);

declare global {
  interface HTMLElementTagNameMap {
    'hy-hotline-desk': HyHotlineDesk;
  }
}
