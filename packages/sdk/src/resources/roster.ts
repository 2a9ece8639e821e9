import type { APIClient } from '../core/client.js';
import type { components } from '../generated/api.js';

type Schemas = components['schemas'];

export type RosterNow = Schemas['RosterNow'];
export type RosterShift = Schemas['RosterShift'];
export type RosterLeave = Schemas['RosterLeave'];
export type RosterGap = Schemas['RosterGap'];
export type RosterCoverage = Schemas['RosterCoverage'];
export type RosterHandover = Schemas['RosterHandover'];
export type RosterAccount = Schemas['RosterAccount'];
export type CaseAssignment = Schemas['CaseAssignment'];
export type NewRosterShift = Schemas['NewRosterShift'];
export type NewRosterLeave = Schemas['NewRosterLeave'];
export type RotaPlan = Schemas['RotaPlan'];

/** A period, as ISO date-times with an offset; the API defaults to the next 7 days. */
export interface RosterWindow {
  from?: string;
  to?: string;
}

const data = async <T>(request: Promise<{ data: T[] }>) => (await request).data;

/**
 * The information officers' 24-hour duty roster (轮值): who is on duty now, shifts, leave, rota
 * planning, handovers and the consultations routed to officers. Needs a staff token; planning
 * needs a dispatcher, supervisor or administrator.
 */
export class Roster {
  constructor(private readonly client: APIClient) {}

  /** Who is on duty (now or `at`), who is next, and warnings for any gap in the next 24 hours. */
  now(options: { at?: string } = {}): Promise<RosterNow> {
    return this.client.request('GET', '/api/v1/roster/now', { query: { at: options.at } });
  }

  officers(): Promise<RosterAccount[]> {
    return data(this.client.request('GET', '/api/v1/roster/officers'));
  }

  shifts(window: RosterWindow & { accountId?: string } = {}): Promise<RosterShift[]> {
    return data(this.client.request('GET', '/api/v1/roster/shifts', { query: { ...window } }));
  }
  createShift(shift: NewRosterShift): Promise<RosterShift> {
    return this.client.request('POST', '/api/v1/roster/shifts', { body: shift });
  }
  /** Changes a shift's times, note, or officer (a swap). */
  updateShift(id: string, change: Partial<NewRosterShift>): Promise<RosterShift> {
    return this.client.request('PATCH', `/api/v1/roster/shifts/${encodeURIComponent(id)}`, { body: change });
  }
  deleteShift(id: string): Promise<void> {
    return this.client.request('DELETE', `/api/v1/roster/shifts/${encodeURIComponent(id)}`);
  }

  /** Repeats a day's slots over `days` days, officers taking turns; returns the shifts and the gaps left. */
  planRota(plan: RotaPlan): Promise<{ shifts: RosterShift[]; gaps: RosterGap[] }> {
    return this.client.request('POST', '/api/v1/roster/rota', { body: plan });
  }

  /** Times in a period when nobody is on duty. */
  coverage(window: RosterWindow = {}): Promise<RosterCoverage> {
    return this.client.request('GET', '/api/v1/roster/coverage', { query: { ...window } });
  }

  leaves(window: RosterWindow = {}): Promise<RosterLeave[]> {
    return data(this.client.request('GET', '/api/v1/roster/leaves', { query: { ...window } }));
  }
  createLeave(leave: NewRosterLeave): Promise<RosterLeave> {
    return this.client.request('POST', '/api/v1/roster/leaves', { body: leave });
  }
  deleteLeave(id: string): Promise<void> {
    return this.client.request('DELETE', `/api/v1/roster/leaves/${encodeURIComponent(id)}`);
  }

  /** Handovers, newest first; `pending` for those waiting for you. */
  handovers(options: { pending?: boolean; limit?: number } = {}): Promise<RosterHandover[]> {
    return data(this.client.request('GET', '/api/v1/roster/handovers', { query: { pending: options.pending, limit: options.limit } }));
  }
  /** Hands over your shift (information officers): notes, and your open consultations go with it. */
  handOver(handover: { notes: string; toAccountId?: string | null }): Promise<RosterHandover> {
    return this.client.request('POST', '/api/v1/roster/handovers', { body: handover });
  }
  /** Takes a handover: its open consultations are assigned to you. */
  acknowledgeHandover(id: string): Promise<RosterHandover> {
    return this.client.request('POST', `/api/v1/roster/handovers/${encodeURIComponent(id)}/acknowledge`, { body: {} });
  }

  /** Consultations routed to officers; `mine` for yours, `open: false` to include answered ones. */
  assignments(options: { mine?: boolean; accountId?: string; open?: boolean; limit?: number } = {}): Promise<CaseAssignment[]> {
    return data(this.client.request('GET', '/api/v1/roster/assignments', { query: { ...options } }));
  }
}
