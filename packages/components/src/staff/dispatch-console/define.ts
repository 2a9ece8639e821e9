import { define } from '../../internal/define.js';
import { HyDispatchConsole } from './dispatch-console.js';

define('hy-dispatch-console', HyDispatchConsole);

declare global {
  interface HTMLElementTagNameMap {
    'hy-dispatch-console': HyDispatchConsole;
  }
}
