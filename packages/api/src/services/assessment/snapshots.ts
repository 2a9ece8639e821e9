/**
 * Monthly assessment tables: generated from the ledgers as they stand now, scored with the
 * configuration in force for the month, and stored as immutable revisions. A run whose figures
 * and configuration equal the latest revision's stores nothing new; anything else (late ratings,
 * a reopening, an answered notice) becomes the next revision, the earlier ones kept.
 */
import { createHash } from 'node:crypto';
import { countFigures, emptyFigures, isMonth, monthBounds, scoreUnits, type CountFigure } from '@huying/core';
import { and, desc, eq, sql } from 'drizzle-orm';
import type { AppDependencies } from '../../context.js';
import { queryRows, type Database } from '../../db/client.js';
import { assessmentSnapshots, units, type AssessmentSnapshotRow } from '../../db/schema/index.js';
import { invalid, notFound, ProblemError } from '../../http/problems.js';
import { cityTimeZone, configForMonth } from './config.js';
import { monthFigures } from './figures.js';
import { measureDefinitions, sourceRows, type MonthScope } from './measures.js';

export type SnapshotRow = typeof assessmentSnapshots.$inferSelect;
export type RunTrigger = 'close' | 'settle' | 'manual';

export function assertMonth(month: string): void {
  if (!isMonth(month)) throw invalid('month', 'give the month as YYYY-MM, e.g. 2026-03');
}

/** Orders the table as people read it: by level, then rank, then name. */
const levelOrder = ['city', 'street', 'community', 'grid', 'department', 'property'];
function tableOrder(a: AssessmentSnapshotRow, b: AssessmentSnapshotRow): number {
  const level = levelOrder.indexOf(a.unit.kind) - levelOrder.indexOf(b.unit.kind);
  if (level !== 0) return level;
  const rank = (a.score.rank ?? Number.MAX_SAFE_INTEGER) - (b.score.rank ?? Number.MAX_SAFE_INTEGER);
  return rank !== 0 ? rank : a.unit.name.localeCompare(b.unit.name, 'zh-CN');
}

function contentHash(configVersion: number, rows: AssessmentSnapshotRow[]): string {
  const figures = rows.map((row) => [row.unit.id, ...countFigures.map((key) => row.figures[key]), row.figures.handlingHoursAverage, row.figures.handlingHoursP90]);
  return createHash('sha256').update(JSON.stringify({ configVersion, figures })).digest('hex');
}

export async function latestSnapshot(db: Database, cityId: string, month: string): Promise<SnapshotRow | null> {
  const [row] = await db
    .select()
    .from(assessmentSnapshots)
    .where(and(eq(assessmentSnapshots.cityId, cityId), eq(assessmentSnapshots.month, month)))
    .orderBy(desc(assessmentSnapshots.revision))
    .limit(1);
  return row ?? null;
}

/**
 * Generates a month's table as of now and stores it unless it equals the latest revision. The
 * month must be over. Runs for the same city and month take turns (an advisory lock), so the
 * monthly job on several workers and a person generating by hand never write the same revision.
 */
export async function generateMonth(
  deps: Pick<AppDependencies, 'clock'>,
  db: Database,
  input: { cityId: string; month: string; trigger: RunTrigger; accountId?: string | null },
): Promise<{ snapshot: SnapshotRow; created: boolean }> {
  assertMonth(input.month);
  const timeZone = await cityTimeZone(db, input.cityId);
  const { start, end } = monthBounds(input.month, timeZone);
  const asOf = deps.clock.now();
  if (end > asOf) {
    throw new ProblemError('month-not-closed', `${input.month} is not over yet; its table can be generated from ${end.toISOString()} on (the dashboards show it live)`);
  }
  const run = async (tx: Database) => {
    await tx.execute(sql`SELECT pg_advisory_xact_lock(hashtext(${`assessment:${input.cityId}:${input.month}`}))`);
    const scope: MonthScope = { cityId: input.cityId, start, end, asOf };
    const [figures, cityUnits, config] = await Promise.all([
      monthFigures(tx, scope),
      tx.select().from(units).where(eq(units.cityId, input.cityId)),
      configForMonth(tx, input.cityId, input.month),
    ]);
    const scores = scoreUnits(
      cityUnits.map((unit) => ({ unitId: unit.id, kind: unit.kind, figures: figures.get(unit.id) ?? emptyFigures() })),
      config.config,
    );
    const rows: AssessmentSnapshotRow[] = cityUnits
      .map((unit, index) => ({
        unit: { id: unit.id, name: unit.name, nameEn: unit.nameEn, kind: unit.kind, parentId: unit.parentId },
        figures: figures.get(unit.id) ?? emptyFigures(),
        score: scores[index]!,
      }))
      .sort(tableOrder);
    const hash = contentHash(config.version, rows);
    const latest = await latestSnapshot(tx, input.cityId, input.month);
    if (latest && latest.contentHash === hash) return { snapshot: latest, created: false };
    const [snapshot] = await tx
      .insert(assessmentSnapshots)
      .values({
        id: crypto.randomUUID(),
        cityId: input.cityId,
        month: input.month,
        revision: (latest?.revision ?? 0) + 1,
        asOf,
        trigger: input.trigger,
        generatedByAccountId: input.accountId ?? null,
        configVersion: config.version,
        config: config.config,
        rows,
        contentHash: hash,
        createdAt: asOf,
      })
      .returning();
    return { snapshot: snapshot!, created: true };
  };
  return db.transaction(run);
}

