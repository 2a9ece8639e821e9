import {
  allowedCommands,
  deadlineState,
  maskPhone,
  openStatuses,
  type CaseCommandType,
  type Deadline,
  type CaseKind,
  type CaseStatus,
} from '@huying/core';
import { and, asc, desc, eq, gt, inArray, isNull, lt, lte, or, sql, type SQL } from 'drizzle-orm';
import type { StaffPrincipal } from '../../context.js';
import type { Database } from '../../db/client.js';
import { buildings, caseEvents, cases, categories, units } from '../../db/schema/index.js';
import { invalid, notFound } from '../../http/problems.js';
import { routeKey, routePermissions } from '../../http/route-permissions.js';
import { permissionsOfStaff } from '../staff.js';
import { loadUnit } from '../units.js';
import { heldInScope, visibleTo } from './visibility.js';
import type { CaseRow } from './state.js';
import { stateOf } from './state.js';
import { loadCaseDetail, loadEvents, residentTimeline, statusView, type CategorySummary, type UnitSummary } from './views.js';

export { subtreeOf } from './visibility.js';

/** Cases in which the unit has a joint-handling part still to report. */
const openPartOf = (unitId: string): SQL =>
  sql`${cases.status} = 'joint_handling' AND ${cases.joint} -> 'parts' @> ${JSON.stringify([{ unitId, reportedAt: null }])}::jsonb`;

/** How a case's most pressing deadline stands: the inbox's badge (green, warning, overdue). */
export const deadlineFilterStates = ['running', 'nearing', 'overdue', 'none'] as const;
export type DeadlineFilterState = (typeof deadlineFilterStates)[number];

export const staffCaseSorts = ['newest', 'oldest', 'due'] as const;
export type StaffCaseSort = (typeof staffCaseSorts)[number];

export interface StaffCaseListFilter {
  status?: CaseStatus[];
  kind?: CaseKind[];
  categoryId?: string;
  buildingId?: string;
  /**
   * `held`: cases my unit holds now; `subtree` (default): held anywhere in my subtree; `parts`:
   * joint handlings in which my unit has a part to report.
   */
  scope?: 'held' | 'subtree' | 'parts';
  /** Only cases with a running deadline due by then (now: the overdue ones). */
  dueBefore?: Date;
  /** Only cases whose most pressing deadline is in one of these states at `now` (`none`: no running deadline). */
  deadline?: DeadlineFilterState[];
  /** `newest` first (default), `oldest` first, or the earliest running deadline first (`due`). */
  sort?: StaffCaseSort;
  limit: number;
  cursor?: string;
}

interface Cursor {
  createdAt: string;
  id: string;
}

export const encodeCursor = (cursor: Cursor) => Buffer.from(JSON.stringify(cursor)).toString('base64url');

export function decodeCursor(value: string): Cursor {
  try {
    const parsed = JSON.parse(Buffer.from(value, 'base64url').toString('utf8')) as Partial<Cursor>;
    if (typeof parsed.createdAt === 'string' && typeof parsed.id === 'string' && !Number.isNaN(Date.parse(parsed.createdAt))
      && /^[0-9a-f-]{36}$/i.test(parsed.id)) {
      return { createdAt: parsed.createdAt, id: parsed.id };
    }
  } catch {
    // fall through to the validation problem
  }
  throw invalid('cursor', 'the cursor is not one this API returned; start again without it');
}

/** Where the next page of a sorted case list starts: the sort key of the last case shown (null: no deadline) and its id. */
interface ListCursor {
  sort: StaffCaseSort;
  key: string | null;
  id: string;
}

const encodeListCursor = (cursor: ListCursor) => Buffer.from(JSON.stringify(cursor)).toString('base64url');

