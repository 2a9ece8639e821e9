import { define } from '../internal/define.js';
import { HyQrCode } from './qr-code.js';

define('hy-qr-code', HyQrCode);

declare global {
  interface HTMLElementTagNameMap {
    'hy-qr-code': HyQrCode;
  }
}
