import { define } from '../internal/define.js';
import { HyReportForm } from './report-form.js';

define('hy-report-form', HyReportForm);

declare global {
  interface HTMLElementTagNameMap {
    'hy-report-form': HyReportForm;
  }
}