function decodeListCursor(value: string, sort: StaffCaseSort): ListCursor {
  try {
    const parsed = JSON.parse(Buffer.from(value, 'base64url').toString('utf8')) as Partial<ListCursor>;
    const keyValid = parsed.key === null ? sort === 'due' : typeof parsed.key === 'string' && !Number.isNaN(Date.parse(parsed.key));
    if (parsed.sort === sort && keyValid && typeof parsed.id === 'string' && /^[0-9a-f-]{36}$/i.test(parsed.id)) {
      return { sort, key: parsed.key ?? null, id: parsed.id };
    }
  } catch {
    // fall through to the validation problem
  }
  throw invalid('cursor', 'the cursor is not one this API returned for this sort; start again without it');
}

/** The deadline a list shows for a case: the most pressing one, with its state at the time of the read. */
export interface SummaryDeadline {
  step: Deadline['step'];
  state: ReturnType<typeof deadlineState>;
  dueAt: string;
  warnAt: string;
}

export interface StaffCaseSummary {
  id: string;
  trackingCode: string;
  kind: CaseKind;
  channel: CaseRow['channel'];
  urgency: CaseRow['urgency'];
  status: CaseStatus;
  title: string;
  category: CategorySummary | null;
  building: { id: string; name: string } | null;
  holder: UnitSummary;
  round: number;
  hops: number;
  /** The earliest running deadline, and the resolution deadline. */
  dueAt: string | null;
  resolutionDueAt: string | null;
  /** The most pressing deadline: overdue before nearing before running before paused, then the earliest. */
  deadline: SummaryDeadline | null;
  /** Supervision notices on the case not answered yet. */
  openSupervisions: number;
  createdAt: string;
  updatedAt: string;
}

const scopeCondition = (staff: StaffPrincipal, scope: StaffCaseListFilter['scope']): SQL => {
  switch (scope) {
    case 'held':
      return eq(cases.holderUnitId, staff.unit.id);
    case 'parts':
      return openPartOf(staff.unit.id);
    default:
      return heldInScope(staff);
  }
};

const deadlineUrgency = { overdue: 0, nearing: 1, running: 2, paused: 3 } as const;

/** The most pressing of a case's deadlines at `now`. */
export function mostPressingDeadline(deadlines: readonly Deadline[], now: Date): SummaryDeadline | null {
  const at = now.toISOString();
  let best: SummaryDeadline | null = null;
  for (const deadline of deadlines) {
    const candidate = { step: deadline.step, state: deadlineState(deadline, at), dueAt: deadline.dueAt, warnAt: deadline.warnAt };
    const rank = deadlineUrgency[candidate.state];
    if (!best || rank < deadlineUrgency[best.state] || (rank === deadlineUrgency[best.state] && candidate.dueAt < best.dueAt)) best = candidate;
  }
  return best;
}

/** A running deadline whose warning time has come (the sweep's 预警 threshold). */
const warningReached = (now: Date) =>
  sql`EXISTS (SELECT 1 FROM jsonb_array_elements(${cases.deadlines}) AS d WHERE d->>'paused' IS NULL AND (d->>'warnAt')::timestamptz <= ${now.toISOString()}::timestamptz)`;

/** Cases whose most pressing running deadline is in one of `states` at `now`. */
function deadlineCondition(states: readonly DeadlineFilterState[], now: Date): SQL {
  const overdue = lte(cases.dueAt, now);
  const notOverdue = gt(cases.dueAt, now);
  const each: Record<DeadlineFilterState, SQL> = {
    overdue,
    nearing: and(notOverdue, warningReached(now))!,
    running: and(notOverdue, sql`NOT ${warningReached(now)}`)!,
    none: isNull(cases.dueAt),
  };
  return or(...states.map((state) => each[state]))!;
}

