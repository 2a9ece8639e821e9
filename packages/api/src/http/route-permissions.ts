import type { StaffPermission } from '@huying/core';

/**
 * What each staff route needs: the one table the access middleware checks (http/staff-auth.ts).
 * Keyed by the method and the path as the OpenAPI document spells it. A route that authenticates
 * staff and is missing here is refused (fail closed), the app refuses to start, and the access
 * matrix test names it: add the route here when you add it.
 *
 * `optional`: residents use the route too; staff credentials, when sent, are checked as usual.
 */
export interface RouteAccess {
  permission: StaffPermission;
  optional?: true;
}

const caseActions: Record<string, StaffPermission> = {
  accept: 'cases.handle',
  respond: 'cases.handle',
  note: 'cases.handle',
  hold: 'cases.handle',
  resume: 'cases.handle',
  resolve: 'cases.handle',
  close: 'cases.handle',
  return: 'cases.handle',
  'report-part': 'cases.handle',
  'answer-supervision': 'cases.handle',
  'request-extension': 'cases.handle',
  escalate: 'cases.escalate',
  dispatch: 'cases.dispatch',
  'rule-return': 'cases.dispatch',
  'start-joint': 'cases.dispatch',
  'rule-extension': 'cases.dispatch',
  supervise: 'cases.supervise',
};

