import { APIClient, type ClientOptions } from './core/client.js';
import { Cases } from './resources/cases.js';
import { Directory } from './resources/directory.js';
import { Staff } from './resources/staff.js';

/**
 * The Huying API client, for browsers and Node.
 *
 * ```ts
 * const huying = new HuyingClient({ baseUrl: 'https://huying.example.gov.cn' });
 * const { trackingCode, secret } = await huying.cases.create({ kind: 'complaint', address: '…', description: '…' });
 * ```
 */
export class HuyingClient extends APIClient {
  readonly cases: Cases;
  readonly directory: Directory;
  readonly staff: Staff;

  constructor(options: ClientOptions) {
    super(options);
    this.cases = new Cases(this);
    this.directory = new Directory(this);
    this.staff = new Staff(this);
  }
}

export type { ClientOptions, Fetch, RequestOptions } from './core/client.js';
export { backoffMs, retryAfterMs } from './core/client.js';
export * from './core/errors.js';
export { PagePromise, type Page } from './core/pagination.js';
export type { ActionBody, StaffCaseFilter } from './resources/staff.js';
export type * from './types.js';
