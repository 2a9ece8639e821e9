/**
 * Whose data a staff member may open in assessment and analysis. The permission a route needs
 * (`assessment.read`, `assessment.generate`, `assessment.config.edit`, `analytics.read`) is
 * checked by the gate from the permission table; what is left is the data's bounds: the cases
 * behind a figure and a dashboard are those of one's own unit and the units below it.
 */
import { isWithin } from '@huying/core';
import { and, eq } from 'drizzle-orm';
import type { StaffPrincipal } from '../../context.js';
import type { Database } from '../../db/client.js';
import { units } from '../../db/schema/index.js';
import { forbidden, notFound } from '../../http/problems.js';

/** A unit of the staff member's city within their subtree, or a refusal that says why. */
export async function unitInScope(db: Database, staff: StaffPrincipal, unitId: string, what: 'drill-down' | 'dashboard') {
  const [unit] = await db
    .select({ id: units.id, name: units.name, kind: units.kind, parentId: units.parentId, path: units.path })
    .from(units)
    .where(and(eq(units.cityId, staff.cityId), eq(units.id, unitId)));
  if (!unit) throw notFound(`unit ${unitId}`);
  if (!isWithin(unit, staff.unit.id)) {
    throw forbidden(
      what === 'drill-down'
        ? 'you may open the cases behind the figures of your own unit and the units below it'
        : 'a dashboard shows your own unit and the units below it',
    );
  }
  return unit;
}
