import { and, eq, or, sql, type SQL } from 'drizzle-orm';
import { buildings, caseEvents, cases, units } from '../../db/schema/index.js';

/** Who a visibility rule is about: the unit a staff member's role is granted at, in a city. */
export interface Viewer {
  cityId: string;
  unit: { id: string; kind: string };
}

/** Units in a unit's subtree (the unit itself and everything below it). */
export const subtreeOf = (unitId: string) =>
  sql`(SELECT ${units.id} FROM ${units} WHERE ${units.path} @> ARRAY[${unitId}]::text[])`;

/** Cases at the buildings a property company manages. */
const atBuildingsOf = (unitId: string): SQL =>
  sql`${cases.buildingId} IN (SELECT ${buildings.id} FROM ${buildings} WHERE ${buildings.propertyUnitId} IN ${subtreeOf(unitId)})`;

/**
 * Which cases staff may see: the isolation rules, in one place.
 *
 * - A property company sees the cases at the buildings it manages, and a case it holds now (one
 *   sent to it by mistake must be seen to be returned); nothing else, wherever it sits in the tree.
 * - Every other unit sees the cases held in its subtree and those its subtree took part in (a
 *   community still sees what it escalated, a department what was dispatched to it, a co-unit the
 *   joint handling it had a part in).
 *
 * Everything else is not found, not forbidden, so case ids do not leak across units or cities.
 */
export function visibleTo(viewer: Viewer): SQL {
  const unitId = viewer.unit.id;
  const scope =
    viewer.unit.kind === 'property'
      ? or(atBuildingsOf(unitId), eq(cases.holderUnitId, unitId))!
      : or(
          sql`${cases.holderUnitId} IN ${subtreeOf(unitId)}`,
          sql`EXISTS (SELECT 1 FROM ${caseEvents} WHERE ${caseEvents.caseId} = ${cases.id} AND ${caseEvents.toUnitId} IN ${subtreeOf(unitId)})`,
          sql`${cases.coUnitIds} && ARRAY${subtreeOf(unitId)}`,
        )!;
  return and(eq(cases.cityId, viewer.cityId), scope)!;
}

/**
 * The `subtree` scope of a case list: held anywhere in the unit's subtree; for a property
 * company, every case at its buildings and what it holds.
 */
export function heldInScope(viewer: Viewer): SQL {
  if (viewer.unit.kind === 'property') return or(atBuildingsOf(viewer.unit.id), eq(cases.holderUnitId, viewer.unit.id))!;
  return sql`${cases.holderUnitId} IN ${subtreeOf(viewer.unit.id)}`;
}
