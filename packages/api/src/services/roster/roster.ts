import { addDays, chineseStatutoryHolidays, dayKind, instantAt, localDateTime, openStatuses, type LocalDate } from '@huying/core';
import { and, asc, desc, eq, gt, gte, inArray, isNull, lt, lte, ne, sql } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { caseAssignments, cases, cities, rosterHandovers, rosterLeaves, rosterShifts, staffAccounts, type StaffRole } from '../../db/schema/index.js';
import { forbidden, invalid, notFound, ProblemError } from '../../http/problems.js';
import { effectiveCover, gapsIn, planRota, type Interval, type RotaPattern, type ShiftLike } from './rota.js';

/**
 * The information officers' 24-hour duty roster (轮值): shifts, leave, handovers, and who is on
 * duty at a moment. New consultations are routed to the officer on duty (assignOnDutyOfficer).
 */

/** Who may plan the rota and record leave. */
export const rotaManagers: readonly StaffRole[] = ['admin', 'supervisor', 'dispatcher'];
/** Who stands duty. */
export const dutyRole: StaffRole = 'information_officer';

const maxShiftMs = 24 * 60 * 60_000;
const minShiftMs = 15 * 60_000;

export interface AccountSummary {
  id: string;
  displayName: string;
}

export interface ShiftView {
  id: string;
  account: AccountSummary;
  startsAt: string;
  endsAt: string;
  note: string | null;
  /** The statutory holiday the shift starts on (节假日值班), if any. */
  holiday: string | null;
  /** Whether the officer's leave takes out part of the shift (it is then not full cover). */
  onLeave: boolean;
}

export interface LeaveView {
  id: string;
  account: AccountSummary;
  startsAt: string;
  endsAt: string;
  reason: string | null;
}

export interface GapView {
  startsAt: string;
  endsAt: string;
  minutes: number;
  holiday: string | null;
}

const statutoryCalendar = (timeZone: string) => ({ timeZone, workingHours: [], years: chineseStatutoryHolidays });

async function cityTimeZone(db: Database, cityId: string): Promise<string> {
  const [city] = await db.select({ timeZone: cities.timeZone }).from(cities).where(eq(cities.id, cityId));
  return city?.timeZone ?? 'Asia/Shanghai';
}

function holidayAt(instant: Date, timeZone: string): string | null {
  const { date } = localDateTime(instant, timeZone);
  const kind = dayKind(statutoryCalendar(timeZone), date as LocalDate);
  return kind.kind === 'holiday' ? kind.name : null;
}

/** The city's information officers, active ones only, by id. */
async function dutyOfficers(db: Database, cityId: string, ids?: string[]): Promise<Map<string, AccountSummary>> {
  const rows = await db
    .select({ id: staffAccounts.id, displayName: staffAccounts.displayName })
    .from(staffAccounts)
    .where(
      and(
        eq(staffAccounts.cityId, cityId),
        eq(staffAccounts.role, dutyRole),
        isNull(staffAccounts.disabledAt),
        ids ? inArray(staffAccounts.id, ids.length ? ids : ['00000000-0000-0000-0000-000000000000']) : undefined,
      ),
    );
  return new Map(rows.map((row) => [row.id, row]));
}

export async function listOfficers(db: Database, cityId: string): Promise<AccountSummary[]> {
  return [...(await dutyOfficers(db, cityId)).values()].sort((a, b) => a.displayName.localeCompare(b.displayName, 'zh-CN'));
}

async function requireOfficers(db: Database, cityId: string, ids: string[], field: string): Promise<Map<string, AccountSummary>> {
  const officers = await dutyOfficers(db, cityId, [...new Set(ids)]);
  const missing = ids.findIndex((id) => !officers.has(id));
  if (missing >= 0) throw invalid(ids.length === 1 ? field : `${field}.${missing}`, 'not an active information officer of this city');
  return officers;
}

