import { createHash } from 'node:crypto';
import {
  type Actor,
  createCaseSecret,
  createTrackingCode,
  normalizePhone,
  type CaseKind,
  type Channel,
  type Urgency,
} from '@huying/core';
import { eq } from 'drizzle-orm';
import type { AppDependencies, StaffPrincipal } from '../../context.js';
import type { Database } from '../../db/client.js';
import { insertBuiltOnce } from '../../db/prepared.js';
import { cases } from '../../db/schema/index.js';
import { invalid, ProblemError } from '../../http/problems.js';
import { claimResidentUploads } from '../attachments/attachments.js';
import { runOnce } from '../idempotency.js';
import { assignOnDutyOfficer } from '../roster/roster.js';
import { openRoutedCase } from '../routing/intake.js';
import { intakeConfig } from '../routing/intake-config.js';
import type { NamedUnitRef } from '../units.js';
import { appendCaseEvent } from './events.js';
import { resolvePlace } from './place.js';
import { stateColumns } from './state.js';
import { residentViewOf, type ResidentCaseView, type UnitSummary } from './views.js';

export interface SubmitCaseInput {
  kind: CaseKind;
  channel: Channel;
  urgency?: Urgency;
  categoryId?: string | null;
  buildingId?: string | null;
  address?: string | null;
  latitude?: number | null;
  longitude?: number | null;
  /** The token of a scanned sign: it sets the building and the channel `qr` (see resolvePlace). */
  qrToken?: string | null;
  title?: string | null;
  description: string;
  /** Uploads (POST /attachments) that become the case's attachments. */
  attachmentIds?: string[] | undefined;
  contact?: { name?: string | null; phone?: string | null } | null;
  language?: string;
}

export interface SubmittedCase {
  trackingCode: string;
  /** Shown to the resident once: it unlocks the case's details. Only its hash is stored. */
  secret: string;
  trackingUrl: string;
  case: ResidentCaseView;
}

/** The case row, inserted unless its tracking code is taken (then no row comes back). */
const insertCase = insertBuiltOnce(cases, { onConflictDoNothing: { target: cases.trackingCode } });

export const hashSecret = (caseId: string, secret: string) =>
  createHash('sha256').update(`${caseId}:${secret}`).digest('hex');

/** A short title for lists when the resident gave none: the description's first line, trimmed. */
function titleFrom(description: string): string {
  const firstLine = description.trim().split(/\r?\n/)[0] ?? '';
  return firstLine.length > 40 ? `${firstLine.slice(0, 40)}…` : firstLine;
}

/**
 * Files a case. A resident's case is routed by the city's intake rules; a staff `reporter` (a
 * grid member on patrol) files it at their own unit, channel `patrol`, as the first event's actor.
 */