const v1 = '/api/v1';
const table: Record<string, StaffPermission | RouteAccess> = {
  // Signing in and one's own account
  [`GET ${v1}/staff/me`]: 'profile.read',
  [`POST ${v1}/auth/password`]: 'profile.read',
  [`GET ${v1}/auth/tokens`]: 'tokens.own',
  [`POST ${v1}/auth/tokens`]: 'tokens.own',
  [`POST ${v1}/auth/tokens/{id}/revoke`]: 'tokens.own',

  // Cases
  [`GET ${v1}/staff/cases`]: 'cases.read',
  [`GET ${v1}/staff/cases/{id}`]: 'cases.read',
  ...Object.fromEntries(Object.entries(caseActions).map(([action, permission]) => [`POST ${v1}/staff/cases/{id}/${action}`, permission])),
  [`POST ${v1}/staff/cases/{id}/contact/reveal`]: 'cases.contact.reveal',
  [`POST ${v1}/attachments`]: { permission: 'attachments.upload', optional: true },
  [`GET ${v1}/attachments/{id}/content`]: { permission: 'cases.read', optional: true },
  [`GET ${v1}/kb/suggestions/{id}`]: 'kb.read',

  // Hotline intake
  [`POST ${v1}/staff/hotline/callers/lookup`]: 'hotline.intake',
  [`POST ${v1}/staff/hotline/calls`]: 'hotline.intake',

  // The staff console: live changes, grid patrol, hot spots and the supervision board
  [`GET ${v1}/staff/events`]: 'cases.read',
  [`POST ${v1}/staff/patrol-reports`]: 'cases.handle',
  [`GET ${v1}/staff/patrol-reports`]: 'cases.read',
  [`GET ${v1}/staff/hot-spots`]: 'cases.read',
  [`GET ${v1}/staff/supervision-board`]: 'loop.read',

  // Routing suggestions
  [`POST ${v1}/staff/suggestions`]: 'suggestions.use',
  [`GET ${v1}/staff/cases/{id}/suggestion`]: 'suggestions.use',
  [`POST ${v1}/staff/cases/{id}/suggestion/decision`]: 'suggestions.use',
  [`GET ${v1}/staff/suggestions/acceptance`]: 'suggestions.report',

  // The loop's settings, supervision and reports
  [`GET ${v1}/staff/loop/policy`]: 'loop.read',
  [`PUT ${v1}/staff/loop/policy`]: 'loop.edit',
  [`GET ${v1}/staff/loop/calendar`]: 'loop.read',
  [`GET ${v1}/staff/loop/due-date`]: 'loop.read',
  [`GET ${v1}/staff/loop/calendar/{year}`]: 'loop.read',
  [`PUT ${v1}/staff/loop/calendar/{year}`]: 'loop.edit',
  [`DELETE ${v1}/staff/loop/calendar/{year}`]: 'loop.edit',
  [`GET ${v1}/staff/loop/sla-rules`]: 'loop.read',
  [`PUT ${v1}/staff/loop/sla-rules`]: 'loop.edit',
  [`DELETE ${v1}/staff/loop/sla-rules`]: 'loop.edit',
  [`GET ${v1}/staff/loop/sla-rules/match`]: 'loop.read',
  [`GET ${v1}/staff/loop/routing-rules`]: 'loop.read',
  [`POST ${v1}/staff/loop/routing-rules`]: 'loop.edit',
  [`POST ${v1}/staff/loop/routing-rules/preview`]: 'loop.read',
  [`PUT ${v1}/staff/loop/routing-rules/{id}`]: 'loop.edit',
  [`DELETE ${v1}/staff/loop/routing-rules/{id}`]: 'loop.edit',
  [`GET ${v1}/staff/loop/reports/returns`]: 'loop.read',
  [`GET ${v1}/staff/supervision-notices`]: 'loop.read',
  [`GET ${v1}/staff/supervision-notices/{id}`]: 'loop.read',
  [`POST ${v1}/staff/supervision-notices/{id}/answer`]: 'cases.handle',
  [`GET ${v1}/staff/deadline-warnings`]: 'loop.read',

  // Buildings and their signs
  [`POST ${v1}/building-imports`]: 'buildings.import',
  [`GET ${v1}/buildings/{id}/sign`]: 'signs.manage',
  [`GET ${v1}/buildings/{id}/signs`]: 'signs.manage',
  [`POST ${v1}/buildings/{id}/signs`]: 'signs.manage',
  [`POST ${v1}/buildings/{id}/signs/revoke`]: 'signs.manage',

  // Embedding and kiosks
  [`GET ${v1}/staff/site-keys`]: 'site-keys.manage',
  [`POST ${v1}/staff/site-keys`]: 'site-keys.manage',
  [`POST ${v1}/staff/site-keys/{key}/revoke`]: 'site-keys.manage',
  [`GET ${v1}/staff/kiosks`]: 'kiosks.manage',
  [`POST ${v1}/staff/kiosks`]: 'kiosks.manage',
  [`PUT ${v1}/staff/kiosks/{id}/notices`]: 'kiosks.notices',
  [`PUT ${v1}/staff/kiosks/{id}/pin`]: 'kiosks.manage',
  [`POST ${v1}/staff/kiosks/{id}/revoke`]: 'kiosks.manage',

  // Knowledge base
  [`GET ${v1}/kb/lexicon`]: 'kb.read',
  [`PUT ${v1}/kb/lexicon/{kind}/{term}`]: 'kb.lexicon.edit',
  [`DELETE ${v1}/kb/lexicon/{kind}/{term}`]: 'kb.lexicon.edit',
  [`GET ${v1}/kb/settings`]: 'kb.read',
  [`PUT ${v1}/kb/settings`]: 'kb.settings.edit',

  // Duty roster
  [`GET ${v1}/roster/now`]: 'roster.read',
  [`GET ${v1}/roster/officers`]: 'roster.read',
  [`GET ${v1}/roster/shifts`]: 'roster.read',
  [`POST ${v1}/roster/shifts`]: 'roster.plan',
  [`PATCH ${v1}/roster/shifts/{id}`]: 'roster.plan',
  [`DELETE ${v1}/roster/shifts/{id}`]: 'roster.plan',
  [`POST ${v1}/roster/rota`]: 'roster.plan',
  [`GET ${v1}/roster/coverage`]: 'roster.read',
  [`GET ${v1}/roster/leaves`]: 'roster.read',
  [`POST ${v1}/roster/leaves`]: 'roster.plan',
  [`DELETE ${v1}/roster/leaves/{id}`]: 'roster.plan',
  [`GET ${v1}/roster/handovers`]: 'roster.read',
  [`POST ${v1}/roster/handovers`]: 'roster.duty',
  [`POST ${v1}/roster/handovers/{id}/acknowledge`]: 'roster.duty',
  [`GET ${v1}/roster/assignments`]: 'roster.read',

  // Administration
  [`GET ${v1}/admin/roles`]: 'accounts.read',
  [`GET ${v1}/admin/accounts`]: 'accounts.read',
  [`POST ${v1}/admin/accounts`]: 'accounts.manage',
  [`GET ${v1}/admin/accounts/{id}`]: 'accounts.read',
  [`PATCH ${v1}/admin/accounts/{id}`]: 'accounts.manage',
  [`POST ${v1}/admin/accounts/{id}/disable`]: 'accounts.manage',
  [`POST ${v1}/admin/accounts/{id}/enable`]: 'accounts.manage',
  [`POST ${v1}/admin/accounts/{id}/password`]: 'accounts.manage',
  [`POST ${v1}/admin/accounts/{id}/unlock`]: 'accounts.manage',
  [`POST ${v1}/admin/accounts/{id}/sessions/revoke`]: 'accounts.manage',
  [`GET ${v1}/admin/accounts/{id}/tokens`]: 'tokens.manage',
  [`POST ${v1}/admin/accounts/{id}/tokens`]: 'tokens.manage',
  [`POST ${v1}/admin/tokens/{id}/revoke`]: 'tokens.manage',
  [`GET ${v1}/admin/api-keys`]: 'api-keys.manage',
  [`POST ${v1}/admin/api-keys`]: 'api-keys.manage',
  [`POST ${v1}/admin/api-keys/{id}/revoke`]: 'api-keys.manage',
  [`GET ${v1}/admin/audit`]: 'audit.read',

  // Assessment and analysis
  [`GET ${v1}/staff/assessment/months`]: 'assessment.read',
  [`GET ${v1}/staff/assessment/months/{month}`]: 'assessment.read',
  [`GET ${v1}/staff/assessment/months/{month}/revisions`]: 'assessment.read',
  [`GET ${v1}/staff/assessment/months/{month}/export`]: 'assessment.read',
  [`GET ${v1}/staff/assessment/months/{month}/cases`]: 'assessment.read',
  [`POST ${v1}/staff/assessment/months/{month}/generate`]: 'assessment.generate',
  [`GET ${v1}/staff/assessment/config`]: 'assessment.read',
  [`POST ${v1}/staff/assessment/config`]: 'assessment.config.edit',
  [`GET ${v1}/staff/analytics/dashboard`]: 'analytics.read',
};

export const routePermissions: ReadonlyMap<string, RouteAccess> = new Map(
  Object.entries(table).map(([key, access]) => [key, typeof access === 'string' ? { permission: access } : access]),
);

/** The table's key for a route: `POST /api/v1/staff/cases/{id}/accept` (Hono's `:id` written as OpenAPI's `{id}`). */
export const routeKey = (method: string, path: string) => `${method.toUpperCase()} ${path.replace(/:([A-Za-z0-9_]+)(\{[^}]*\})?/g, '{$1}')}`;
