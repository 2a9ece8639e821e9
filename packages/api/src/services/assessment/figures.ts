/**
 * A month's figures per unit, read from the assessment ledgers as they stood at `asOf`, a few
 * queries per ledger, each grouping by unit; the conditions are the measure definitions that the
 * drill-down uses too.
 */
import { countFigures, emptyFigures, type AssessmentFigures, type CountFigure } from '@huying/core';
import { sql, type SQL } from 'drizzle-orm';
import { queryRows, type Database } from '../../db/client.js';
import { conditionColumns, measureDefinitions, sourceRows, type MonthScope, type SourceName } from './measures.js';

const columnOf = (figure: string) => figure.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);

interface FigureQuery {
  /** The figures the query's columns hold (named by `columnOf`), plus handling times for replies. */
  figures: CountFigure[];
  query: SQL;
}

/**
 * The queries of one source. Counting distinct cases or taking a percentile inside a GROUP BY
 * makes PostgreSQL sort every row of the month by unit (on disk, at a million cases), and a
 * condition per figure evaluates each row's outcome once per figure; so the plain counts first
 * count the rows per unit and combination of the columns the conditions read (a few dozen
 * groups per unit, hashed), then add those up per figure; each distinct count takes the distinct
 * (unit, case) pairs; and the handling times are a query of their own.
 */
function sourceQueries(source: SourceName, scope: MonthScope): FigureQuery[] {
  const rows = sourceRows(source, scope);
  const figures = countFigures.filter((figure) => measureDefinitions[figure].source === source);
  const plain = figures.filter((figure) => !measureDefinitions[figure].distinctCases);
  const columns = conditionColumns[source].join(', ');
  const counts = plain.map((figure) => `COALESCE(sum(rows) FILTER (WHERE ${measureDefinitions[figure].where}), 0)::int AS ${columnOf(figure)}`);
  const queries: FigureQuery[] = [
    {
      figures: plain,
      query: sql`SELECT unit_id, ${sql.raw(counts.join(',\n'))}
                 FROM (SELECT unit_id, ${sql.raw(columns)}, count(*) AS rows FROM (${rows}) AS rows GROUP BY unit_id, ${sql.raw(columns)}) AS grouped
                 GROUP BY unit_id`,
    },
  ];
  for (const figure of figures.filter((candidate) => measureDefinitions[candidate].distinctCases)) {
    queries.push({
      figures: [figure],
      query: sql`SELECT unit_id, count(*)::int AS ${sql.raw(columnOf(figure))}
                 FROM (SELECT DISTINCT unit_id, case_id FROM (${rows}) AS rows WHERE ${sql.raw(measureDefinitions[figure].where)}) AS cases
                 GROUP BY unit_id`,
    });
  }
  // Handling time belongs with the replies: hours from the unit receiving the case to its reply.
  if (source === 'replies') {
    queries.push({
      figures: [],
      query: sql`SELECT unit_id, avg(handling_hours)::float8 AS handling_hours_average,
                        percentile_cont(0.9) WITHIN GROUP (ORDER BY handling_hours)::float8 AS handling_hours_p90
                 FROM (${rows}) AS rows GROUP BY unit_id`,
    });
  }
  return queries;
}

const sources: SourceName[] = ['deadlines', 'replies', 'moves', 'notices'];

/** Every unit with anything to count in the month, with its figures. */
export async function monthFigures(db: Database, scope: MonthScope): Promise<Map<string, AssessmentFigures>> {
  const results = await Promise.all(
    sources
      .flatMap((source) => sourceQueries(source, scope))
      .map(async ({ figures, query }) => ({ figures, rows: await queryRows<Record<string, number | string | null>>(db, query) })),
  );
  const byUnit = new Map<string, AssessmentFigures>();
  for (const { figures, rows } of results) {
    for (const row of rows) {
      const unitId = String(row.unit_id);
      const unit = byUnit.get(unitId) ?? emptyFigures();
      for (const figure of figures) unit[figure] = Number(row[columnOf(figure)] ?? 0);
      if ('handling_hours_average' in row) unit.handlingHoursAverage = row.handling_hours_average === null ? null : Number(row.handling_hours_average);
      if ('handling_hours_p90' in row) unit.handlingHoursP90 = row.handling_hours_p90 === null ? null : Number(row.handling_hours_p90);
      byUnit.set(unitId, unit);
    }
  }
  return byUnit;
}
