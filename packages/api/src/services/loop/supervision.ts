import type { UnitKind } from '@huying/core';
/** Supervision notices (督办单) and deadline warnings (预警) as lists for the units that get them. */
import { and, desc, eq, gte, isNotNull, isNull, lt, lte, or, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { AppDependencies, StaffPrincipal } from '../../context.js';
import type { Database } from '../../db/client.js';
import { cases, deadlineWarnings, supervisionNotices, units } from '../../db/schema/index.js';
import { forbidden, invalid, notFound, ProblemError } from '../../http/problems.js';
import { executeCaseCommand } from '../cases/commands.js';
import { decodeCursor, encodeCursor, subtreeOf } from '../cases/staff-queries.js';

const noticeUnits = alias(units, 'notice_units');

export interface NoticeFilter {
  status: 'open' | 'answered' | 'all';
  /** `unit`: sent to my unit; `subtree`: to my unit or any below it; `issued`: issued by my unit. */
  scope: 'unit' | 'subtree' | 'issued';
  /** Only open notices past their answer time. */
  overdue?: boolean;
  limit: number;
  cursor?: string;
}

function noticeView(row: { notice: typeof supervisionNotices.$inferSelect; trackingCode: string; title: string; unit: { id: string; name: string; kind: UnitKind } }, now: Date) {
  const { notice } = row;
  return {
    id: notice.id,
    caseId: notice.caseId,
    trackingCode: row.trackingCode,
    caseTitle: row.title,
    unit: row.unit,
    round: notice.round,
    step: notice.step,
    deadlineDueAt: notice.deadlineDueAt?.toISOString() ?? null,
    reason: notice.reason,
    issuedBy: { type: notice.issuedByType, unitId: notice.issuedByUnitId, accountId: notice.issuedByAccountId },
    issuedAt: notice.issuedAt.toISOString(),
    answerDueAt: notice.answerDueAt?.toISOString() ?? null,
    answeredAt: notice.answeredAt?.toISOString() ?? null,
    answer: notice.answer,
    overdue: notice.answeredAt === null && notice.answerDueAt !== null && notice.answerDueAt <= now,
  };
}

const noticeQuery = (db: Database) =>
  db
    .select({
      notice: supervisionNotices,
      trackingCode: cases.trackingCode,
      title: cases.title,
      unit: { id: noticeUnits.id, name: noticeUnits.name, kind: noticeUnits.kind },
    })
    .from(supervisionNotices)
    .innerJoin(cases, eq(cases.id, supervisionNotices.caseId))
    .innerJoin(noticeUnits, eq(noticeUnits.id, supervisionNotices.unitId));

export async function listSupervisionNotices(db: Database, staff: StaffPrincipal, filter: NoticeFilter, now: Date) {
  const conditions: SQL[] = [eq(supervisionNotices.cityId, staff.cityId)];
  if (filter.scope === 'unit') conditions.push(eq(supervisionNotices.unitId, staff.unit.id));
  else if (filter.scope === 'subtree') conditions.push(sql`${supervisionNotices.unitId} IN ${subtreeOf(staff.unit.id)}`);
  else conditions.push(eq(supervisionNotices.issuedByUnitId, staff.unit.id));
  if (filter.status === 'open' || filter.overdue) conditions.push(isNull(supervisionNotices.answeredAt));
  if (filter.status === 'answered') conditions.push(isNotNull(supervisionNotices.answeredAt));
  if (filter.overdue) conditions.push(lte(supervisionNotices.answerDueAt, now));
  if (filter.cursor) {
    const cursor = decodeCursor(filter.cursor);
    const at = new Date(cursor.createdAt);
    conditions.push(or(lt(supervisionNotices.issuedAt, at), and(eq(supervisionNotices.issuedAt, at), lt(supervisionNotices.id, cursor.id)))!);
  }
  const rows = await noticeQuery(db)
    .where(and(...conditions))
    .orderBy(desc(supervisionNotices.issuedAt), desc(supervisionNotices.id))
    .limit(filter.limit + 1);
  const page = rows.slice(0, filter.limit);
  const last = page.at(-1);
  return {
    data: page.map((row) => noticeView(row, now)),
    nextCursor: rows.length > filter.limit && last ? encodeCursor({ createdAt: last.notice.issuedAt.toISOString(), id: last.notice.id }) : null,
  };
}

/** One notice, for the unit it was sent to, the units above it and the unit that issued it. */
export async function getSupervisionNotice(db: Database, staff: StaffPrincipal, noticeId: string, now: Date) {
  const [row] = await noticeQuery(db).where(
    and(
      eq(supervisionNotices.id, noticeId),
      eq(supervisionNotices.cityId, staff.cityId),
      or(sql`${supervisionNotices.unitId} IN ${subtreeOf(staff.unit.id)}`, eq(supervisionNotices.issuedByUnitId, staff.unit.id)),
    ),
  );
  if (!row) throw notFound('the supervision notice');
  return noticeView(row, now);
}

/** The unit a notice was sent to answers it; the answer is an event on the case. */
export async function answerSupervisionNotice(deps: AppDependencies, staff: StaffPrincipal, noticeId: string, answer: string) {
  const { db } = deps.database;
  const notice = await getSupervisionNotice(db, staff, noticeId, deps.clock.now());
  if (notice.unit.id !== staff.unit.id) throw forbidden('only the unit the notice was sent to answers it');
  if (notice.answeredAt) throw new ProblemError('illegal-transition', `this notice was answered at ${notice.answeredAt}`);
  await executeCaseCommand(deps, {
    caseId: notice.caseId,
    cityId: staff.cityId,
    command: { type: 'answer_supervision', noticeId, answer },
    actor: { type: 'staff', accountId: staff.accountId, unit: staff.unit },
  });
  return getSupervisionNotice(db, staff, noticeId, deps.clock.now());
}

export interface WarningFilter {
  level?: 'nearing' | 'overdue';
  scope: 'unit' | 'subtree';
  since?: Date;
  limit: number;
  cursor?: string;
}

/** Deadline warnings recorded for my unit (or my subtree), newest first. */
export async function listDeadlineWarnings(db: Database, staff: StaffPrincipal, filter: WarningFilter) {
  const conditions: SQL[] = [
    eq(deadlineWarnings.cityId, staff.cityId),
    filter.scope === 'unit' ? eq(deadlineWarnings.unitId, staff.unit.id) : sql`${deadlineWarnings.unitId} IN ${subtreeOf(staff.unit.id)}`,
  ];
  if (filter.level) conditions.push(eq(deadlineWarnings.level, filter.level));
  if (filter.since) conditions.push(gte(deadlineWarnings.createdAt, filter.since));
  if (filter.cursor) {
    const { at, id } = decodeWarningCursor(filter.cursor);
    conditions.push(or(lt(deadlineWarnings.createdAt, at), and(eq(deadlineWarnings.createdAt, at), lt(deadlineWarnings.id, id)))!);
  }
  const rows = await db
    .select({ warning: deadlineWarnings, trackingCode: cases.trackingCode, title: cases.title, unit: { id: noticeUnits.id, name: noticeUnits.name, kind: noticeUnits.kind } })
    .from(deadlineWarnings)
    .innerJoin(cases, eq(cases.id, deadlineWarnings.caseId))
    .innerJoin(noticeUnits, eq(noticeUnits.id, deadlineWarnings.unitId))
    .where(and(...conditions))
    .orderBy(desc(deadlineWarnings.createdAt), desc(deadlineWarnings.id))
    .limit(filter.limit + 1);
  const page = rows.slice(0, filter.limit);
  const last = page.at(-1);
  return {
    data: page.map(({ warning, trackingCode, title, unit }) => ({
      id: warning.id,
      caseId: warning.caseId,
      trackingCode,
      caseTitle: title,
      unit,
      round: warning.round,
      step: warning.step,
      level: warning.level,
      dueAt: warning.dueAt.toISOString(),
      createdAt: warning.createdAt.toISOString(),
    })),
    nextCursor: rows.length > filter.limit && last ? Buffer.from(JSON.stringify({ at: last.warning.createdAt.toISOString(), id: last.warning.id })).toString('base64url') : null,
  };
}

function decodeWarningCursor(value: string): { at: Date; id: number } {
  try {
    const parsed = JSON.parse(Buffer.from(value, 'base64url').toString('utf8')) as { at?: unknown; id?: unknown };
    if (typeof parsed.at === 'string' && !Number.isNaN(Date.parse(parsed.at)) && Number.isSafeInteger(parsed.id)) {
      return { at: new Date(parsed.at), id: parsed.id as number };
    }
  } catch {
    // fall through to the validation problem
  }
  throw invalid('cursor', 'the cursor is not one this API returned; start again without it');
}
