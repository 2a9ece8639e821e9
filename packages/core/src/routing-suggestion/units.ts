/**
 * Which unit should handle a case, given the categories it probably belongs to and what the city
 * knows about each: the department that owns the category, where the city's own intake rules
 * would send it, and which units resolved such cases before (city-wide and near the building).
 * Every piece of evidence is kept as a reason, so a dispatcher sees why a unit is proposed.
 */

export type UnitReason =
  /** The category's owning department. */
  | { type: 'category_owner'; categoryId: string }
  /** One of the city's intake routing rules sends this category (at this place) there. */
  | { type: 'routing_rule'; categoryId: string; ruleId: string }
  /** No rule and no owner: the building's own unit at the city's intake level. */
  | { type: 'place'; categoryId: string }
  /** No rule, no owner, no place: the command centre decides. */
  | { type: 'command_centre'; categoryId: string }
  /** Units that resolved the city's recent cases of this category: how many, and what share. */
  | { type: 'history'; categoryId: string; resolved: number; share: number }
  /** The same, for cases at buildings of the case's own community. */
  | { type: 'nearby_history'; categoryId: string; resolved: number; share: number };

export interface UnitEvidence {
  categoryId: string;
  /** The category's probability for this case (the suggestion's score, or 1 when known). */
  probability: number;
  ownerUnitId: string | null;
  /** Where intake routing would send a case of this category at this place. */
  intake: { unitId: string; reason: 'rule' | 'department_category' | 'place' | 'no_place'; ruleId: string | null } | null;
  /** Resolving units of the category's recent cases: `resolved` city-wide, `nearby` in the case's community. */
  history: { unitId: string; resolved: number; nearby: number }[];
}

export interface RankedUnit {
  unitId: string;
  /** Shares of the evidence, summing to 1 over all units considered. */
  score: number;
  reasons: UnitReason[];
}

/**
 * How much each kind of evidence counts. An owner or a rule is the city's own statement of
 * responsibility and counts most; history says what the city actually did, and nearby history
 * what it did here; the building's own unit is where an unowned local matter starts.
 */
export const unitEvidenceWeights = {
  owner: 1,
  rule: 1,
  place: 0.8,
  commandCentre: 0.3,
  history: 0.6,
  nearbyHistory: 0.4,
} as const;

export function rankHandlingUnits(evidence: readonly UnitEvidence[], limit = 5): RankedUnit[] {
  const units = new Map<string, RankedUnit>();
  const credit = (unitId: string, amount: number, reason: UnitReason) => {
    if (!(amount > 0)) return;
    const unit = units.get(unitId) ?? { unitId, score: 0, reasons: [] };
    unit.score += amount;
    unit.reasons.push(reason);
    units.set(unitId, unit);
  };
  for (const item of evidence) {
    const { categoryId, probability } = item;
    if (item.ownerUnitId) credit(item.ownerUnitId, probability * unitEvidenceWeights.owner, { type: 'category_owner', categoryId });
    const intake = item.intake;
    if (intake?.reason === 'rule' && intake.ruleId) {
      credit(intake.unitId, probability * unitEvidenceWeights.rule, { type: 'routing_rule', categoryId, ruleId: intake.ruleId });
    } else if (intake?.reason === 'place') {
      credit(intake.unitId, probability * unitEvidenceWeights.place, { type: 'place', categoryId });
    } else if (intake?.reason === 'no_place' && !item.ownerUnitId) {
      credit(intake.unitId, probability * unitEvidenceWeights.commandCentre, { type: 'command_centre', categoryId });
    }
    const resolved = item.history.reduce((sum, row) => sum + row.resolved, 0);
    const nearby = item.history.reduce((sum, row) => sum + row.nearby, 0);
    for (const row of item.history) {
      if (resolved > 0 && row.resolved > 0) {
        const share = row.resolved / resolved;
        credit(row.unitId, probability * unitEvidenceWeights.history * share, { type: 'history', categoryId, resolved: row.resolved, share });
      }
      if (nearby > 0 && row.nearby > 0) {
        const share = row.nearby / nearby;
        credit(row.unitId, probability * unitEvidenceWeights.nearbyHistory * share, { type: 'nearby_history', categoryId, resolved: row.nearby, share });
      }
    }
  }
  const total = [...units.values()].reduce((sum, unit) => sum + unit.score, 0);
  return [...units.values()]
    .map((unit) => ({ ...unit, score: total > 0 ? unit.score / total : 0 }))
    .sort((a, b) => b.score - a.score || (a.unitId < b.unitId ? -1 : a.unitId > b.unitId ? 1 : 0))
    .slice(0, limit);
}
