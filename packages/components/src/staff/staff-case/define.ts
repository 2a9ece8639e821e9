import { define } from '../../internal/define.js';
import { HyStaffCase } from './staff-case.js';

define('hy-staff-case', HyStaffCase);

declare global {
  interface HTMLElementTagNameMap {
    'hy-staff-case': HyStaffCase;
  }
}
