/// <reference types="vite/client" />

interface ImportMetaEnv {
  readonly VITE_HALL_NAME_ZH?: string;
  readonly VITE_HALL_NAME_EN?: string;
  readonly VITE_TRACKING_URL?: string;
}