function checkInterval(startsAt: Date, endsAt: Date, limitMs: number | null, what: string): void {
  if (!(endsAt > startsAt)) throw invalid('endsAt', `a ${what} ends after it starts`);
  if (limitMs !== null && endsAt.getTime() - startsAt.getTime() > limitMs) throw invalid('endsAt', `a ${what} lasts at most 24 hours`);
  if (limitMs !== null && endsAt.getTime() - startsAt.getTime() < minShiftMs) throw invalid('endsAt', `a ${what} lasts at least 15 minutes`);
}

/** Shifts overlapping a window, with their officers' names. */
async function loadShifts(db: Database, cityId: string, from: Date, to: Date) {
  return db
    .select({
      id: rosterShifts.id,
      accountId: rosterShifts.accountId,
      startsAt: rosterShifts.startsAt,
      endsAt: rosterShifts.endsAt,
      note: rosterShifts.note,
      displayName: staffAccounts.displayName,
    })
    .from(rosterShifts)
    .innerJoin(staffAccounts, eq(staffAccounts.id, rosterShifts.accountId))
    .where(and(eq(rosterShifts.cityId, cityId), lt(rosterShifts.startsAt, to), gt(rosterShifts.endsAt, from)))
    .orderBy(asc(rosterShifts.startsAt), asc(staffAccounts.displayName));
}

/** Leave overlapping a window, with the officers' names. */
async function loadLeaves(db: Database, cityId: string, from: Date, to: Date) {
  return db
    .select({
      id: rosterLeaves.id,
      accountId: rosterLeaves.accountId,
      startsAt: rosterLeaves.startsAt,
      endsAt: rosterLeaves.endsAt,
      reason: rosterLeaves.reason,
      displayName: staffAccounts.displayName,
    })
    .from(rosterLeaves)
    .innerJoin(staffAccounts, eq(staffAccounts.id, rosterLeaves.accountId))
    .where(and(eq(rosterLeaves.cityId, cityId), lt(rosterLeaves.startsAt, to), gt(rosterLeaves.endsAt, from)))
    .orderBy(asc(rosterLeaves.startsAt));
}

async function assertNoOverlap(db: Database, cityId: string, shift: ShiftLike, exceptId?: string): Promise<void> {
  const [clash] = await db
    .select({ id: rosterShifts.id, startsAt: rosterShifts.startsAt, endsAt: rosterShifts.endsAt })
    .from(rosterShifts)
    .where(
      and(
        eq(rosterShifts.cityId, cityId),
        eq(rosterShifts.accountId, shift.accountId),
        lt(rosterShifts.startsAt, shift.endsAt),
        gt(rosterShifts.endsAt, shift.startsAt),
        exceptId ? ne(rosterShifts.id, exceptId) : undefined,
      ),
    )
    .limit(1);
  if (clash) {
    throw new ProblemError('roster-conflict', `the officer already has a shift from ${clash.startsAt.toISOString()} to ${clash.endsAt.toISOString()}`, {
      extensions: { conflictingShiftId: clash.id },
    });
  }
}

export async function listShifts(db: Database, cityId: string, window: Interval & { accountId?: string }): Promise<ShiftView[]> {
  const [timeZone, shifts, leaves] = await Promise.all([
    cityTimeZone(db, cityId),
    loadShifts(db, cityId, window.startsAt, window.endsAt),
    loadLeaves(db, cityId, window.startsAt, window.endsAt),
  ]);
  return shifts
    .filter((shift) => !window.accountId || shift.accountId === window.accountId)
    .map((shift) => ({
      id: shift.id,
      account: { id: shift.accountId, displayName: shift.displayName },
      startsAt: shift.startsAt.toISOString(),
      endsAt: shift.endsAt.toISOString(),
      note: shift.note,
      holiday: holidayAt(shift.startsAt, timeZone),
      onLeave: leaves.some((leave) => leave.accountId === shift.accountId && leave.startsAt < shift.endsAt && leave.endsAt > shift.startsAt),
    }));
}

