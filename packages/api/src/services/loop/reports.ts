import type { UnitKind } from '@huying/core';
import { sql } from 'drizzle-orm';
import type { StaffPrincipal } from '../../context.js';
import { queryRows, type Database } from '../../db/client.js';
import { caseEvents, units } from '../../db/schema/index.js';

/**
 * Returns (退单) per returning unit in a period, with the dispatchers' rulings: a return upheld
 * was a wrong dispatch, a return rejected was a unit refusing its own work. Assessment counts both.
 */
export async function returnRulingCounts(db: Database, staff: StaffPrincipal, period: { from: Date; to: Date }) {
  const returner = sql`(${caseEvents.payload} ->> 'returnedByUnitId')::uuid`;
  const upheld = sql`(${caseEvents.payload} ->> 'upheld')::boolean`;
  const rows = await queryRows<{ unit_id: string; name: string; kind: UnitKind; returned: number; upheld: number; rejected: number }>(
    db,
    sql`
      SELECT ${units.id} AS unit_id, ${units.name} AS name, ${units.kind} AS kind,
             count(*) FILTER (WHERE ${caseEvents.type} = 'returned')::int AS returned,
             count(*) FILTER (WHERE ${caseEvents.type} = 'return_ruled' AND ${upheld})::int AS upheld,
             count(*) FILTER (WHERE ${caseEvents.type} = 'return_ruled' AND NOT ${upheld})::int AS rejected
      FROM ${caseEvents}
      JOIN ${units} ON ${units.id} = ${returner}
      WHERE ${caseEvents.cityId} = ${staff.cityId}
        AND ${caseEvents.createdAt} >= ${period.from.toISOString()}
        AND ${caseEvents.createdAt} < ${period.to.toISOString()}
        AND ${caseEvents.type} IN ('returned', 'return_ruled')
        AND ${units.path} @> ARRAY[${staff.unit.id}]::text[]
      GROUP BY ${units.id}, ${units.name}, ${units.kind}
      ORDER BY returned DESC, name`,
  );
  return {
    from: period.from.toISOString(),
    to: period.to.toISOString(),
    data: rows.map((row) => ({ unit: { id: row.unit_id, name: row.name, kind: row.kind }, returned: row.returned, upheld: row.upheld, rejected: row.rejected })),
  };
}
