/**
 * Cases as Open311 service requests. Our detailed states become `open`/`closed` with
 * `status_notes` saying where the case stands; the resolution deadline is `expected_datetime`;
 * the holding unit is `agency_responsible`. A request filed here is a case of channel `open311`,
 * filed and routed like any other; the resident's contact details are never read back out.
 */
import { openStatuses, type CaseKind, type CaseStatus, type Urgency } from '@huying/core';
import { and, desc, eq, gte, inArray, isNull, lt, notInArray, or, sql, type SQL } from 'drizzle-orm';
import type { AppDependencies } from '../../context.js';
import type { Database } from '../../db/client.js';
import { caseEvents, cases, categories, cities, units } from '../../db/schema/index.js';
import { notFound } from '../../http/problems.js';
import { submitCase } from '../cases/submit.js';
import { zonedIso } from './format.js';
import { unclassifiedServiceCode } from './services.js';

export type Open311Status = 'open' | 'closed';
export type NotesLanguage = 'zh-CN' | 'en';

export interface Open311Request {
  service_request_id: string;
  status: Open311Status;
  status_notes: string | null;
  service_name: string | null;
  service_code: string;
  description: string | null;
  agency_responsible: string | null;
  service_notice: string | null;
  requested_datetime: string;
  updated_datetime: string | null;
  expected_datetime: string | null;
  address: string | null;
  address_id: string | null;
  zipcode: string | null;
  lat: number | null;
  long: number | null;
  media_url: string | null;
  /** Only with `extensions=true`: what Open311's fields cannot say. */
  extended_attributes?: Open311ExtendedAttributes;
}

export interface Open311ExtendedAttributes {
  tracking_code: string;
  title: string;
  kind: CaseKind;
  channel: string;
  urgency: Urgency;
  detailed_status: CaseStatus;
  round: number;
  category: { level1: string; level2: string; level3: string } | null;
  agency_responsible_id: string;
  agency_responsible_kind: string;
  closed_datetime: string | null;
}

/** Who may see what: one city, and for a key limited to a unit, the cases that unit's subtree holds. */
export interface Open311Scope {
  cityId: string;
  unitId: string | null;
}

export interface Open311RequestQuery {
  /** Tracking codes; when given, every other filter is ignored (as the specification says). */
  serviceRequestIds?: string[] | undefined;
  serviceCodes?: string[] | undefined;
  statuses?: Open311Status[] | undefined;
  start: Date;
  end: Date;
  page: number;
  pageSize: number;
}

const isOpen = (status: CaseStatus) => openStatuses.includes(status);

const notes: Record<NotesLanguage, Record<CaseStatus, (unit: string) => string>> = {
  'zh-CN': {
    submitted: (unit) => `已受理，等待${unit}签收`,
    accepted: (unit) => `${unit}已签收`,
    in_handling: (unit) => `${unit}正在办理`,
    joint_handling: (unit) => `${unit}牵头联合办理`,
    awaiting_resident: () => '等待反映人补充情况，办理时限暂停',
    returned: (unit) => `已退回${unit}，等待重新派单`,
    resolved: (unit) => `${unit}已答复，等待反映人评价`,
    rated: (unit) => `${unit}已答复，反映人已评价`,
    closed: () => '已办结',
  },
  en: {
    submitted: (unit) => `Received; waiting for ${unit} to accept it`,
    accepted: (unit) => `Accepted by ${unit}`,
    in_handling: (unit) => `Being handled by ${unit}`,
    joint_handling: (unit) => `Handled jointly, led by ${unit}`,
    awaiting_resident: () => 'Waiting for the resident to supply missing information; the time limit is paused',
    returned: (unit) => `Returned to ${unit} to be dispatched again`,
    resolved: (unit) => `${unit} replied; waiting for the resident's rating`,
    rated: (unit) => `${unit} replied and the resident rated the reply`,
    closed: () => 'Closed',
  },
};

function statusNotes(status: CaseStatus, unit: string, reply: string | null, language: NotesLanguage): string {
  const note = notes[language][status](unit);
  if (!reply || isOpen(status)) return note;
  return language === 'zh-CN' ? `${note}。答复：${reply}` : `${note}. Reply: ${reply}`;
}

