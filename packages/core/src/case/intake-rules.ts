/**
 * Intake routing as data: rules of category × area → unit, in the city's order. A new case goes
 * to the first rule that matches it; otherwise a department's category goes to the city's
 * dispatch queue, a known place to its grid (or community), and anything else to the city.
 */
import type { CaseKind } from './case.js';
import type { IntakeLevel } from './loop-policy.js';

export const placeTargets = ['grid', 'community', 'street', 'property'] as const;
/** A target named by its relation to the case's building rather than by id. */
export type PlaceTarget = (typeof placeTargets)[number];

export interface IntakeRule {
  id: string;
  /** Empty: any kind. */
  kinds: CaseKind[];
  /** A category code prefix (`02` or `02.01`); null: any category. */
  categoryCode: string | null;
  /** The rule applies to buildings within this unit's area; null: anywhere. */
  areaUnitId: string | null;
  target: { unitId: string } | { place: PlaceTarget };
}

export interface IntakeSubject {
  kind: CaseKind;
  category: { code: string; ownerUnitId: string | null } | null;
  /** The building's grid path (city → street → community → grid) and its property company. */
  place: { gridPath: readonly string[]; propertyUnitId: string | null } | null;
  /** The city command centre. */
  cityUnitId: string;
}

export type IntakeDecision =
  | { unitId: string; reason: 'rule'; ruleId: string }
  | { unitId: string; reason: 'department_category' | 'place' | 'no_place'; ruleId: null };

function placeUnit(place: IntakeSubject['place'], target: PlaceTarget): string | null {
  if (!place) return null;
  const path = place.gridPath;
  switch (target) {
    case 'grid':
      return path.at(-1) ?? null;
    case 'community':
      return path.at(-2) ?? null;
    case 'street':
      return path.at(-3) ?? null;
    case 'property':
      return place.propertyUnitId;
  }
}

function ruleTarget(rule: IntakeRule, subject: IntakeSubject): string | null {
  if (rule.kinds.length > 0 && !rule.kinds.includes(subject.kind)) return null;
  if (rule.categoryCode !== null) {
    const code = subject.category?.code;
    if (!code || !(code === rule.categoryCode || code.startsWith(`${rule.categoryCode}.`))) return null;
  }
  if (rule.areaUnitId !== null && !subject.place?.gridPath.includes(rule.areaUnitId)) return null;
  return 'unitId' in rule.target ? rule.target.unitId : placeUnit(subject.place, rule.target.place);
}

/** Where a new case lands, and why. `rules` are in the city's order. */
export function routeNewCase(rules: readonly IntakeRule[], subject: IntakeSubject, intakeLevel: IntakeLevel): IntakeDecision {
  for (const rule of rules) {
    const unitId = ruleTarget(rule, subject);
    if (unitId) return { unitId, reason: 'rule', ruleId: rule.id };
  }
  if (subject.category?.ownerUnitId) return { unitId: subject.cityUnitId, reason: 'department_category', ruleId: null };
  const local = placeUnit(subject.place, intakeLevel);
  if (local) return { unitId: local, reason: 'place', ruleId: null };
  return { unitId: subject.cityUnitId, reason: 'no_place', ruleId: null };
}
