/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** The platform's API, e.g. https://huying.example.gov.cn; the kiosk's own origin if empty. */
  readonly VITE_HUYING_API_URL?: string;
  /** This kiosk's device key (`huying kiosks create`); a launcher may pass `?device-key=` instead. */
  readonly VITE_HUYING_DEVICE_KEY?: string;
  /** Seconds without a touch before the countdown starts (default 90). */
  readonly VITE_KIOSK_IDLE_SECONDS?: string;
  /** Seconds the countdown lasts before everything entered is wiped (default 20). */
  readonly VITE_KIOSK_COUNTDOWN_SECONDS?: string;
}