const requestColumns = {
  id: cases.id,
  trackingCode: cases.trackingCode,
  kind: cases.kind,
  channel: cases.channel,
  urgency: cases.urgency,
  status: cases.status,
  round: cases.round,
  title: cases.title,
  description: cases.description,
  buildingId: cases.buildingId,
  address: cases.address,
  latitude: cases.latitude,
  longitude: cases.longitude,
  resolutionDueAt: cases.resolutionDueAt,
  createdAt: cases.createdAt,
  updatedAt: cases.updatedAt,
  resolvedAt: cases.resolvedAt,
  closedAt: cases.closedAt,
  category: { code: categories.code, level1: categories.level1, level2: categories.level2, level3: categories.level3 },
  holder: { id: units.id, name: units.name, kind: units.kind },
  timeZone: cities.timeZone,
};

type RequestRow = Awaited<ReturnType<typeof selectRequests>>[number];

function selectRequests(db: Database, where: SQL | undefined, page: { limit: number; offset: number }) {
  return db
    .select(requestColumns)
    .from(cases)
    .innerJoin(units, eq(units.id, cases.holderUnitId))
    .innerJoin(cities, eq(cities.id, cases.cityId))
    .leftJoin(categories, eq(categories.id, cases.categoryId))
    .where(where)
    .orderBy(desc(cases.createdAt), desc(cases.id))
    .limit(page.limit)
    .offset(page.offset);
}

/** The reply of each case's latest resolution, for the status notes of closed requests. */
async function latestReplies(db: Database, caseIds: string[]): Promise<Map<string, string>> {
  if (caseIds.length === 0) return new Map();
  const rows = await db
    .selectDistinctOn([caseEvents.caseId], { caseId: caseEvents.caseId, reply: sql<string | null>`${caseEvents.payload}->>'reply'` })
    .from(caseEvents)
    .where(and(inArray(caseEvents.caseId, caseIds), eq(caseEvents.type, 'resolved')))
    .orderBy(caseEvents.caseId, desc(caseEvents.seq));
  return new Map(rows.flatMap((row) => (row.reply ? [[row.caseId, row.reply] as const] : [])));
}

function toOpen311(row: RequestRow, reply: string | null, options: { language: NotesLanguage; extensions: boolean }): Open311Request {
  const at = (date: Date | null) => (date ? zonedIso(date, row.timeZone) : null);
  const open = isOpen(row.status);
  // For a closed request the specification wants the time it was closed.
  const updated = open ? row.updatedAt : (row.closedAt ?? row.resolvedAt ?? row.updatedAt);
  const request: Open311Request = {
    service_request_id: row.trackingCode,
    status: open ? 'open' : 'closed',
    status_notes: statusNotes(row.status, row.holder.name, reply, options.language),
    service_name: row.category?.level3 ?? (options.language === 'zh-CN' ? '其他诉求' : 'Other requests'),
    service_code: row.category?.code ?? unclassifiedServiceCode,
    description: row.description,
    agency_responsible: row.holder.name,
    service_notice: null,
    requested_datetime: at(row.createdAt)!,
    updated_datetime: at(updated),
    expected_datetime: open ? at(row.resolutionDueAt) : null,
    address: row.address,
    address_id: row.buildingId,
    zipcode: null,
    lat: row.latitude,
    long: row.longitude,
    media_url: null,
  };
  if (options.extensions) {
    request.extended_attributes = {
      tracking_code: row.trackingCode,
      title: row.title,
      kind: row.kind,
      channel: row.channel,
      urgency: row.urgency,
      detailed_status: row.status,
      round: row.round,
      category: row.category ? { level1: row.category.level1, level2: row.category.level2, level3: row.category.level3 } : null,
      agency_responsible_id: row.holder.id,
      agency_responsible_kind: row.holder.kind,
      closed_datetime: at(row.closedAt),
    };
  }
  return request;
}

function scopeConditions(scope: Open311Scope): SQL[] {
  const conditions: SQL[] = [eq(cases.cityId, scope.cityId)];
  if (scope.unitId) conditions.push(sql`${units.path} @> ARRAY[${scope.unitId}]::text[]`);
  return conditions;
}

async function withReplies(db: Database, rows: RequestRow[], options: { language: NotesLanguage; extensions: boolean }) {
  const replies = await latestReplies(
    db,
    rows.filter((row) => !isOpen(row.status)).map((row) => row.id),
  );
  return rows.map((row) => toOpen311(row, replies.get(row.id) ?? null, options));
}

