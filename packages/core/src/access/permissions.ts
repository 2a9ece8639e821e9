/**
 * Who may do what: the one table of staff roles and the permissions each holds, and the unit
 * kinds a role may be granted at. The API checks every staff route against it in one place; the
 * staff pages read a signed-in member's permissions to show only what they may use.
 *
 * A role is always granted at a unit, and the unit bounds the data: a community's staff see their
 * subtree, a property company its buildings (see the API's case visibility). Permissions marked
 * city-wide change the whole city (its settings, keys and signs of trust), so they also need the
 * grant to sit at the city's command centre.
 */
import type { UnitKind } from '../units.js';

export const staffRoles = [
  'dispatcher',
  'street_staff',
  'community_staff',
  'grid_member',
  'department_handler',
  'property_manager',
  'information_officer',
  'supervisor',
  'admin',
] as const;
export type StaffRole = (typeof staffRoles)[number];

/** Every staff permission, with what it lets a person do (shown in 403 problems and in the docs). */
export const staffPermissions = {
  'profile.read': 'see your own account and sign-in',
  'tokens.own': 'create and revoke your own API tokens for the SDK',
  'cases.read': "read the cases your unit's scope covers",
  'cases.handle': 'work a case your unit holds: accept, respond, note, hold, resume, return, answer, resolve, close, report a part, ask for more time',
  'cases.escalate': 'send a case up to the unit above',
  'cases.dispatch': 'send a case down or across, rule on returns and extensions, start joint handling',
  'cases.supervise': 'issue a supervision notice (督办) to a unit below',
  'cases.contact.reveal': "see a resident's full phone number on a case your unit holds (every reveal is logged)",
  'attachments.upload': 'attach files to cases as staff',
  'hotline.intake': 'log hotline calls as cases, see how often a caller called before, and answer consultations on the call',
  'suggestions.use': 'ask for routing suggestions and record routing decisions',
  'suggestions.report': 'read how often routing suggestions were accepted',
  'loop.read': "read the city's loop settings, supervision notices, warnings and loop reports",
  'loop.edit': "change the city's loop policy, calendar, time limits and routing rules",
  'kb.read': "use the knowledge base's staff views: suggestions for a case, the lexicon, its settings",
  'kb.lexicon.edit': "edit the knowledge base's synonyms and stop-words",
  'kb.settings.edit': "change the knowledge base's settings",
  'roster.read': 'read the duty roster and its assignments',
  'roster.plan': 'plan duty shifts, leave and rotas',
  'roster.duty': 'hand over and take over a duty shift',
  'signs.manage': "print, reissue and withdraw the QR signs of your scope's buildings",
  'buildings.import': 'import the building register',
  'kiosks.manage': 'register, configure and withdraw service-hall kiosks',
  'kiosks.notices': "set the notices a service hall's kiosk shows",
  'site-keys.manage': 'issue and revoke site keys for websites embedding the widgets',
  'accounts.read': 'list staff accounts of your subtree and their roles',
  'accounts.manage': 'create staff accounts, grant roles, disable accounts, reset passwords and unlock sign-ins',
  'tokens.manage': "list and revoke other staff members' API tokens",
  'api-keys.manage': 'issue and revoke integrator API keys',
  'audit.read': 'read the audit log of sign-ins, permission changes and phone reveals',
  'assessment.read': "read the monthly assessment tables (考核) and open the cases behind your subtree's figures",
  'assessment.generate': "generate a month's assessment table again (a new revision) and export it",
  'assessment.config.edit': "change the assessment's weights and satisfaction coefficient (a new version from a month on)",
  'analytics.read': "use the live analysis dashboards of your unit's subtree",
} as const satisfies Record<string, string>;
export type StaffPermission = keyof typeof staffPermissions;

/** Permissions that change the whole city: held only through a grant at the city's command centre. */
export const cityWidePermissions: ReadonlySet<StaffPermission> = new Set<StaffPermission>([
  'loop.edit',
  'suggestions.report',
  'kb.settings.edit',
  'site-keys.manage',
  'api-keys.manage',
  'assessment.generate',
  'assessment.config.edit',
]);

const everyone = ['profile.read', 'tokens.own', 'loop.read', 'kb.read', 'roster.read', 'assessment.read'] as const satisfies readonly StaffPermission[];
const handling = ['cases.read', 'cases.handle', 'cases.contact.reveal', 'attachments.upload'] as const satisfies readonly StaffPermission[];
/** Units of the four levels route cases, supervise those below and look after their buildings' signs. */
const levelUnit = [...everyone, ...handling, 'cases.escalate', 'cases.dispatch', 'cases.supervise', 'suggestions.use', 'signs.manage', 'kiosks.notices', 'analytics.read'] as const;