function afterCursor(cursor: ListCursor): SQL {
  const id = cursor.id;
  switch (cursor.sort) {
    case 'oldest': {
      const at = new Date(cursor.key!);
      return or(gt(cases.createdAt, at), and(eq(cases.createdAt, at), gt(cases.id, id)))!;
    }
    case 'due': {
      // Cases without a running deadline come last.
      if (cursor.key === null) return and(isNull(cases.dueAt), gt(cases.id, id))!;
      const at = new Date(cursor.key);
      return or(gt(cases.dueAt, at), and(eq(cases.dueAt, at), gt(cases.id, id)), isNull(cases.dueAt))!;
    }
    default: {
      const at = new Date(cursor.key!);
      return or(lt(cases.createdAt, at), and(eq(cases.createdAt, at), lt(cases.id, id)))!;
    }
  }
}

const sortOrder = {
  newest: [desc(cases.createdAt), desc(cases.id)],
  oldest: [asc(cases.createdAt), asc(cases.id)],
  due: [sql`${cases.dueAt} ASC NULLS LAST`, asc(cases.id)],
} satisfies Record<StaffCaseSort, SQL[]>;

const sortKey = (row: CaseRow, sort: StaffCaseSort): string | null =>
  sort === 'due' ? (row.dueAt?.toISOString() ?? null) : row.createdAt.toISOString();

/** Cases with what a list shows of them: category, building and holder names. */
function summaryRows(db: Database, where: SQL | undefined) {
  return db
    .select({
      case: cases,
      category: { id: categories.id, code: categories.code, level1: categories.level1, level2: categories.level2, level3: categories.level3 },
      building: { id: buildings.id, name: buildings.name },
      holder: { id: units.id, name: units.name, kind: units.kind },
    })
    .from(cases)
    .innerJoin(units, eq(units.id, cases.holderUnitId))
    .leftJoin(categories, eq(categories.id, cases.categoryId))
    .leftJoin(buildings, eq(buildings.id, cases.buildingId))
    .where(where)
    .$dynamic();
}

type SummaryRow = Awaited<ReturnType<typeof summaryRows>>[number];