/** GET requests: the spec's filters, newest first, one page. */
export async function listOpen311Requests(
  db: Database,
  scope: Open311Scope,
  query: Open311RequestQuery,
  options: { language: NotesLanguage; extensions: boolean },
): Promise<Open311Request[]> {
  const conditions = scopeConditions(scope);
  if (query.serviceRequestIds) {
    conditions.push(inArray(cases.trackingCode, query.serviceRequestIds));
  } else {
    conditions.push(gte(cases.createdAt, query.start), lt(cases.createdAt, query.end));
    if (query.serviceCodes) {
      const codes = query.serviceCodes.filter((code) => code !== unclassifiedServiceCode);
      const byCode = codes.length > 0 ? inArray(categories.code, codes) : undefined;
      const unclassified = query.serviceCodes.includes(unclassifiedServiceCode) ? isNull(cases.categoryId) : undefined;
      conditions.push(or(byCode, unclassified) ?? sql`false`);
    }
    const statuses = new Set(query.statuses ?? []);
    if (statuses.size === 1) {
      conditions.push(statuses.has('open') ? inArray(cases.status, [...openStatuses]) : notInArray(cases.status, [...openStatuses]));
    }
  }
  const rows = await selectRequests(db, and(...conditions), { limit: query.pageSize, offset: (query.page - 1) * query.pageSize });
  return withReplies(db, rows, options);
}

/** GET a request: by its tracking code, within the scope; a 404 otherwise. */
export async function getOpen311Request(
  db: Database,
  scope: Open311Scope,
  serviceRequestId: string,
  options: { language: NotesLanguage; extensions: boolean },
): Promise<Open311Request> {
  const rows = await selectRequests(db, and(...scopeConditions(scope), eq(cases.trackingCode, serviceRequestId)), { limit: 1, offset: 0 });
  if (rows.length === 0) throw notFound(`service_request_id "${serviceRequestId}"`);
  return (await withReplies(db, rows, options))[0]!;
}

/**
 * GET a token: our requests are created at once, so the token of a request is its case id, and it
 * always resolves to the tracking code.
 */
export async function resolveOpen311Token(db: Database, scope: Open311Scope, token: string) {
  const conditions = [...scopeConditions(scope), eq(cases.id, token)];
  const [row] = await db
    .select({ trackingCode: cases.trackingCode })
    .from(cases)
    .innerJoin(units, eq(units.id, cases.holderUnitId))
    .where(and(...conditions));
  if (!row) throw notFound(`token "${token}"`);
  return { service_request_id: row.trackingCode, token };
}

export interface Open311Submission {
  cityId: string;
  categoryId: string | null;
  kind: CaseKind;
  urgency: Urgency;
  title: string | null;
  description: string;
  address: string | null;
  buildingId: string | null;
  latitude: number | null;
  longitude: number | null;
  contact: { name: string | null; phone: string | null } | null;
  language: NotesLanguage;
}

/** POST a request: files the case (channel `open311`) and says what happens next. */
export async function submitOpen311Request(deps: AppDependencies, submission: Open311Submission, idempotencyKey: string | null) {
  const result = await submitCase(deps, {
    cityId: submission.cityId,
    idempotencyKey,
    input: {
      kind: submission.kind,
      channel: 'open311',
      urgency: submission.urgency,
      categoryId: submission.categoryId,
      buildingId: submission.buildingId,
      address: submission.address,
      latitude: submission.latitude,
      longitude: submission.longitude,
      title: submission.title,
      description: submission.description,
      contact: submission.contact,
      language: submission.language,
    },
  });
  const { db } = deps.database;
  const [row] = await selectRequests(db, eq(cases.trackingCode, result.body.trackingCode), { limit: 1, offset: 0 });
  const request = toOpen311(row!, null, { language: submission.language, extensions: false });
  const due = request.expected_datetime;
  const notice =
    submission.language === 'zh-CN'
      ? `${request.agency_responsible}将签收办理${due ? `，办结时限 ${due}` : ''}。查询码 ${request.service_request_id}。`
      : `${request.agency_responsible} will accept and handle it${due ? `, to be resolved by ${due}` : ''}. Tracking code ${request.service_request_id}.`;
  return {
    created: { service_request_id: request.service_request_id, token: row!.id, service_notice: notice, account_id: null },
    trackingUrl: result.body.trackingUrl,
    replayed: result.replayed,
  };
}