export async function createShift(
  db: Database,
  input: { cityId: string; accountId: string; startsAt: Date; endsAt: Date; note?: string | null; createdBy: string },
): Promise<ShiftView> {
  checkInterval(input.startsAt, input.endsAt, maxShiftMs, 'shift');
  await requireOfficers(db, input.cityId, [input.accountId], 'accountId');
  const id = crypto.randomUUID();
  await db.transaction(async (tx) => {
    // One officer's shifts are written one at a time, so two planners cannot double-book them.
    await tx.execute(sql`SELECT pg_advisory_xact_lock(hashtext(${`roster:${input.accountId}`}))`);
    await assertNoOverlap(tx, input.cityId, input);
    await tx.insert(rosterShifts).values({ id, cityId: input.cityId, accountId: input.accountId, startsAt: input.startsAt, endsAt: input.endsAt, note: input.note ?? null, createdBy: input.createdBy });
  });
  return shiftView(db, input.cityId, id);
}

export async function updateShift(
  db: Database,
  input: { cityId: string; id: string; accountId?: string; startsAt?: Date; endsAt?: Date; note?: string | null },
): Promise<ShiftView> {
  const [current] = await db.select().from(rosterShifts).where(and(eq(rosterShifts.cityId, input.cityId), eq(rosterShifts.id, input.id)));
  if (!current) throw notFound('the shift');
  const next = {
    accountId: input.accountId ?? current.accountId,
    startsAt: input.startsAt ?? current.startsAt,
    endsAt: input.endsAt ?? current.endsAt,
    note: input.note === undefined ? current.note : input.note,
  };
  checkInterval(next.startsAt, next.endsAt, maxShiftMs, 'shift');
  if (input.accountId) await requireOfficers(db, input.cityId, [input.accountId], 'accountId');
  await db.transaction(async (tx) => {
    await tx.execute(sql`SELECT pg_advisory_xact_lock(hashtext(${`roster:${next.accountId}`}))`);
    await assertNoOverlap(tx, input.cityId, next, input.id);
    await tx.update(rosterShifts).set(next).where(eq(rosterShifts.id, input.id));
  });
  return shiftView(db, input.cityId, input.id);
}

export async function deleteShift(db: Database, cityId: string, id: string): Promise<void> {
  const deleted = await db.delete(rosterShifts).where(and(eq(rosterShifts.cityId, cityId), eq(rosterShifts.id, id))).returning({ id: rosterShifts.id });
  if (deleted.length === 0) throw notFound('the shift');
}

async function shiftView(db: Database, cityId: string, id: string): Promise<ShiftView> {
  const [row] = await db.select({ startsAt: rosterShifts.startsAt, endsAt: rosterShifts.endsAt }).from(rosterShifts).where(eq(rosterShifts.id, id));
  if (!row) throw notFound('the shift');
  const view = (await listShifts(db, cityId, row)).find((shift) => shift.id === id);
  if (!view) throw notFound('the shift');
  return view;
}

/**
 * Plans a rota from a pattern and saves it. With `replace`, shifts already starting in the
 * period are removed first; without, an officer's new shift may not overlap one they have.
 */
