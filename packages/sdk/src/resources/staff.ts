import type { APIClient } from '../core/client.js';
import { LiveStream, type LiveOptions } from '../core/live.js';
import { PagePromise, type Page } from '../core/pagination.js';
import type { paths } from '../generated/api.js';
import type { CaseKind, CaseStatus, StaffCaseSummary, StaffCaseView, StaffMe } from '../types.js';
import { openEvents } from './tracking.js';
import { LoopSettings, Supervision } from './loop.js';
import { StaffSuggestions } from './suggestions.js';

/** The case's actions: the POSTs under a case that take a body (not its suggestion, which is read). */
type ActionPath = {
  [Path in keyof paths]: Path extends `/api/v1/staff/cases/{id}/${string}` ? (paths[Path] extends { post: { requestBody?: unknown } } ? Path : never) : never;
}[keyof paths];
type ActionName = ActionPath extends `/api/v1/staff/cases/{id}/${infer Name}` ? Name : never;
/** The body of a staff action, straight from the API's schema. */
export type ActionBody<Name extends ActionName> = NonNullable<
  paths[`/api/v1/staff/cases/{id}/${Name}`]['post']['requestBody']
>['content']['application/json'];

export interface StaffCaseFilter {
  status?: CaseStatus[];
  kind?: CaseKind[];
  categoryId?: string;
  buildingId?: string;
  /** `held`: what your unit holds; `subtree` (default): held anywhere below you too; `parts`: joint handlings where your unit has a part to report. */
  scope?: 'held' | 'subtree' | 'parts';
  /** Only cases with a running deadline due by then (ISO 8601; now gives the overdue ones). */
  dueBefore?: string;
  /** How the most pressing running deadline stands: `overdue`, `nearing` (warning time passed), `running`, or `none` running. */
  deadline?: StaffDeadlineState[];
  /** `newest` (default) or `oldest` filed first, or `due`: earliest running deadline first. */
  sort?: 'newest' | 'oldest' | 'due';
  limit?: number;
}

export type RevealedContact = paths['/api/v1/staff/cases/{id}/contact/reveal']['post']['responses'][200]['content']['application/json'];

export type StaffDeadlineState = 'overdue' | 'nearing' | 'running' | 'none';

/** What the staff stream sends: `ready` when a connection opens (reload your list), then each change. */
export type StaffCaseChange =
  | { type: 'ready' }
  | { type: 'case'; event: { type: string; seq: number; status: CaseStatus }; case: StaffCaseSummary };

export type PatrolReportBody = NonNullable<paths['/api/v1/staff/patrol-reports']['post']['requestBody']>['content']['application/json'];
export type PatrolReportReceipt = paths['/api/v1/staff/patrol-reports']['post']['responses'][201]['content']['application/json'];
export type HotSpot = paths['/api/v1/staff/hot-spots']['get']['responses'][200]['content']['application/json']['data'][number];
export type SupervisionBoard = paths['/api/v1/staff/supervision-board']['get']['responses'][200]['content']['application/json'];

/** The cases a unit works, and every move of the loop. Needs a staff token. */
export class StaffCases {
  constructor(private readonly client: APIClient) {}

  list(filter: StaffCaseFilter = {}): PagePromise<StaffCaseSummary> {
    return new PagePromise((cursor) =>
      this.client.request<Page<StaffCaseSummary>>('GET', '/api/v1/staff/cases', { query: { ...filter, cursor } }),
    );
  }

  get(id: string): Promise<StaffCaseView> {
    return this.client.request('GET', `/api/v1/staff/cases/${encodeURIComponent(id)}`);
  }

  /**
   * Every change to the cases you may see, live. Each connection starts with `ready`: reload the
   * list you show then, since changes made while disconnected are not replayed.
   */
  live(options: LiveOptions = {}): LiveStream<StaffCaseChange> {
    return new LiveStream<StaffCaseChange>(
      (_lastEventId, signal) => openEvents(this.client, '/api/v1/staff/events', null, signal),
      options,
      (type, data) => (type === 'case' ? { type: 'case', ...(data as Omit<Extract<StaffCaseChange, { type: 'case' }>, 'type'>) } : { type: 'ready' }),
    );
  }

