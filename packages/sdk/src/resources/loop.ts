import type { APIClient } from '../core/client.js';
import { PagePromise, type Page } from '../core/pagination.js';
import type { components, paths } from '../generated/api.js';

type Schemas = components['schemas'];
type Json<Path extends keyof paths, Method extends 'get' | 'put' | 'post' | 'delete', Status extends number = 200> = paths[Path][Method] extends {
  responses: { [S in Status]: { content: { 'application/json': infer Body } } };
}
  ? Body
  : never;
type BodyOf<Path extends keyof paths, Method extends 'put' | 'post'> = paths[Path][Method] extends {
  requestBody?: { content: { 'application/json': infer Body } };
}
  ? Body
  : never;
type QueryOfGet<Path extends keyof paths> = paths[Path] extends { get: { parameters: { query?: infer Query } } } ? NonNullable<Query> : never;

export type LoopPolicy = Schemas['LoopPolicy'];
export type LoopPolicyView = Schemas['LoopPolicyView'];
export type Duration = Schemas['Duration'];
export type Deadline = Schemas['Deadline'];
export type CalendarYear = Schemas['CalendarYear'];
export type CalendarYearBody = Schemas['CalendarYearBody'];
export type SlaRule = Schemas['SlaRule'];
export type SlaRuleBody = Schemas['SlaRuleBody'];
export type RoutingRule = Schemas['RoutingRule'];
export type RoutingRuleBody = Schemas['RoutingRuleBody'];
export type SupervisionNotice = Schemas['SupervisionNotice'];
export type DeadlineWarning = Schemas['DeadlineWarning'];

/**
 * The city's loop settings: policy, working calendar, time-limit rules, intake routing rules, and
 * the return report. Anyone on the staff reads them; the command centre's dispatchers and
 * administrators change them.
 */
export class LoopSettings {
  constructor(private readonly client: APIClient) {}

  policy(): Promise<LoopPolicyView> {
    return this.client.request('GET', '/api/v1/staff/loop/policy');
  }
  setPolicy(policy: LoopPolicy): Promise<LoopPolicyView> {
    return this.client.request('PUT', '/api/v1/staff/loop/policy', { body: policy });
  }

  calendar(): Promise<Json<'/api/v1/staff/loop/calendar', 'get'>> {
    return this.client.request('GET', '/api/v1/staff/loop/calendar');
  }
  calendarYear(year: number): Promise<Json<'/api/v1/staff/loop/calendar/{year}', 'get'>> {
    return this.client.request('GET', `/api/v1/staff/loop/calendar/${year}`);
  }
  /** Enters a year's holidays and make-up working days from the State Council's notice. */
  setCalendarYear(year: number, entry: BodyOf<'/api/v1/staff/loop/calendar/{year}', 'put'>): Promise<CalendarYear> {
    return this.client.request('PUT', `/api/v1/staff/loop/calendar/${year}`, { body: entry });
  }
  deleteCalendarYear(year: number): Promise<Json<'/api/v1/staff/loop/calendar/{year}', 'delete'>> {
    return this.client.request('DELETE', `/api/v1/staff/loop/calendar/${year}`);
  }
  /** When a time limit started at `from` ends on the city's calendar. */
  dueDate(query: QueryOfGet<'/api/v1/staff/loop/due-date'>): Promise<Json<'/api/v1/staff/loop/due-date', 'get'>> {
    return this.client.request('GET', '/api/v1/staff/loop/due-date', { query });
  }

  slaRules(): Promise<Json<'/api/v1/staff/loop/sla-rules', 'get'>> {
    return this.client.request('GET', '/api/v1/staff/loop/sla-rules');
  }
  setSlaRules(rules: BodyOf<'/api/v1/staff/loop/sla-rules', 'put'>): Promise<Json<'/api/v1/staff/loop/sla-rules', 'put'>> {
    return this.client.request('PUT', '/api/v1/staff/loop/sla-rules', { body: rules });
  }
  resetSlaRules(): Promise<Json<'/api/v1/staff/loop/sla-rules', 'delete'>> {
    return this.client.request('DELETE', '/api/v1/staff/loop/sla-rules');
  }
  matchSlaRule(query: QueryOfGet<'/api/v1/staff/loop/sla-rules/match'>): Promise<SlaRule> {
    return this.client.request('GET', '/api/v1/staff/loop/sla-rules/match', { query });
  }

  routingRules(): Promise<{ data: RoutingRule[] }> {
    return this.client.request('GET', '/api/v1/staff/loop/routing-rules');
  }
  createRoutingRule(rule: RoutingRuleBody): Promise<RoutingRule> {
    return this.client.request('POST', '/api/v1/staff/loop/routing-rules', { body: rule });
  }
  replaceRoutingRule(id: string, rule: RoutingRuleBody): Promise<RoutingRule> {
    return this.client.request('PUT', `/api/v1/staff/loop/routing-rules/${encodeURIComponent(id)}`, { body: rule });
  }
  deleteRoutingRule(id: string): Promise<void> {
    return this.client.request('DELETE', `/api/v1/staff/loop/routing-rules/${encodeURIComponent(id)}`);
  }
  /** Where a new case would land now, and why. */
  previewIntake(subject: BodyOf<'/api/v1/staff/loop/routing-rules/preview', 'post'>): Promise<Json<'/api/v1/staff/loop/routing-rules/preview', 'post'>> {
    return this.client.request('POST', '/api/v1/staff/loop/routing-rules/preview', { body: subject });
  }

  /** Returns per returning unit in a period, with the rulings (upheld, rejected). */
  returnReport(period: { from: string; to: string }): Promise<Json<'/api/v1/staff/loop/reports/returns', 'get'>> {
    return this.client.request('GET', '/api/v1/staff/loop/reports/returns', { query: period });
  }
}

/** Supervision notices (督办单) and deadline warnings (预警) for your unit. */
export class Supervision {
  constructor(private readonly client: APIClient) {}

  notices(filter: Omit<QueryOfGet<'/api/v1/staff/supervision-notices'>, 'cursor'> = {}): PagePromise<SupervisionNotice> {
    return new PagePromise((cursor) => this.client.request<Page<SupervisionNotice>>('GET', '/api/v1/staff/supervision-notices', { query: { ...filter, cursor } }));
  }
  notice(id: string): Promise<SupervisionNotice> {
    return this.client.request('GET', `/api/v1/staff/supervision-notices/${encodeURIComponent(id)}`);
  }
  /** Answers a notice sent to your unit; the answer is recorded on the case. */
  answer(id: string, answer: string): Promise<SupervisionNotice> {
    return this.client.request('POST', `/api/v1/staff/supervision-notices/${encodeURIComponent(id)}/answer`, { body: { answer } });
  }

  warnings(filter: Omit<QueryOfGet<'/api/v1/staff/deadline-warnings'>, 'cursor'> = {}): PagePromise<DeadlineWarning> {
    return new PagePromise((cursor) => this.client.request<Page<DeadlineWarning>>('GET', '/api/v1/staff/deadline-warnings', { query: { ...filter, cursor } }));
  }
}