export async function saveRota(
  db: Database,
  input: { cityId: string; pattern: Omit<RotaPattern, 'timeZone'>; replace: boolean; createdBy: string },
): Promise<{ shifts: ShiftView[]; gaps: GapView[] }> {
  await requireOfficers(db, input.cityId, input.pattern.officers, 'officers');
  const timeZone = await cityTimeZone(db, input.cityId);
  const pattern: RotaPattern = { ...input.pattern, timeZone };
  const provisional = planRota(pattern, []);
  if (provisional.length === 0) throw invalid('slots', 'the pattern has no shifts');
  // The whole local days planned, and past midnight as far as the last night shift runs.
  const window = {
    startsAt: instantAt(pattern.from, 0, timeZone),
    endsAt: new Date(Math.max(instantAt(addDays(pattern.from, pattern.days), 0, timeZone).getTime(), ...provisional.map((shift) => shift.endsAt.getTime()))),
  };
  const leaves = await loadLeaves(db, input.cityId, window.startsAt, window.endsAt);
  const planned = planRota(pattern, leaves);
  await db.transaction(async (tx) => {
    for (const officer of [...new Set(input.pattern.officers)].sort()) {
      await tx.execute(sql`SELECT pg_advisory_xact_lock(hashtext(${`roster:${officer}`}))`);
    }
    if (input.replace) {
      await tx
        .delete(rosterShifts)
        .where(and(eq(rosterShifts.cityId, input.cityId), gte(rosterShifts.startsAt, window.startsAt), lt(rosterShifts.startsAt, window.endsAt)));
    }
    for (const shift of planned) await assertNoOverlap(tx, input.cityId, shift);
    if (planned.length > 0) {
      await tx.insert(rosterShifts).values(planned.map((shift) => ({ id: crypto.randomUUID(), cityId: input.cityId, ...shift, createdBy: input.createdBy })));
    }
  });
  const [shifts, report] = await Promise.all([listShifts(db, input.cityId, window), coverage(db, input.cityId, window)]);
  return { shifts, gaps: report.gaps };
}

export async function listLeaves(db: Database, cityId: string, window: Interval): Promise<LeaveView[]> {
  const rows = await loadLeaves(db, cityId, window.startsAt, window.endsAt);
  return rows.map((row) => ({
    id: row.id,
    account: { id: row.accountId, displayName: row.displayName },
    startsAt: row.startsAt.toISOString(),
    endsAt: row.endsAt.toISOString(),
    reason: row.reason,
  }));
}

export async function createLeave(
  db: Database,
  input: { cityId: string; accountId: string; startsAt: Date; endsAt: Date; reason?: string | null; createdBy: string },
): Promise<LeaveView> {
  checkInterval(input.startsAt, input.endsAt, null, 'leave');
  if (input.endsAt.getTime() - input.startsAt.getTime() > 366 * 24 * 60 * 60_000) throw invalid('endsAt', 'record leave of at most a year at a time');
  await requireOfficers(db, input.cityId, [input.accountId], 'accountId');
  const id = crypto.randomUUID();
  await db.insert(rosterLeaves).values({ id, cityId: input.cityId, accountId: input.accountId, startsAt: input.startsAt, endsAt: input.endsAt, reason: input.reason ?? null, createdBy: input.createdBy });
  return (await listLeaves(db, input.cityId, input)).find((leave) => leave.id === id)!;
}

export async function deleteLeave(db: Database, cityId: string, id: string): Promise<void> {
  const deleted = await db.delete(rosterLeaves).where(and(eq(rosterLeaves.cityId, cityId), eq(rosterLeaves.id, id))).returning({ id: rosterLeaves.id });
  if (deleted.length === 0) throw notFound('the leave');
}

/** Who is really on duty in a window: shifts minus leave. */
async function coverIn(db: Database, cityId: string, window: Interval) {
  const [shifts, leaves] = await Promise.all([
    loadShifts(db, cityId, window.startsAt, window.endsAt),
    loadLeaves(db, cityId, window.startsAt, window.endsAt),
  ]);
  return effectiveCover(shifts, leaves);
}

