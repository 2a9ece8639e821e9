import type { APIClient } from '../core/client.js';
import type { components } from '../generated/api.js';

type Schemas = components['schemas'];

export type AssessmentTable = Schemas['AssessmentTable'];
export type AssessmentTableRow = Schemas['AssessmentTableRow'];
export type AssessmentFigures = Schemas['AssessmentFigures'];
export type AssessmentRates = Schemas['AssessmentRates'];
export type AssessmentScore = Schemas['AssessmentScore'];
export type AssessmentRevision = Schemas['AssessmentRevision'];
export type AssessmentDrillDown = Schemas['AssessmentDrillDown'];
export type AssessmentScoringConfig = Schemas['AssessmentScoringConfig'];
export type AssessmentConfigVersion = Schemas['AssessmentConfigVersion'];
export type AssessmentConfigBody = Schemas['AssessmentConfigBody'];
export type AnalyticsDashboard = Schemas['AnalyticsDashboard'];
export type PublicStats = Schemas['PublicStats'];
/** A figure of the table that counts cases (the drill-down lists them). */
export type AssessmentMeasure = AssessmentDrillDown['measure'];

export interface DashboardOptions {
  /** `YYYY-MM`; default: eleven months before `to`. */
  from?: string;
  /** `YYYY-MM`; default: this month. */
  to?: string;
  interval?: 'day' | 'month';
  /** A unit of your subtree; default: your own. */
  unitId?: string;
}

/**
 * The monthly assessment (考核) and the live analysis: stored tables and their revisions, the
 * cases behind each figure, exports, the scoring configuration, and dashboards. Needs a staff
 * token; generating and configuring need the command centre's supervisors or administrators.
 */
export class Assessment {
  constructor(private readonly client: APIClient) {}

  /** The months that have a table, newest first. */
  async months(): Promise<{ month: string; revisions: number; latestAsOf: string }[]> {
    return (await this.client.request<{ data: { month: string; revisions: number; latestAsOf: string }[] }>('GET', '/api/v1/staff/assessment/months')).data;
  }

  /** A month's table: the latest revision, or the one named. */
  table(month: string, options: { revision?: number } = {}): Promise<AssessmentTable> {
    return this.client.request('GET', `/api/v1/staff/assessment/months/${encodeURIComponent(month)}`, { query: { revision: options.revision } });
  }

  async revisions(month: string): Promise<AssessmentRevision[]> {
    return (await this.client.request<{ data: AssessmentRevision[] }>('GET', `/api/v1/staff/assessment/months/${encodeURIComponent(month)}/revisions`)).data;
  }

  /** Generates a closed month as of now; `created` is false when nothing changed since the latest revision. */
  generate(month: string): Promise<{ created: boolean; table: AssessmentTable }> {
    return this.client.request('POST', `/api/v1/staff/assessment/months/${encodeURIComponent(month)}/generate`, { retrySafe: true });
  }

  /** The cases behind one figure of one unit (a page; pass `nextCursor` back for the next). */
  cases(month: string, options: { unitId: string; measure: AssessmentMeasure; revision?: number; limit?: number; cursor?: string }): Promise<AssessmentDrillDown> {
    return this.client.request('GET', `/api/v1/staff/assessment/months/${encodeURIComponent(month)}/cases`, { query: { ...options } });
  }

  /** The table as a file: CSV (UTF-8 with a byte-order mark) or XLSX (a sheet per level). */
  async export(month: string, options: { format?: 'csv' | 'xlsx'; lang?: 'zh-CN' | 'en'; revision?: number } = {}): Promise<Blob> {
    const response = await this.client.open(`/api/v1/staff/assessment/months/${encodeURIComponent(month)}/export`, {
      query: { format: options.format ?? 'xlsx', lang: options.lang, revision: options.revision },
    });
    return response.blob();
  }

  /** Every scoring configuration version, and the one in force this month. */
  config(): Promise<{ inForce: AssessmentConfigVersion; versions: AssessmentConfigVersion[] }> {
    return this.client.request('GET', '/api/v1/staff/assessment/config');
  }

  /** Adds a version, in force from `effectiveFrom` (this month or later). */
  setConfig(body: AssessmentConfigBody): Promise<AssessmentConfigVersion> {
    return this.client.request('POST', '/api/v1/staff/assessment/config', { body });
  }

  /** The live dashboard of your subtree (or a unit in it). */
  dashboard(options: DashboardOptions = {}): Promise<AnalyticsDashboard> {
    return this.client.request('GET', '/api/v1/staff/analytics/dashboard', { query: { ...options } });
  }
}

/** This month's public figures (resolved, satisfaction, mean first-response time): resident access. */
export function publicStats(client: APIClient, options: { unitId?: string } = {}): Promise<PublicStats> {
  return client.request('GET', '/api/v1/public/stats', { query: { unitId: options.unitId } });
}