export async function submitCase(
  deps: AppDependencies,
  { cityId, input, idempotencyKey, reporter }: { cityId: string; input: SubmitCaseInput; idempotencyKey: string | null; reporter?: StaffPrincipal },
): Promise<{ status: number; body: SubmittedCase; replayed: boolean }> {
  const { db } = deps.database;
  const phone = input.contact?.phone ? normalizePhone(input.contact.phone) : null;
  if (input.contact?.phone && !phone) {
    throw invalid('contact.phone', 'not a valid mainland China mobile or landline number');
  }

  // Committed configuration (cached per process: one small read when nothing changed) and the
  // place, read together before the transaction, which then holds a connection only for the
  // writes. A building removed in between fails the case's foreign key, not the resident's data.
  // Their refusals wait for `create`: a retry with an idempotency key replays the first answer
  // even if the building or category changed since.
  const read = await Promise.all([intakeConfig(db, cityId), resolvePlace(db, cityId, input)]).then(
    async ([config, place]) => ({ config, place, category: input.categoryId ? await config.category(input.categoryId, db) : null }),
    (error: unknown) => ({ error }),
  );
  const summary = (unit: NamedUnitRef): UnitSummary => ({ id: unit.id, name: unit.name, kind: unit.kind });

  const create = async (tx: Database) => {
    if ('error' in read) throw read.error;
    const { config, category, place: { building, channel } } = read;
    if (input.categoryId && !(category && category.cityId === cityId && category.active)) throw invalid('categoryId', 'no such category in this city');
    const now = deps.clock.now();
    const { intake, opened } = await openRoutedCase(config, tx, {
      cityId,
      kind: input.kind,
      urgency: input.urgency ?? 'normal',
      building,
      categoryId: input.categoryId ?? null,
      now,
      intakeUnitId: reporter?.unit.id,
    });
    const id = crypto.randomUUID();
    const secret = createCaseSecret();
    const trackingCode = (deps.trackingCodes ?? createTrackingCode)(now);
    const actor: Actor = reporter ? { type: 'staff', accountId: reporter.accountId, unit: reporter.unit } : { type: 'resident' };
    // The case row and its first event (with its notice and webhook deliveries) go out together,
    // in this order on the transaction's connection: one round trip, not two. When the tracking
    // code is taken, no row comes back and the event fails its foreign key; the transaction is
    // then tried again with a new code (below).
    const [inserted, appended, assigned] = await Promise.allSettled([
      insertCase(tx, {
        id,
        cityId,
        trackingCode,
        secretHash: hashSecret(id, secret),
        kind: input.kind,
        channel: reporter ? 'patrol' : (channel ?? input.channel),
        urgency: input.urgency ?? 'normal',
        categoryId: input.categoryId ?? null,
        buildingId: building?.id ?? null,
        address: input.address?.trim() || building?.address || null,
        latitude: input.latitude ?? building?.latitude ?? null,
        longitude: input.longitude ?? building?.longitude ?? null,
        title: input.title?.trim() || titleFrom(input.description),
        description: input.description.trim(),
        contactName: input.contact?.name?.trim() || null,
        contactPhone: phone,
        language: input.language ?? 'zh-CN',
        intakeUnitId: intake.id,
        ...stateColumns(opened.state),
        version: 1,
        createdAt: now,
        updatedAt: now,
      }),
      appendCaseEvent(tx, { caseId: id, cityId, trackingCode, seq: 1, event: opened.event, actor }),
      assignOnDutyOfficer(tx, { cityId, caseId: id, kind: input.kind, at: now }),
    ]);
    if (inserted.status === 'rejected') throw inserted.reason;
    if (inserted.value.length === 0) throw new TrackingCodeTaken();
    if (appended.status === 'rejected') throw appended.reason;
    if (assigned.status === 'rejected') throw assigned.reason;
    let [row] = inserted.value;
    const event = appended.value;
    // Claimed once the case row exists: the uploads then point at it.
    const attachments = await claimResidentUploads(tx, deps, { cityId, caseId: id, ids: input.attachmentIds ?? [], uploaderAccountId: reporter?.accountId });
    if (attachments.length > 0) [row] = await tx.update(cases).set({ attachments }).where(eq(cases.id, id)).returning();
    // The view residentView would read back, built from the rows just written and the cached units.
    const [holder, toUnit, fromUnit] = await Promise.all([
      config.unit(row!.holderUnitId, tx),
      config.unit(event.toUnitId, tx),
      event.fromUnitId ? config.unit(event.fromUnitId, tx) : null,
    ]);
    const view = residentViewOf(
      {
        case: row!,
        category: category && { id: category.id, code: category.code, level1: category.level1, level2: category.level2, level3: category.level3 },
        buildingName: building?.name ?? null,
        holder: summary(holder),
      },
      [{ event, toUnit: summary(toUnit), fromUnit: fromUnit && summary(fromUnit) }],
    );
    const body: SubmittedCase = {
      trackingCode,
      secret,
      trackingUrl: `${deps.publicUrl}/track/${trackingCode}?secret=${secret}`,
      case: view,
    };
    return { status: 201, body };
  };

  // Codes are random: on the rare collision, draw again rather than fail the resident.
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.transaction(async (tx) => {
        if (!idempotencyKey) return Object.assign(await create(tx), { replayed: false });
        // A reporter's keys are their own: two grid members may well pick the same one.
        const scope = reporter ? `patrol:create:${reporter.accountId}` : `cases:create:${cityId}`;
        return runOnce(tx, { scope, key: idempotencyKey, request: input }, () => create(tx));
      });
    } catch (error) {
      if (!(error instanceof TrackingCodeTaken)) throw error;
      if (attempt === maxTrackingCodeDraws) throw new ProblemError('service-unavailable', 'could not allocate a tracking code; please retry');
    }
  }
}

/** How many tracking codes a submission draws before it gives up (each a new transaction). */
const maxTrackingCodeDraws = 8;

/** The drawn tracking code belongs to another case: the transaction is rolled back and tried again. */
class TrackingCodeTaken extends Error {}