/** Where the rota leaves nobody on duty between two instants: the warning a planner must act on. */
export async function coverage(db: Database, cityId: string, window: Interval): Promise<{ from: string; to: string; coveredMinutes: number; gaps: GapView[] }> {
  const [timeZone, cover] = await Promise.all([cityTimeZone(db, cityId), coverIn(db, cityId, window)]);
  const gaps = gapsIn(window, cover);
  const minutes = (interval: Interval) => Math.round((interval.endsAt.getTime() - interval.startsAt.getTime()) / 60_000);
  const gapMinutes = gaps.reduce((sum, gap) => sum + minutes(gap), 0);
  return {
    from: window.startsAt.toISOString(),
    to: window.endsAt.toISOString(),
    coveredMinutes: minutes(window) - gapMinutes,
    gaps: gaps.map((gap) => ({ startsAt: gap.startsAt.toISOString(), endsAt: gap.endsAt.toISOString(), minutes: minutes(gap), holiday: holidayAt(gap.startsAt, timeZone) })),
  };
}

export interface DutyNow {
  at: string;
  onDuty: { account: AccountSummary; shiftId: string; until: string }[];
  /** When nobody is on duty: until when (the next shift's start), or null if nothing is planned. */
  gap: { until: string | null } | null;
  next: { account: AccountSummary; shiftId: string; startsAt: string } | null;
}

/** Looks ahead this far for the next shift. */
const lookAheadMs = 14 * 24 * 60 * 60_000;

export async function dutyAt(db: Database, cityId: string, at: Date): Promise<DutyNow> {
  const window = { startsAt: at, endsAt: new Date(at.getTime() + lookAheadMs) };
  const cover = await coverIn(db, cityId, window);
  const onDuty = cover
    .filter((piece) => piece.startsAt <= at && piece.endsAt > at)
    .map((piece) => ({ account: { id: piece.shift.accountId, displayName: piece.shift.displayName }, shiftId: piece.shift.id, until: piece.endsAt.toISOString() }));
  const upcoming = cover.filter((piece) => piece.startsAt > at).sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime())[0];
  return {
    at: at.toISOString(),
    onDuty,
    gap: onDuty.length === 0 ? { until: upcoming?.startsAt.toISOString() ?? null } : null,
    next: upcoming ? { account: { id: upcoming.shift.accountId, displayName: upcoming.shift.displayName }, shiftId: upcoming.shift.id, startsAt: upcoming.startsAt.toISOString() } : null,
  };
}

/** Consultations still open per officer: the on-duty officer with the fewest gets the next one. */
async function openLoads(db: Database, accountIds: string[]): Promise<Map<string, number>> {
  if (accountIds.length === 0) return new Map();
  const rows = await db
    .select({ accountId: caseAssignments.accountId, count: sql<number>`count(*)::int` })
    .from(caseAssignments)
    .innerJoin(cases, eq(cases.id, caseAssignments.caseId))
    .where(and(inArray(caseAssignments.accountId, accountIds), inArray(cases.status, [...openStatuses])))
    .groupBy(caseAssignments.accountId);
  return new Map(rows.map((row) => [row.accountId, Number(row.count)]));
}

/**
 * Routes a new consultation to the information officer on duty, the least busy one when several
 * are. Other kinds of case, and a moment when nobody is on duty (a rota gap), assign nobody.
 * Runs in the intake transaction.
 */
export async function assignOnDutyOfficer(
  tx: Database,
  input: { cityId: string; caseId: string; kind: string; at: Date },
): Promise<string | null> {
  if (input.kind !== 'consultation') return null;
  const window = { startsAt: input.at, endsAt: new Date(input.at.getTime() + 1) };
  const onDuty = (await coverIn(tx, input.cityId, window)).filter((piece) => piece.startsAt <= input.at && piece.endsAt > input.at);
  if (onDuty.length === 0) return null;
  const loads = await openLoads(tx, onDuty.map((piece) => piece.shift.accountId));
  const chosen = [...onDuty].sort(
    (a, b) => (loads.get(a.shift.accountId) ?? 0) - (loads.get(b.shift.accountId) ?? 0) || a.shift.accountId.localeCompare(b.shift.accountId),
  )[0]!;
  await tx.insert(caseAssignments).values({ caseId: input.caseId, cityId: input.cityId, accountId: chosen.shift.accountId, shiftId: chosen.shift.id, assignedAt: input.at });
  return chosen.shift.accountId;
}

