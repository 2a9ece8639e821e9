import type { Logger } from 'pino';
import type { Clock } from './clock.js';
import type { DatabaseHandle } from './db/client.js';
import type { StaffRole } from './db/schema/index.js';
import type { NamedUnitRef } from './services/units.js';

export interface AppDependencies {
  database: DatabaseHandle;
  clock: Clock;
  logger: Logger;
  defaultCityId: string;
  publicUrl: string;
  bodyLimitBytes: number;
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
  };
}
