/**
 * Units (单位): the organisation tree a case moves through.
 *
 * The four levels of the loop are city command centre → street → community → grid. Departments
 * (职能部门, including utilities) and property companies (物业公司) are not levels of their own: they
 * hang under the unit that owns them (a city department under the city, a property company under the
 * street or community that supervises it).
 */
export const unitKinds = ['city', 'street', 'community', 'grid', 'department', 'property'] as const;
export type UnitKind = (typeof unitKinds)[number];

/** The administrative levels, top to bottom. */
export const unitLevels = ['city', 'street', 'community', 'grid'] as const;
export type UnitLevel = (typeof unitLevels)[number];

/** Which kinds may be the parent of a unit of each kind. `city` is always the root. */
export const allowedParentKinds: Record<UnitKind, readonly UnitKind[]> = {
  city: [],
  street: ['city'],
  community: ['street'],
  grid: ['community'],
  department: ['city', 'street', 'department'],
  property: ['city', 'street', 'community'],
};

/**
 * What the core needs to know of a unit to check a command: its place in the tree.
 * `path` lists the ids from the root down to and including the unit itself.
 */
export interface UnitRef {
  id: string;
  kind: UnitKind;
  parentId: string | null;
  path: readonly string[];
}

/** True when `unit` is `ancestor` itself or lies below it. */
export function isWithin(unit: UnitRef, ancestor: UnitRef | string): boolean {
  const ancestorId = typeof ancestor === 'string' ? ancestor : ancestor.id;
  return unit.path.includes(ancestorId);
}

/** Checks that a unit of `kind` may hang under `parent` (or be a root when `parent` is null). */
export function checkUnitPlacement(kind: UnitKind, parent: UnitRef | null): string | null {
  if (parent === null) return kind === 'city' ? null : `a ${kind} must have a parent unit`;
  if (kind === 'city') return 'a city is always the root of its tree';
  return allowedParentKinds[kind].includes(parent.kind)
    ? null
    : `a ${kind} cannot hang under a ${parent.kind}; allowed: ${allowedParentKinds[kind].join(', ')}`;
}

/** Builds the path of a new unit from its parent's. */
export function childPath(parent: UnitRef | null, id: string): string[] {
  return parent ? [...parent.path, id] : [id];
}

/**
 * The unit a case goes to when escalated (上报) from `unit`: its parent, for every kind. A grid
 * escalates to its community, a community to its street, a street to the city; a department or
 * property company to the unit that owns it.
 */
export function escalationTarget(unit: UnitRef): string | null {
  return unit.parentId;
}