export interface AssignmentView {
  caseId: string;
  trackingCode: string;
  title: string;
  status: string;
  account: AccountSummary;
  assignedAt: string;
}

export async function listAssignments(
  db: Database,
  cityId: string,
  filter: { accountId?: string; openOnly: boolean; limit: number },
): Promise<AssignmentView[]> {
  const rows = await db
    .select({
      caseId: caseAssignments.caseId,
      trackingCode: cases.trackingCode,
      title: cases.title,
      status: cases.status,
      accountId: caseAssignments.accountId,
      displayName: staffAccounts.displayName,
      assignedAt: caseAssignments.assignedAt,
    })
    .from(caseAssignments)
    .innerJoin(cases, eq(cases.id, caseAssignments.caseId))
    .innerJoin(staffAccounts, eq(staffAccounts.id, caseAssignments.accountId))
    .where(
      and(
        eq(caseAssignments.cityId, cityId),
        filter.accountId ? eq(caseAssignments.accountId, filter.accountId) : undefined,
        filter.openOnly ? inArray(cases.status, [...openStatuses]) : undefined,
      ),
    )
    .orderBy(desc(caseAssignments.assignedAt))
    .limit(filter.limit);
  return rows.map((row) => ({
    caseId: row.caseId,
    trackingCode: row.trackingCode,
    title: row.title,
    status: row.status,
    account: { id: row.accountId, displayName: row.displayName },
    assignedAt: row.assignedAt.toISOString(),
  }));
}

export interface HandoverView {
  id: string;
  from: AccountSummary;
  to: AccountSummary | null;
  shiftId: string | null;
  notes: string;
  openCases: { id: string; trackingCode: string; title: string; status: string }[];
  createdAt: string;
  acknowledgedAt: string | null;
  acknowledgedBy: AccountSummary | null;
}

/**
 * The outgoing officer's handover (交接班): their notes, and the consultations routed to them that
 * are still open, which the next officer takes on.
 */
export async function createHandover(
  db: Database,
  input: { cityId: string; fromAccountId: string; toAccountId?: string | null; notes: string; at: Date },
): Promise<HandoverView> {
  const officers = await dutyOfficers(db, input.cityId, [input.fromAccountId, ...(input.toAccountId ? [input.toAccountId] : [])]);
  if (!officers.has(input.fromAccountId)) throw forbidden('only an information officer hands over a duty shift');
  if (input.toAccountId && !officers.has(input.toAccountId)) throw invalid('toAccountId', 'not an active information officer of this city');
  if (input.toAccountId === input.fromAccountId) throw invalid('toAccountId', 'hand over to another officer');
  const open = await listAssignments(db, input.cityId, { accountId: input.fromAccountId, openOnly: true, limit: 200 });
  const [shift] = await db
    .select({ id: rosterShifts.id })
    .from(rosterShifts)
    .where(and(eq(rosterShifts.cityId, input.cityId), eq(rosterShifts.accountId, input.fromAccountId), lte(rosterShifts.startsAt, input.at)))
    .orderBy(desc(rosterShifts.startsAt))
    .limit(1);
  const id = crypto.randomUUID();
  await db.insert(rosterHandovers).values({
    id,
    cityId: input.cityId,
    fromAccountId: input.fromAccountId,
    toAccountId: input.toAccountId ?? null,
    shiftId: shift?.id ?? null,
    notes: input.notes,
    openCaseIds: open.map((assignment) => assignment.caseId),
    createdAt: input.at,
  });
  return getHandover(db, input.cityId, id);
}

export async function getHandover(db: Database, cityId: string, id: string): Promise<HandoverView> {
  const [found] = await listHandovers(db, cityId, { id, limit: 1 });
  if (!found) throw notFound('the handover');
  return found;
}