  #act<Name extends ActionName>(id: string, action: Name, body: ActionBody<Name>): Promise<StaffCaseView> {
    return this.client.request('POST', `/api/v1/staff/cases/${encodeURIComponent(id)}/${action}`, { body });
  }

  /**
   * The resident's full phone number, for the unit holding the case (its view says
   * `contact.revealable`); every view shows it masked, and every reveal is in the audit log.
   */
  revealContact(id: string, body: ActionBody<'contact/reveal'> = {}): Promise<RevealedContact> {
    return this.client.request('POST', `/api/v1/staff/cases/${encodeURIComponent(id)}/contact/reveal`, { body });
  }

  accept(id: string, body: ActionBody<'accept'> = {}) {
    return this.#act(id, 'accept', body);
  }
  respond(id: string, body: ActionBody<'respond'>) {
    return this.#act(id, 'respond', body);
  }
  note(id: string, body: ActionBody<'note'>) {
    return this.#act(id, 'note', body);
  }
  dispatch(id: string, body: ActionBody<'dispatch'>) {
    return this.#act(id, 'dispatch', body);
  }
  escalate(id: string, body: ActionBody<'escalate'>) {
    return this.#act(id, 'escalate', body);
  }
  return(id: string, body: ActionBody<'return'>) {
    return this.#act(id, 'return', body);
  }
  ruleReturn(id: string, body: ActionBody<'rule-return'>) {
    return this.#act(id, 'rule-return', body);
  }
  startJoint(id: string, body: ActionBody<'start-joint'>) {
    return this.#act(id, 'start-joint', body);
  }
  reportPart(id: string, body: ActionBody<'report-part'>) {
    return this.#act(id, 'report-part', body);
  }
  hold(id: string, body: ActionBody<'hold'>) {
    return this.#act(id, 'hold', body);
  }
  resume(id: string, body: ActionBody<'resume'> = {}) {
    return this.#act(id, 'resume', body);
  }
  resolve(id: string, body: ActionBody<'resolve'>) {
    return this.#act(id, 'resolve', body);
  }
  close(id: string, body: ActionBody<'close'> = {}) {
    return this.#act(id, 'close', body);
  }
  /** A supervision notice (督办单) to the holder or a co-unit, from a unit above. */
  supervise(id: string, body: ActionBody<'supervise'>) {
    return this.#act(id, 'supervise', body);
  }
  answerSupervision(id: string, body: ActionBody<'answer-supervision'>) {
    return this.#act(id, 'answer-supervision', body);
  }
  requestExtension(id: string, body: ActionBody<'request-extension'>) {
    return this.#act(id, 'request-extension', body);
  }
  ruleExtension(id: string, body: ActionBody<'rule-extension'>) {
    return this.#act(id, 'rule-extension', body);
  }
}

export class Staff {
  readonly cases: StaffCases;
  readonly loop: LoopSettings;
  readonly supervision: Supervision;
  readonly suggestions: StaffSuggestions;
  constructor(private readonly client: APIClient) {
    this.cases = new StaffCases(client);
    this.loop = new LoopSettings(client);
    this.supervision = new Supervision(client);
    this.suggestions = new StaffSuggestions(client);
  }

  /**
   * A problem found on patrol, filed at your own unit (channel `patrol`). Upload photos first with
   * `attachments.upload`; pass an idempotency key so a retry never files it twice.
   */
  reportPatrol(body: PatrolReportBody, options: { idempotencyKey?: string } = {}): Promise<PatrolReportReceipt> {
    return this.client.request('POST', '/api/v1/staff/patrol-reports', { body, idempotencyKey: options.idempotencyKey ?? crypto.randomUUID() });
  }

  /** Your own patrol reports, newest first. */
  patrolReports(options: { limit?: number } = {}): PagePromise<StaffCaseSummary> {
    return new PagePromise((cursor) => this.client.request<Page<StaffCaseSummary>>('GET', '/api/v1/staff/patrol-reports', { query: { ...options, cursor } }));
  }

  /** Buildings where cases gather among those you may see. */
  async hotSpots(options: { days?: number; minCases?: number; limit?: number } = {}): Promise<HotSpot[]> {
    const { data } = await this.client.request<{ data: HotSpot[] }>('GET', '/api/v1/staff/hot-spots', { query: options });
    return data;
  }

  /** Overdue and supervised cases across your subtree, and each holding unit's counts. */
  supervisionBoard(options: { limit?: number } = {}): Promise<SupervisionBoard> {
    return this.client.request('GET', '/api/v1/staff/supervision-board', { query: options });
  }

  /** Who the token belongs to: account, role and unit. */
  me(): Promise<StaffMe> {
    return this.client.request('GET', '/api/v1/staff/me');
  }
}