function toSummary({ case: row, category, building, holder }: SummaryRow, now: Date): StaffCaseSummary {
  return {
    id: row.id,
    trackingCode: row.trackingCode,
    kind: row.kind,
    channel: row.channel,
    urgency: row.urgency,
    status: row.status,
    title: row.title,
    category: category?.id ? (category as CategorySummary) : null,
    building: building?.id ? (building as { id: string; name: string }) : null,
    holder,
    round: row.round,
    hops: row.hops,
    dueAt: row.dueAt?.toISOString() ?? null,
    resolutionDueAt: row.resolutionDueAt?.toISOString() ?? null,
    deadline: mostPressingDeadline(row.deadlines, now),
    openSupervisions: row.supervisions.length,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

function staffCaseListConditions(staff: StaffPrincipal, filter: StaffCaseListFilter, now: Date): SQL[] {
  const conditions: SQL[] = [scopeCondition(staff, filter.scope), eq(cases.cityId, staff.cityId)];
  if (filter.dueBefore) conditions.push(lte(cases.dueAt, filter.dueBefore));
  if (filter.deadline?.length) conditions.push(deadlineCondition(filter.deadline, now));
  if (filter.status?.length) conditions.push(inArray(cases.status, filter.status));
  if (filter.kind?.length) conditions.push(inArray(cases.kind, filter.kind));
  if (filter.categoryId) conditions.push(eq(cases.categoryId, filter.categoryId));
  if (filter.buildingId) conditions.push(eq(cases.buildingId, filter.buildingId));
  return conditions;
}

export async function listStaffCases(db: Database, staff: StaffPrincipal, filter: StaffCaseListFilter, now: Date = new Date()) {
  return pageOfCaseSummaries(db, staffCaseListConditions(staff, filter, now), filter, now);
}

/**
 * The statement `listStaffCases` runs for a page, not run: a list must read its page in index
 * order however many cases the city holds, and the tests check that on its plan.
 */
export function staffCaseListStatement(db: Database, staff: StaffPrincipal, filter: StaffCaseListFilter, now: Date = new Date()) {
  return casePageStatement(db, staffCaseListConditions(staff, filter, now), filter);
}

type CasePage = { sort?: StaffCaseSort | undefined; limit: number; cursor?: string | undefined };

/** A page of case summaries and one row more (whether there is a next page), in the page's order. */
function casePageStatement(db: Database, conditions: SQL[], page: CasePage) {
  const sort = page.sort ?? 'newest';
  const where = page.cursor ? [...conditions, afterCursor(decodeListCursor(page.cursor, sort))] : conditions;
  return summaryRows(db, and(...where))
    .orderBy(...sortOrder[sort])
    .limit(page.limit + 1);
}

/**
 * One page of the cases matching `conditions`, as lists show them, in the order asked for. The
 * caller's conditions decide who sees what; this only pages and sorts.
 */
export async function pageOfCaseSummaries(
  db: Database,
  conditions: SQL[],
  page: CasePage,
  now: Date,
): Promise<{ data: StaffCaseSummary[]; nextCursor: string | null }> {
  const sort = page.sort ?? 'newest';
  const rows = await casePageStatement(db, conditions, page);
  const shown = rows.slice(0, page.limit);
  const last = shown.at(-1);
  return {
    data: shown.map((row) => toSummary(row, now)),
    nextCursor: rows.length > page.limit && last ? encodeListCursor({ sort, key: sortKey(last.case, sort), id: last.case.id }) : null,
  };
}

/** One case as a list shows it, for a caller who has checked that the staff member may see it. */
export async function staffCaseSummary(db: Database, caseId: string, now: Date = new Date()): Promise<StaffCaseSummary | null> {
  const [row] = await summaryRows(db, eq(cases.id, caseId));
  return row ? toSummary(row, now) : null;
}

/** Throws not-found unless staff may see the case. */
export async function assertStaffCanSee(db: Database, staff: StaffPrincipal, caseId: string): Promise<void> {
  const [visible] = await db.select({ id: cases.id }).from(cases).where(and(eq(cases.id, caseId), visibleTo(staff)));
  if (!visible) throw notFound('the case');
}

/** Return rulings on a case, for the dispatcher's record: who returned it and whether the return was upheld. */
function returnRulings(events: Awaited<ReturnType<typeof loadEvents>>) {
  return events.flatMap(({ event }) =>
    event.type === 'return_ruled'
      ? [{ at: event.createdAt.toISOString(), returnedByUnitId: String(event.payload.returnedByUnitId), upheld: event.payload.upheld === true, rulingUnitId: event.actorUnitId }]
      : [],
  );
}

/**
 * Of the moves the loop allows, those the member's role may make: a grid member may not
 * dispatch even where the loop would let their unit, so the pages never offer what would be refused.
 */
function permittedCommands(staff: StaffPrincipal, commands: CaseCommandType[]): CaseCommandType[] {
  const held = new Set<string>(permissionsOfStaff(staff));
  return commands.filter((command) => {
    const access = routePermissions.get(routeKey('POST', `/api/v1/staff/cases/{id}/${command.replace(/_/g, '-')}`));
    return access !== undefined && held.has(access.permission);
  });
}

export async function staffCaseView(db: Database, staff: StaffPrincipal, caseId: string, now: Date = new Date()) {
  await assertStaffCanSee(db, staff, caseId);
  const [detail, events] = await Promise.all([loadCaseDetail(db, caseId), loadEvents(db, caseId)]);
  const row = detail.case;
  const holder = await loadUnit(db, row.cityId, row.holderUnitId);
  const state = stateOf(row);
  const isHolder = row.holderUnitId === staff.unit.id;
  return {
    id: row.id,
    ...statusView(row),
    version: row.version,
    title: row.title,
    description: row.description,
    channel: row.channel,
    urgency: row.urgency,
    language: row.language,
    category: detail.category?.id ? (detail.category as CategorySummary) : null,
    place: { buildingId: row.buildingId, buildingName: detail.buildingName, address: row.address, latitude: row.latitude, longitude: row.longitude },
    holder: detail.holder,
    attachments: row.attachments,
    contact: row.contactName || row.contactPhone
      ? {
          name: row.contactName,
          // Masked for everyone: the unit holding the case calls back after an explicit, logged
          // reveal (POST …/contact/reveal), so no view, list or stream ever carries the number.
          phone: row.contactPhone && maskPhone(row.contactPhone),
          revealable: row.contactPhone !== null && isHolder,
        }
      : null,
    round: row.round,
    hops: row.hops,
    rating: row.rating,
    arrival: row.arrival,
    dispatcherUnitId: row.dispatcherUnitId,
    returnedByUnitId: row.returnedByUnitId,
    joint: row.joint,
    coUnitIds: row.coUnitIds,
    deadlines: state.deadlines.map((deadline) => ({ ...deadline, state: deadlineState(deadline, now.toISOString()) })),
    acceptDueAt: row.acceptDueAt?.toISOString() ?? null,
    firstResponseDueAt: row.firstResponseDueAt?.toISOString() ?? null,
    resolutionDueAt: row.resolutionDueAt?.toISOString() ?? null,
    dueAt: row.dueAt?.toISOString() ?? null,
    pausedAt: state.pausedAt,
    closesAt: state.closesAt,
    supervisions: state.supervisions,
    pendingExtension: state.pendingExtension,
    firstRating: row.firstRating,
    finalRating: row.finalRating,
    returnRulings: returnRulings(events),
    acceptedAt: row.acceptedAt?.toISOString() ?? null,
    respondedAt: row.respondedAt?.toISOString() ?? null,
    resolvedAt: row.resolvedAt?.toISOString() ?? null,
    closedAt: row.closedAt?.toISOString() ?? null,
    allowedActions: permittedCommands(
      staff,
      allowedCommands(state, { actor: { type: 'staff', accountId: staff.accountId, unit: staff.unit }, holder, now: now.toISOString() }) as CaseCommandType[],
    ),
    timeline: events.map(({ event, toUnit, fromUnit }) => ({
      seq: event.seq,
      type: event.type,
      at: event.createdAt.toISOString(),
      actor: { type: event.actorType, accountId: event.actorAccountId, unitId: event.actorUnitId },
      fromStatus: event.fromStatus,
      toStatus: event.toStatus,
      unit: toUnit,
      fromUnit: fromUnit && fromUnit.id ? (fromUnit as UnitSummary) : null,
      reason: event.reason,
      round: event.round,
      payload: event.payload,
      timers: event.timers,
    })),
    residentTimeline: residentTimeline(events),
  };
}

/** Where a patrol report starts: the cases a staff member filed on patrol (the first event is theirs). */
const filedOnPatrolBy = (accountId: string): SQL =>
  sql`${cases.channel} = 'patrol' AND EXISTS (SELECT 1 FROM ${caseEvents} WHERE ${caseEvents.caseId} = ${cases.id} AND ${caseEvents.seq} = 1 AND ${caseEvents.actorAccountId} = ${accountId})`;

/** A staff member's own patrol reports, newest first, as lists show them. */
export function listPatrolReports(db: Database, staff: StaffPrincipal, page: { limit: number; cursor?: string | undefined }, now: Date) {
  return pageOfCaseSummaries(db, [eq(cases.cityId, staff.cityId), filedOnPatrolBy(staff.accountId)], { ...page, sort: 'newest' }, now);
}

export interface HotSpot {
  building: { id: string; name: string };
  /** Cases filed at the building in the window, and how many of them are still open. */
  cases: number;
  open: number;
  /** The categories most filed there, most first (at most three). */
  categories: { id: string; name: string; cases: number }[];
  latestAt: string;
}

/**
 * Buildings where cases gather: those with at least `minCases` cases filed in the last `days`
 * days among the cases the caller's scope holds or held, most first. The command centre reads
 * the whole city; a street its streets, a property company its buildings.
 */
export async function hotSpots(
  db: Database,
  staff: StaffPrincipal,
  options: { days: number; minCases: number; limit: number },
  now: Date,
): Promise<HotSpot[]> {
  const since = new Date(now.getTime() - options.days * 24 * 3600 * 1000);
  const inWindow = and(visibleTo(staff), gt(cases.createdAt, since), sql`${cases.buildingId} IS NOT NULL`);
  const open = sql<number>`count(*) FILTER (WHERE ${inArray(cases.status, [...openStatuses])})::int`;
  const rows = await db
    .select({ id: buildings.id, name: buildings.name, cases: sql<number>`count(*)::int`, open, latestAt: sql<Date>`max(${cases.createdAt})` })
    .from(cases)
    .innerJoin(buildings, eq(buildings.id, cases.buildingId))
    .where(inWindow)
    .groupBy(buildings.id, buildings.name)
    .having(sql`count(*) >= ${options.minCases}`)
    .orderBy(sql`count(*) DESC`, buildings.name)
    .limit(options.limit);
  if (rows.length === 0) return [];
  const byCategory = await db
    .select({ buildingId: cases.buildingId, id: categories.id, name: categories.level3, cases: sql<number>`count(*)::int` })
    .from(cases)
    .innerJoin(categories, eq(categories.id, cases.categoryId))
    .where(and(inWindow, inArray(cases.buildingId, rows.map((row) => row.id))))
    .groupBy(cases.buildingId, categories.id, categories.level3)
    .orderBy(sql`count(*) DESC`, categories.level3);
  return rows.map((row) => ({
    building: { id: row.id, name: row.name },
    cases: row.cases,
    open: row.open,
    categories: byCategory.filter((entry) => entry.buildingId === row.id).slice(0, 3).map(({ id, name, cases: count }) => ({ id, name, cases: count })),
    latestAt: new Date(row.latestAt).toISOString(),
  }));
}

export interface SupervisionBoardUnit {
  unit: UnitSummary;
  /** Open cases the unit holds, those with a deadline passed, those past the warning time, and those under open supervision. */
  held: number;
  overdue: number;
  nearing: number;
  supervised: number;
}

/**
 * What the command centre watches across every unit of the caller's subtree: the overdue cases
 * (earliest deadline first), the cases under an unanswered supervision notice, and per holding
 * unit how many it holds, how many are overdue, nearing and supervised — most overdue first.
 */
export async function supervisionBoard(db: Database, staff: StaffPrincipal, options: { limit: number }, now: Date) {
  const scope = [heldInScope(staff), eq(cases.cityId, staff.cityId)];
  const supervised = sql`jsonb_array_length(${cases.supervisions}) > 0`;
  const [overdue, underSupervision, perUnit] = await Promise.all([
    pageOfCaseSummaries(db, [...scope, lte(cases.dueAt, now)], { sort: 'due', limit: options.limit }, now),
    pageOfCaseSummaries(db, [...scope, supervised], { sort: 'due', limit: options.limit }, now),
    db
      .select({
        unit: { id: units.id, name: units.name, kind: units.kind },
        held: sql<number>`count(*)::int`,
        overdue: sql<number>`count(*) FILTER (WHERE ${lte(cases.dueAt, now)})::int`,
        nearing: sql<number>`count(*) FILTER (WHERE ${and(gt(cases.dueAt, now), warningReached(now))})::int`,
        supervised: sql<number>`count(*) FILTER (WHERE ${supervised})::int`,
      })
      .from(cases)
      .innerJoin(units, eq(units.id, cases.holderUnitId))
      .where(and(...scope, inArray(cases.status, [...openStatuses])))
      .groupBy(units.id, units.name, units.kind)
      .orderBy(sql`count(*) FILTER (WHERE ${lte(cases.dueAt, now)}) DESC`, sql`count(*) DESC`, units.name),
  ]);
  return {
    overdue: overdue.data,
    supervised: underSupervision.data,
    units: perUnit satisfies SupervisionBoardUnit[],
  };
}
