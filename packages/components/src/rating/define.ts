import { define } from '../internal/define.js';
import { HyRating } from './rating.js';

define('hy-rating', HyRating);

declare global {
  interface HTMLElementTagNameMap {
    'hy-rating': HyRating;
  }
}
