import type { APIClient } from '../core/client.js';
import type { components, paths } from '../generated/api.js';

type Schemas = components['schemas'];

export type RoutingSuggestion = Schemas['RoutingSuggestion'];
export type SuggestionRequest = Schemas['SuggestionRequest'];
export type SuggestionCategory = Schemas['SuggestionCategory'];
export type UnitReason = Schemas['UnitReason'];
export type CaseRoutingSuggestion = Schemas['CaseRoutingSuggestion'];
export type SuggestionDecisionBody = Schemas['SuggestionDecisionBody'];
export type SuggestionDecision = Schemas['SuggestionDecision'];
export type SuggestionAcceptance = Schemas['SuggestionAcceptance'];
type AcceptanceQuery = NonNullable<paths['/api/v1/staff/suggestions/acceptance']['get']['parameters']['query']>;

/**
 * Routing suggestions: the categories and handling units a case's text points to, why, and the
 * dispatcher's decision on them. Needs a staff token.
 *
 * ```ts
 * const { suggestion } = await huying.staff.suggestions.forCase(caseId);
 * const [first] = suggestion.categories;
 * await huying.staff.suggestions.decide(caseId, { categoryId: first?.category.id, unitId: suggestion.units[0]?.unit.id });
 * await huying.staff.cases.dispatch(caseId, { toUnitId: suggestion.units[0]!.unit.id });
 * ```
 */
export class StaffSuggestions {
  constructor(private readonly client: APIClient) {}

  /** For text not yet filed (a hotline call being typed): staff of the command centre, streets and communities. */
  forText(request: SuggestionRequest): Promise<RoutingSuggestion> {
    // Asking twice changes nothing, so a retry is always safe.
    return this.client.request('POST', '/api/v1/staff/suggestions', { body: request, retrySafe: true });
  }

  /** For a case: its holder and the units above it. Includes the latest decision on it. */
  forCase(caseId: string, options: { limit?: number } = {}): Promise<CaseRoutingSuggestion> {
    return this.client.request('GET', `/api/v1/staff/cases/${encodeURIComponent(caseId)}/suggestion`, { query: { limit: options.limit } });
  }

  /**
   * Accepts or overrides the case's suggestion: send the category and/or unit chosen (the
   * suggested ones to accept, others to override). Only records the decision; dispatching is
   * `staff.cases.dispatch`. Retried with one idempotency key, so it counts once.
   */
  async decide(caseId: string, body: SuggestionDecisionBody, options: { idempotencyKey?: string } = {}): Promise<SuggestionDecision> {
    const { decision } = await this.client.request<{ decision: SuggestionDecision }>('POST', `/api/v1/staff/cases/${encodeURIComponent(caseId)}/suggestion/decision`, {
      body,
      idempotencyKey: options.idempotencyKey ?? globalThis.crypto.randomUUID(),
    });
    return decision;
  }

  /** How often dispatchers accepted the suggestions, per model version: the command centre's managers. */
  acceptance(query: AcceptanceQuery = {}): Promise<SuggestionAcceptance> {
    return this.client.request('GET', '/api/v1/staff/suggestions/acceptance', { query });
  }
}
