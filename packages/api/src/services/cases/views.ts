import {
  maskPhone,
  openStatuses,
  type Attachment,
  type CaseEventType,
  type CaseKind,
  type CaseStatus,
  type Channel,
  type RatingLevel,
  type UnitKind,
  type Urgency,
} from '@huying/core';
import { asc, eq, getTableColumns } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Database } from '../../db/client.js';
import { buildings, caseEvents, cases, categories, units } from '../../db/schema/index.js';
import { notFound } from '../../http/problems.js';
import { citationLinks, type CitationLink } from '../kb/citations.js';
import type { CaseRow } from './state.js';

export interface UnitSummary {
  id: string;
  name: string;
  kind: UnitKind;
}

export interface CategorySummary {
  id: string;
  code: string;
  level1: string;
  level2: string;
  level3: string;
}

/** What anyone with the tracking code may see: where the case stands, nothing about who filed it. */
export interface CaseStatusView {
  trackingCode: string;
  kind: CaseKind;
  status: CaseStatus;
  open: boolean;
  createdAt: string;
  updatedAt: string;
}

export interface TimelineEntry {
  seq: number;
  type: CaseEventType;
  at: string;
  status: CaseStatus;
  unit: UnitSummary;
  fromUnit: UnitSummary | null;
  /** Text meant for the resident: a response, a visible note, the reply, what is needed from them. */
  message: string | null;
  attachments: Attachment[];
  rating: RatingLevel | null;
  /** The knowledge-base provisions a reply cites, each with the link to read it. */
  citations: CitationLink[];
}

/** What the resident who filed the case sees (with the secret). */
export interface ResidentCaseView extends CaseStatusView {
  title: string;
  description: string;
  channel: Channel;
  urgency: Urgency;
  category: CategorySummary | null;
  place: { buildingId: string | null; buildingName: string | null; address: string | null; latitude: number | null; longitude: number | null };
  holder: UnitSummary;
  attachments: Attachment[];
  contact: { name: string | null; phone: string | null } | null;
  round: number;
  rating: RatingLevel | null;
  timeline: TimelineEntry[];
}

