import { define } from '../../internal/define.js';
import { HyStaffInbox } from './staff-inbox.js';

define('hy-staff-inbox', HyStaffInbox);

declare global {
  interface HTMLElementTagNameMap {
    'hy-staff-inbox': HyStaffInbox;
  }
}
