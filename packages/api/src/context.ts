import type { Logger } from 'pino';
import type { Clock } from './clock.js';
import type { DatabaseHandle } from './db/client.js';
import type { KioskRow } from './services/kiosks/kiosks.js';
import type { StaffRole } from './db/schema/index.js';
import type { EmbeddingSite } from './http/site-key.js';
import type { RateLimitSettings } from './http/rate-limit.js';
import type { BlobStore } from './services/attachments/blob-store.js';
import type { SessionSettings } from './services/auth/sessions.js';
import type { LiveUpdates } from './services/live/live-updates.js';
import type { NamedUnitRef } from './services/units.js';

export interface AppDependencies {
  database: DatabaseHandle;
  clock: Clock;
  logger: Logger;
  defaultCityId: string;
  publicUrl: string;
  bodyLimitBytes: number;
  /** Where attachment bytes live; PostgreSQL (table attachment_blobs) when not given. */
  blobStore?: BlobStore;
  /** The largest attachment accepted, in bytes (default 10 MiB). */
  attachmentMaxBytes?: number;
  /** Live case updates of this process; made on first use when not given. */
  live?: LiveUpdates;
  /** How often an open live-update stream sends a keep-alive comment (default 15 s). */
  liveHeartbeatMs?: number;
  /** The folder holding the built embed bundle (huying.js); the workspace's components build by default. */
  embedDir?: string;
  /** How long staff sessions last unused and at most (default 1 hour and 12 hours). */
  sessions?: SessionSettings;
  /** Reverse proxies in front of the API whose X-Forwarded-For is trusted for the client's address (default 0). */
  trustedProxies?: number;
  /** How long a request may wait for its answer before it is refused with 503 (default 30 s). */
  requestDeadlineMs?: number;
  /** Per-client limits on the public endpoints (none when not given; the CLI's serve sets them). */
  rateLimit?: RateLimitSettings;
  /** Draws a new case's tracking code (default: random, `createTrackingCode`). */
  trackingCodes?: (filedAt: Date) => string;
}

/** The staff member behind an authenticated request. */
export interface StaffPrincipal {
  accountId: string;
  cityId: string;
  role: StaffRole;
  displayName: string;
  unit: NamedUnitRef;
}

export interface AppEnv {
  Variables: {
    deps: AppDependencies;
    requestId: string;
    staff: StaffPrincipal;
    /** Set on resident endpoints when the request named a valid site key. */
    site: EmbeddingSite | undefined;
    /** Set when the request came from a registered kiosk (its device key checked). */
    kiosk: KioskRow | undefined;
  };
}
