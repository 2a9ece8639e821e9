import type { APIClient } from '../core/client.js';
import type { components, paths } from '../generated/api.js';

type Schemas = components['schemas'];

export type Hotline = Schemas['Hotline'];
export type HotlineLabel = Schemas['HotlineLabel'];
export type HotlineCallerHistory = Schemas['HotlineCallerHistory'];
export type HotlineCall = Schemas['LogHotlineCall'];
export type LoggedHotlineCall = Schemas['LoggedHotlineCall'];
export type HotlineSearch = NonNullable<paths['/api/v1/hotlines']['get']['parameters']['query']>;
export type HotlineSearchResult = paths['/api/v1/hotlines']['get']['responses'][200]['content']['application/json'];

/** The hotline directory (public) and the operator's intake (staff with `hotline.intake`). */
export class HotlineIntake {
  constructor(private readonly client: APIClient) {}

  /** Every unit's public numbers; `q` matches any part of a number or a unit's name. */
  directory(query: HotlineSearch = {}): Promise<HotlineSearchResult> {
    return this.client.request('GET', '/api/v1/hotlines', { query });
  }

  /** How often this number called before, while the phone rings. */
  lookUpCaller(callerNumber: string): Promise<HotlineCallerHistory> {
    return this.client.request('POST', '/api/v1/staff/hotline/callers/lookup', { body: { callerNumber }, retrySafe: true });
  }

  /** Logs the call as a case of channel `hotline`; with `answer`, a consultation is resolved on the spot. */
  logCall(call: HotlineCall): Promise<LoggedHotlineCall> {
    return this.client.request('POST', '/api/v1/staff/hotline/calls', { body: call });
  }
}