/** The permission table: role → what it may do. */
export const rolePermissions: Record<StaffRole, readonly StaffPermission[]> = {
  dispatcher: [...levelUnit, 'suggestions.report', 'loop.edit', 'roster.plan', 'hotline.intake'],
  street_staff: levelUnit,
  community_staff: levelUnit,
  grid_member: [...everyone, ...handling, 'cases.escalate', 'suggestions.use', 'signs.manage'],
  department_handler: [...everyone, ...handling, 'cases.escalate', 'cases.dispatch', 'suggestions.use'],
  property_manager: [...everyone, ...handling, 'cases.escalate', 'signs.manage'],
  information_officer: [...everyone, ...handling, 'kb.lexicon.edit', 'roster.duty', 'hotline.intake'],
  supervisor: [...everyone, 'cases.read', 'cases.supervise', 'suggestions.report', 'roster.plan', 'accounts.read', 'audit.read', 'analytics.read', 'assessment.generate', 'assessment.config.edit'],
  admin: Object.keys(staffPermissions) as StaffPermission[],
};

/** Where each role may be granted. */
export const roleUnitKinds: Record<StaffRole, readonly UnitKind[]> = {
  dispatcher: ['city'],
  street_staff: ['street'],
  community_staff: ['community'],
  grid_member: ['grid'],
  department_handler: ['department'],
  property_manager: ['property'],
  information_officer: ['city', 'street'],
  supervisor: ['city', 'street'],
  admin: ['city', 'street'],
};

/** Names of the roles for people, in English and Chinese. */
export const roleNames: Record<StaffRole, { en: string; 'zh-CN': string; plural: string }> = {
  dispatcher: { en: 'dispatcher', 'zh-CN': '指挥中心派单员', plural: 'dispatchers' },
  street_staff: { en: 'street staff', 'zh-CN': '街道工作人员', plural: 'street staff' },
  community_staff: { en: 'community staff', 'zh-CN': '社区工作人员', plural: 'community staff' },
  grid_member: { en: 'grid member', 'zh-CN': '网格员', plural: 'grid members' },
  department_handler: { en: 'department handler', 'zh-CN': '部门承办人', plural: 'department handlers' },
  property_manager: { en: 'property manager', 'zh-CN': '物业管理员', plural: 'property managers' },
  information_officer: { en: 'information officer', 'zh-CN': '信息员', plural: 'information officers' },
  supervisor: { en: 'supervisor', 'zh-CN': '督办员', plural: 'supervisors' },
  admin: { en: 'administrator', 'zh-CN': '系统管理员', plural: 'administrators' },
};

/** The permissions a grant of `role` at a unit of `unitKind` gives. */
export function permissionsOf(role: StaffRole, unitKind: UnitKind): StaffPermission[] {
  return rolePermissions[role].filter((permission) => unitKind === 'city' || !cityWidePermissions.has(permission));
}

export type PermissionCheck = { allowed: true } | { allowed: false; reason: string };

const joinNames = (names: string[]) => (names.length <= 1 ? (names[0] ?? 'nobody') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`);

/** Whether a grant may use a permission; a refusal says which roles hold it, so the person knows whom to ask. */
export function checkPermission(role: StaffRole, unitKind: UnitKind, permission: StaffPermission): PermissionCheck {
  if (permissionsOf(role, unitKind).includes(permission)) return { allowed: true };
  const holders = staffRoles.filter((candidate) => rolePermissions[candidate].includes(permission)).map((candidate) => roleNames[candidate].plural);
  const where = cityWidePermissions.has(permission) ? " of the city's command centre" : '';
  const yours = rolePermissions[role].includes(permission)
    ? `your ${roleNames[role].en} role holds it, but it changes the whole city and needs the grant at the command centre`
    : `your role (${roleNames[role].en}) does not have it`;
  return {
    allowed: false,
    reason: `this needs the permission "${permission}" (${staffPermissions[permission]}); ${yours}. It is held by ${joinNames(holders)}${where}`,
  };
}

/** Whether a role may be granted at a unit of this kind, and if not, why. */
export function checkRoleGrant(role: StaffRole, unitKind: UnitKind): PermissionCheck {
  if (roleUnitKinds[role].includes(unitKind)) return { allowed: true };
  return { allowed: false, reason: `a ${roleNames[role].en} is granted at a unit of kind ${joinNames([...roleUnitKinds[role]])}, not ${unitKind}` };
}

/** What an integrator's API key may be allowed to do (Open311, webhooks, hotline intake). */
export const integratorPermissions = {
  'open311.submit': 'file service requests through Open311 GeoReport v2',
  'open311.read': 'read service requests through Open311 GeoReport v2',
  'webhooks.manage': 'subscribe to case events and manage webhook endpoints',
  'hotline.intake': 'log hotline calls as cases',
} as const satisfies Record<string, string>;
export type IntegratorPermission = keyof typeof integratorPermissions;
export const integratorPermissionNames = Object.keys(integratorPermissions) as IntegratorPermission[];
