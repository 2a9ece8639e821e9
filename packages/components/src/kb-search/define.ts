import { define } from '../internal/define.js';
import { HyKbSearch } from './kb-search.js';

define('hy-kb-search', HyKbSearch);

declare global {
  interface HTMLElementTagNameMap {
    'hy-kb-search': HyKbSearch;
  }
}
