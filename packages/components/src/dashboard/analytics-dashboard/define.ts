import { define } from '../../internal/define.js';
import { HyAnalyticsDashboard } from './analytics-dashboard.js';

define('hy-analytics-dashboard', HyAnalyticsDashboard);

declare global {
  interface HTMLElementTagNameMap {
    'hy-analytics-dashboard': HyAnalyticsDashboard;
  }
}
