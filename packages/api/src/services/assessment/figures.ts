/**
 * A month's figures per unit, read from the assessment ledgers as they stood at `asOf`. One
 * query per ledger, each grouping by unit; the conditions are the measure definitions that the
 * drill-down uses too.
 */
import { countFigures, emptyFigures, type AssessmentFigures, type CountFigure } from '@huying/core';
import { sql } from 'drizzle-orm';
import { queryRows, type Database } from '../../db/client.js';
import { measureDefinitions, sourceRows, type MonthScope, type SourceName } from './measures.js';

const columnOf = (figure: string) => figure.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);

function aggregateQuery(source: SourceName, scope: MonthScope) {
  const figures = countFigures.filter((figure) => measureDefinitions[figure].source === source);
  const counts = figures.map((figure) => {
    const { where, distinctCases } = measureDefinitions[figure];
    return `count(${distinctCases ? 'DISTINCT case_id' : '*'}) FILTER (WHERE ${where})::int AS ${columnOf(figure)}`;
  });
  // Handling time belongs with the replies: hours from the unit receiving the case to its reply.
  if (source === 'replies') {
    counts.push('avg(handling_hours)::float8 AS handling_hours_average', 'percentile_cont(0.9) WITHIN GROUP (ORDER BY handling_hours)::float8 AS handling_hours_p90');
  }
  return { figures, query: sql`SELECT unit_id, ${sql.raw(counts.join(',\n'))} FROM (${sourceRows(source, scope)}) AS rows GROUP BY unit_id` };
}

const sources: SourceName[] = ['deadlines', 'replies', 'moves', 'notices'];

/** Every unit with anything to count in the month, with its figures. */
export async function monthFigures(db: Database, scope: MonthScope): Promise<Map<string, AssessmentFigures>> {
  const results = await Promise.all(
    sources.map(async (source) => {
      const { figures, query } = aggregateQuery(source, scope);
      return { figures, rows: await queryRows<Record<string, number | string | null>>(db, query) };
    }),
  );
  const byUnit = new Map<string, AssessmentFigures>();
  for (const { figures, rows } of results) {
    for (const row of rows) {
      const unitId = String(row.unit_id);
      const unit = byUnit.get(unitId) ?? emptyFigures();
      for (const figure of figures) unit[figure as CountFigure] = Number(row[columnOf(figure)] ?? 0);
      if ('handling_hours_average' in row) {
        unit.handlingHoursAverage = row.handling_hours_average === null ? null : Number(row.handling_hours_average);
        unit.handlingHoursP90 = row.handling_hours_p90 === null ? null : Number(row.handling_hours_p90);
      }
      byUnit.set(unitId, unit);
    }
  }
  return byUnit;
}
