import type { Locale } from '@huying/components';

export interface KioskConfig {
  /** The service hall this kiosk stands in, as residents see it on the first screen. */
  readonly hallName: Readonly<Record<Locale, string>>;
  /** The public page where a resident follows a case by its number. */
  readonly trackingUrl: string;
}

/**
 * Each hall builds its kiosk with its own values (see kiosk/.env.example). The fallbacks
 * describe a kiosk served by the platform itself, whose tracking page lives beside it.
 */
export const kioskConfig: KioskConfig = {
  hallName: {
    'zh-CN': import.meta.env.VITE_HALL_NAME_ZH || '街道便民服务中心',
    en: import.meta.env.VITE_HALL_NAME_EN || 'Subdistrict Service Centre',
  },
  trackingUrl: import.meta.env.VITE_TRACKING_URL || new URL('/track', window.location.origin).href,
};