export function statusView(row: Pick<CaseRow, 'trackingCode' | 'kind' | 'status' | 'createdAt' | 'updatedAt'>): CaseStatusView {
  return {
    trackingCode: row.trackingCode,
    kind: row.kind,
    status: row.status,
    open: openStatuses.includes(row.status),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

const toUnits = alias(units, 'to_units');
const fromUnits = alias(units, 'from_units');

export type EventWithUnits = Awaited<ReturnType<typeof loadEvents>>[number];

/** A case's events in order, with the names of the units they moved between. */
export async function loadEvents(db: Database, caseId: string) {
  return db
    .select({
      event: getTableColumns(caseEvents),
      toUnit: { id: toUnits.id, name: toUnits.name, kind: toUnits.kind },
      fromUnit: { id: fromUnits.id, name: fromUnits.name, kind: fromUnits.kind },
    })
    .from(caseEvents)
    .innerJoin(toUnits, eq(toUnits.id, caseEvents.toUnitId))
    .leftJoin(fromUnits, eq(fromUnits.id, caseEvents.fromUnitId))
    .where(eq(caseEvents.caseId, caseId))
    .orderBy(asc(caseEvents.seq));
}

/** The resident's words for one event; internal reasoning (return reasons, internal notes) stays out. */
function residentMessage(type: CaseEventType, reason: string | null, payload: Record<string, unknown>): string | null {
  const text = (key: string) => (typeof payload[key] === 'string' ? (payload[key] as string) : null);
  switch (type) {
    case 'responded':
      return text('message');
    case 'noted':
      return payload.visibleToResident === true ? text('message') : null;
    case 'resolved':
      return text('reply');
    case 'held':
      return reason;
    case 'rated':
      return text('comment');
    case 'reopened':
      return reason;
    default:
      return null;
  }
}

/** Supervision and warnings are the platform's internal accountability; residents see their case move, not them. */
const internalEvents: ReadonlySet<CaseEventType> = new Set(['deadline_warned', 'supervised', 'supervision_answered', 'extension_requested']);

function shownToResident(event: EventWithUnits['event']): boolean {
  if (internalEvents.has(event.type)) return false;
  if (event.type === 'noted') return event.payload.visibleToResident === true;
  // An approved extension is explained to the resident, as the hotline regulations require.
  if (event.type === 'extension_ruled') return event.payload.approved === true;
  return true;
}

export function residentTimeline(events: EventWithUnits[]): TimelineEntry[] {
  const extensionReasons = new Map<number, string>();
  let lastRequest: string | null = null;
  for (const { event } of events) {
    if (event.type === 'extension_requested') lastRequest = event.reason;
    if (event.type === 'extension_ruled' && lastRequest) extensionReasons.set(event.seq, lastRequest);
  }
  return events
    .filter(({ event }) => shownToResident(event))
    .map(({ event, toUnit, fromUnit }) => ({
      seq: event.seq,
      type: event.type,
      at: event.createdAt.toISOString(),
      status: event.toStatus,
      unit: toUnit,
      fromUnit: fromUnit && fromUnit.id ? (fromUnit as UnitSummary) : null,
      message: event.type === 'extension_ruled' ? (extensionReasons.get(event.seq) ?? null) : residentMessage(event.type, event.reason, event.payload),
      attachments: event.type === 'resolved' ? ((event.payload.attachments as Attachment[] | undefined) ?? []) : [],
      rating: event.type === 'rated' ? (event.payload.level as RatingLevel) : null,
      citations: event.type === 'resolved' ? citationLinks(event.payload.citations) : [],
    }));
}

/** Loads a case with its category, building and holder names. */
export async function loadCaseDetail(db: Database, caseId: string) {
  const [found] = await db
    .select({
      case: cases,
      category: { id: categories.id, code: categories.code, level1: categories.level1, level2: categories.level2, level3: categories.level3 },
      buildingName: buildings.name,
      holder: { id: units.id, name: units.name, kind: units.kind },
    })
    .from(cases)
    .innerJoin(units, eq(units.id, cases.holderUnitId))
    .leftJoin(categories, eq(categories.id, cases.categoryId))
    .leftJoin(buildings, eq(buildings.id, cases.buildingId))
    .where(eq(cases.id, caseId));
  if (!found) throw notFound('the case');
  return found;
}

export type CaseDetail = Awaited<ReturnType<typeof loadCaseDetail>>;

export async function residentView(db: Database, caseId: string): Promise<ResidentCaseView> {
  const [detail, events] = await Promise.all([loadCaseDetail(db, caseId), loadEvents(db, caseId)]);
  return residentViewOf(detail, events);
}

/** The resident's view of a case from its loaded detail and events. */
export function residentViewOf(detail: CaseDetail, events: EventWithUnits[]): ResidentCaseView {
  const row = detail.case;
  // Object.assign rather than a spread with properties after it: V8 (Node 20) keeps an object
  // built as { ...a, b, c } reachable for its young collections until the next full one, and with
  // it the request that built it (docs/performance.md, "What the young generation kept").
  return Object.assign(statusView(row), {
    title: row.title,
    description: row.description,
    channel: row.channel,
    urgency: row.urgency,
    category: detail.category?.id ? (detail.category as CategorySummary) : null,
    place: {
      buildingId: row.buildingId,
      buildingName: detail.buildingName,
      address: row.address,
      latitude: row.latitude,
      longitude: row.longitude,
    },
    holder: detail.holder,
    attachments: row.attachments,
    // The resident sees their own number masked too: the page may be on a shared screen.
    contact: row.contactName || row.contactPhone ? { name: row.contactName, phone: row.contactPhone && maskPhone(row.contactPhone) } : null,
    round: row.round,
    rating: row.rating,
    timeline: residentTimeline(events),
  });
}