export async function listHandovers(db: Database, cityId: string, filter: { id?: string; pendingFor?: string; limit: number }): Promise<HandoverView[]> {
  const rows = await db
    .select()
    .from(rosterHandovers)
    .where(
      and(
        eq(rosterHandovers.cityId, cityId),
        filter.id ? eq(rosterHandovers.id, filter.id) : undefined,
        filter.pendingFor
          ? and(isNull(rosterHandovers.acknowledgedAt), sql`(${rosterHandovers.toAccountId} = ${filter.pendingFor} OR ${rosterHandovers.toAccountId} IS NULL)`)
          : undefined,
      ),
    )
    .orderBy(desc(rosterHandovers.createdAt))
    .limit(filter.limit);
  const accountIds = [...new Set(rows.flatMap((row) => [row.fromAccountId, row.toAccountId, row.acknowledgedBy].filter((id): id is string => !!id)))];
  const caseIds = [...new Set(rows.flatMap((row) => row.openCaseIds))];
  const [accounts, openCases] = await Promise.all([
    accountIds.length
      ? db.select({ id: staffAccounts.id, displayName: staffAccounts.displayName }).from(staffAccounts).where(inArray(staffAccounts.id, accountIds))
      : [],
    caseIds.length
      ? db.select({ id: cases.id, trackingCode: cases.trackingCode, title: cases.title, status: cases.status }).from(cases).where(inArray(cases.id, caseIds))
      : [],
  ]);
  const account = new Map(accounts.map((row) => [row.id, row]));
  const caseById = new Map(openCases.map((row) => [row.id, row]));
  return rows.map((row) => ({
    id: row.id,
    from: account.get(row.fromAccountId)!,
    to: row.toAccountId ? (account.get(row.toAccountId) ?? null) : null,
    shiftId: row.shiftId,
    notes: row.notes,
    openCases: row.openCaseIds.map((caseId) => caseById.get(caseId)).filter((found): found is NonNullable<typeof found> => !!found),
    createdAt: row.createdAt.toISOString(),
    acknowledgedAt: row.acknowledgedAt?.toISOString() ?? null,
    acknowledgedBy: row.acknowledgedBy ? (account.get(row.acknowledgedBy) ?? null) : null,
  }));
}

/**
 * The incoming officer confirms the handover and takes on its open consultations: they are
 * assigned to them from now on.
 */
export async function acknowledgeHandover(db: Database, input: { cityId: string; id: string; accountId: string; at: Date }): Promise<HandoverView> {
  await db.transaction(async (tx) => {
    const [handover] = await tx
      .select()
      .from(rosterHandovers)
      .where(and(eq(rosterHandovers.cityId, input.cityId), eq(rosterHandovers.id, input.id)))
      .for('update');
    if (!handover) throw notFound('the handover');
    if (handover.acknowledgedAt) throw new ProblemError('invalid-command', 'this handover was acknowledged already');
    if (handover.fromAccountId === input.accountId) throw forbidden('the officer who handed over cannot also take the handover');
    if (handover.toAccountId && handover.toAccountId !== input.accountId) throw forbidden('this handover is addressed to another officer');
    if (!(await dutyOfficers(tx, input.cityId, [input.accountId])).has(input.accountId)) throw forbidden('only an information officer takes a handover');
    await tx.update(rosterHandovers).set({ acknowledgedAt: input.at, acknowledgedBy: input.accountId }).where(eq(rosterHandovers.id, input.id));
    if (handover.openCaseIds.length > 0) {
      await tx
        .update(caseAssignments)
        .set({ accountId: input.accountId, shiftId: null, assignedAt: input.at })
        .where(and(inArray(caseAssignments.caseId, handover.openCaseIds), eq(caseAssignments.accountId, handover.fromAccountId)));
    }
  });
  return getHandover(db, input.cityId, input.id);
}