/** A stored revision (the latest when none is named). */
export async function getSnapshot(db: Database, cityId: string, month: string, revision?: number): Promise<SnapshotRow> {
  assertMonth(month);
  const conditions = [eq(assessmentSnapshots.cityId, cityId), eq(assessmentSnapshots.month, month)];
  if (revision !== undefined) conditions.push(eq(assessmentSnapshots.revision, revision));
  const [row] = await db.select().from(assessmentSnapshots).where(and(...conditions)).orderBy(desc(assessmentSnapshots.revision)).limit(1);
  if (!row) {
    throw notFound(revision === undefined ? `an assessment table for ${month} (generate it first)` : `revision ${revision} of the ${month} assessment`);
  }
  return row;
}

/** Every revision of a month, newest first, without the table itself. */
export async function listRevisions(db: Database, cityId: string, month: string) {
  assertMonth(month);
  return db
    .select({
      id: assessmentSnapshots.id,
      month: assessmentSnapshots.month,
      revision: assessmentSnapshots.revision,
      asOf: assessmentSnapshots.asOf,
      trigger: assessmentSnapshots.trigger,
      configVersion: assessmentSnapshots.configVersion,
      generatedByAccountId: assessmentSnapshots.generatedByAccountId,
      createdAt: assessmentSnapshots.createdAt,
    })
    .from(assessmentSnapshots)
    .where(and(eq(assessmentSnapshots.cityId, cityId), eq(assessmentSnapshots.month, month)))
    .orderBy(desc(assessmentSnapshots.revision));
}

/** The months that have a table, newest first, with their latest revision. */
export async function listMonths(db: Database, cityId: string) {
  const rows = await queryRows<{ month: string; revisions: number; latest_as_of: Date | string }>(
    db,
    sql`SELECT month, max(revision)::int AS revisions, max(as_of) AS latest_as_of
        FROM ${assessmentSnapshots} WHERE city_id = ${cityId} GROUP BY month ORDER BY month DESC`,
  );
  return rows.map((row) => ({ month: row.month, revisions: row.revisions, latestAsOf: new Date(row.latest_as_of).toISOString() }));
}

export interface DrillDownItem {
  caseId: string;
  trackingCode: string;
  title: string;
  kind: string;
  status: string;
  at: string;
  detail: Record<string, unknown>;
}

const cursorPattern = /^[0-9]{13}~[0-9A-Za-z/_-]{1,80}$/;

/**
 * The cases behind one figure of a stored table: the same rows, read as of the same moment, as
 * the figure counted. Paged by (time, row).
 */
export async function drillDown(
  db: Database,
  snapshot: SnapshotRow,
  input: { unitId: string; measure: CountFigure; limit: number; cursor?: string | undefined },
): Promise<{ total: number; data: DrillDownItem[]; nextCursor: string | null }> {
  const definition = measureDefinitions[input.measure];
  const timeZone = await cityTimeZone(db, snapshot.cityId);
  const { start, end } = monthBounds(snapshot.month, timeZone);
  const rows = sourceRows(definition.source, { cityId: snapshot.cityId, start, end, asOf: snapshot.asOf });
  const filtered = sql`SELECT * FROM (${rows}) AS rows WHERE unit_id = ${input.unitId} AND (${sql.raw(definition.where)})`;
  // A figure counting distinct cases lists each case once, at its first row of the month.
  const listed = definition.distinctCases
    ? sql`SELECT DISTINCT ON (case_id) * FROM (${filtered}) AS matching ORDER BY case_id, at, ref`
    : filtered;
  let after = sql``;
  if (input.cursor) {
    if (!cursorPattern.test(input.cursor)) throw invalid('cursor', 'the cursor is not one this API returned; start again without it');
    const [time, ref] = input.cursor.split('~') as [string, string];
    after = sql`WHERE (listed.at, listed.ref) > (${new Date(Number(time)).toISOString()}::timestamptz, ${ref})`;
  }
  const [page, [count]] = await Promise.all([
    queryRows<{ case_id: string; at: Date | string; ref: string; detail: Record<string, unknown>; tracking_code: string; title: string; kind: string; status: string }>(
      db,
      sql`SELECT listed.case_id, listed.at, listed.ref, listed.detail, c.tracking_code, c.title, c.kind, c.status
          FROM (${listed}) AS listed JOIN cases c ON c.id = listed.case_id
          ${after}
          ORDER BY listed.at, listed.ref
          LIMIT ${input.limit + 1}`,
    ),
    queryRows<{ total: number }>(db, sql`SELECT count(*)::int AS total FROM (${listed}) AS listed`),
  ]);
  const data = page.slice(0, input.limit);
  const last = data.at(-1);
  return {
    total: count?.total ?? 0,
    data: data.map((row) => ({
      caseId: row.case_id,
      trackingCode: row.tracking_code,
      title: row.title,
      kind: row.kind,
      status: row.status,
      at: new Date(row.at).toISOString(),
      detail: row.detail,
    })),
    nextCursor: page.length > input.limit && last ? `${new Date(last.at).getTime()}~${last.ref}` : null,
  };
}
