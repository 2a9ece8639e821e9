import { define } from '../../internal/define.js';
import { HyPatrolReport } from './patrol-report.js';

define('hy-patrol-report', HyPatrolReport);

declare global {
  interface HTMLElementTagNameMap {
    'hy-patrol-report': HyPatrolReport;
  }
}
