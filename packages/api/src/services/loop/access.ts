import type { StaffPrincipal } from '../../context.js';
import { forbidden } from '../../http/problems.js';

/** Who sets the city's loop: routing rules, time limits, calendars and policy. */
const editorRoles = new Set(['dispatcher', 'admin']);

export function assertCanEditLoop(staff: StaffPrincipal): void {
  if (staff.unit.kind !== 'city' || !editorRoles.has(staff.role)) {
    throw forbidden("only the command centre's dispatchers and administrators change routing rules, time limits, calendars and the loop policy");
  }
}
