import {
  allowedCommands,
  deadlineState,
  maskPhone,
  type CaseCommandType,
  type CaseKind,
  type CaseStatus,
} from '@huying/core';
import { and, desc, eq, inArray, lt, lte, or, sql, type SQL } from 'drizzle-orm';
import type { StaffPrincipal } from '../../context.js';
import type { Database } from '../../db/client.js';
import { buildings, caseEvents, cases, categories, units } from '../../db/schema/index.js';
import { invalid, notFound } from '../../http/problems.js';
import { loadUnit } from '../units.js';
import type { CaseRow } from './state.js';
import { stateOf } from './state.js';
import { loadCaseDetail, loadEvents, residentTimeline, statusView, type CategorySummary, type UnitSummary } from './views.js';

/** Units in the staff member's subtree (their own unit and everything below it). */
export const subtreeOf = (unitId: string) =>
  sql`(SELECT ${units.id} FROM ${units} WHERE ${units.path} @> ARRAY[${unitId}]::text[])`;

/**
 * Whether staff may see a case: it is held in their subtree, or their subtree took part in it
 * (a community still sees what it escalated, a co-unit the joint handling it had a part in).
 * Everything else is not found, not forbidden, so case ids do not leak across units.
 */
function visibleTo(staff: StaffPrincipal): SQL {
  return and(
    eq(cases.cityId, staff.cityId),
    or(
      sql`${cases.holderUnitId} IN ${subtreeOf(staff.unit.id)}`,
      sql`EXISTS (SELECT 1 FROM ${caseEvents} WHERE ${caseEvents.caseId} = ${cases.id} AND ${caseEvents.toUnitId} IN ${subtreeOf(staff.unit.id)})`,
      sql`${cases.coUnitIds} && ARRAY${subtreeOf(staff.unit.id)}`,
    ),
  )!;
}

/** Cases in which the unit has a joint-handling part still to report. */
const openPartOf = (unitId: string): SQL =>
  sql`${cases.status} = 'joint_handling' AND ${cases.joint} -> 'parts' @> ${JSON.stringify([{ unitId, reportedAt: null }])}::jsonb`;

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
      return sql`${cases.holderUnitId} IN ${subtreeOf(staff.unit.id)}`;
  }
};

export async function listStaffCases(db: Database, staff: StaffPrincipal, filter: StaffCaseListFilter) {
  const conditions: SQL[] = [scopeCondition(staff, filter.scope), eq(cases.cityId, staff.cityId)];
  if (filter.dueBefore) conditions.push(lte(cases.dueAt, filter.dueBefore));
  if (filter.status?.length) conditions.push(inArray(cases.status, filter.status));
  if (filter.kind?.length) conditions.push(inArray(cases.kind, filter.kind));
  if (filter.categoryId) conditions.push(eq(cases.categoryId, filter.categoryId));
  if (filter.buildingId) conditions.push(eq(cases.buildingId, filter.buildingId));
  if (filter.cursor) {
    const cursor = decodeCursor(filter.cursor);
    const at = new Date(cursor.createdAt);
    conditions.push(or(lt(cases.createdAt, at), and(eq(cases.createdAt, at), lt(cases.id, cursor.id)))!);
  }
  const rows = await db
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
    .where(and(...conditions))
    .orderBy(desc(cases.createdAt), desc(cases.id))
    .limit(filter.limit + 1);
  const page = rows.slice(0, filter.limit);
  const last = page.at(-1);
  return {
    data: page.map(({ case: row, category, building, holder }): StaffCaseSummary => ({
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
      createdAt: row.createdAt.toISOString(),
      updatedAt: row.updatedAt.toISOString(),
    })),
    nextCursor: rows.length > filter.limit && last ? encodeCursor({ createdAt: last.case.createdAt.toISOString(), id: last.case.id }) : null,
  };
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
          // Only the unit holding the case sees the number in full; it is the one that calls back.
          phone: row.contactPhone && (isHolder ? row.contactPhone : maskPhone(row.contactPhone)),
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
    allowedActions: allowedCommands(state, {
      actor: { type: 'staff', accountId: staff.accountId, unit: staff.unit },
      holder,
      now: now.toISOString(),
    }) as CaseCommandType[],
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
