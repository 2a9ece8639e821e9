import { createHash } from 'node:crypto';
import { createCaseSecret, defaultLoopPolicy, defaultSlaRules, luhnCheckDigit, openCase, type Actor, type CaseEvent, type UnitKind } from '@huying/core';
import { eq, inArray } from 'drizzle-orm';
import type { Database } from '../db/client.js';
import { caseEvents, cases, loopPolicies, routingRules, slaPolicies, staffAccounts, type StaffRole } from '../db/schema/index.js';
import { eventRow } from '../services/cases/events.js';
import { stateColumns } from '../services/cases/state.js';
import { hashSecret } from '../services/cases/submit.js';
import { createStaffAccount } from '../services/staff.js';
import { replayDemoCase, toActor, UnitDirectory } from '../seed/replay.js';
import type { DemoCase, DemoCity } from '../seed/types.js';
import { stableId } from './ids.js';
import { installCity } from './install.js';

/** The role a unit's demo account gets. */
const roleOfUnit: Record<UnitKind, StaffRole> = {
  city: 'dispatcher',
  street: 'street_staff',
  community: 'community_staff',
  grid: 'grid_member',
  department: 'department_handler',
  property: 'property_manager',
};

export interface SeedReport {
  cityId: string;
  units: number;
  buildings: number;
  categories: number;
  casesAdded: number;
  casesKept: number;
  /** Tokens of accounts created by this run, by unit key (earlier runs' tokens are not recoverable). */
  newTokens: Record<string, { unit: string; role: StaffRole; token: string }>;
}

/** A tracking code derived from the case's key, so a re-seed finds the same case under the same code. */
function demoTrackingCode(demoCase: DemoCase, timeZone: string, salt = 0): string {
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone, year: '2-digit', month: '2-digit' }).formatToParts(new Date(demoCase.createdAt));
  const yymm = `${parts.find((part) => part.type === 'year')?.value}${parts.find((part) => part.type === 'month')?.value}`;
  const digest = createHash('sha256').update(`${demoCase.key}:${salt}`).digest();
  const random = String(digest.readUInt32BE(0) % 10_000_000).padStart(7, '0');
  return `${yymm}${random}${luhnCheckDigit(yymm + random)}`;
}

const batches = <T>(items: T[], size: number) =>
  Array.from({ length: Math.ceil(items.length / size) }, (_, index) => items.slice(index * size, (index + 1) * size));

/**
 * Installs the demo city: its units, buildings and taxonomy, one staff account per unit, and the
 * historical cases with every event of their handling. Idempotent: what exists is kept.
 */
export async function seedDemoCity(db: Database, demo: DemoCity, onProgress?: (done: number, total: number) => void): Promise<SeedReport> {
  const cityId = demo.city.id;
  const installed = await installCity(db, demo);
  const unitId = (key: string) => installed.unitIds.get(key)!;
  const units = new UnitDirectory(demo.units, unitId);
  const accountIdOf = (unitKey: string) => stableId(cityId, 'staff', unitKey);

  // One account per unit, created once; its token is shown only by the run that creates it.
  const existingAccounts = new Set<string>();
  for (const batch of batches(demo.units.map((unit) => accountIdOf(unit.key)), 1000)) {
    const rows = await db.select({ id: staffAccounts.id }).from(staffAccounts).where(inArray(staffAccounts.id, batch));
    for (const row of rows) existingAccounts.add(row.id);
  }
  const newTokens: SeedReport['newTokens'] = {};
  for (const unit of demo.units) {
    if (existingAccounts.has(accountIdOf(unit.key))) continue;
    const role = roleOfUnit[unit.kind];
    const { token } = await createStaffAccount(db, {
      accountId: accountIdOf(unit.key),
      cityId,
      unitId: unitId(unit.key),
      role,
      displayName: `${unit.name}值班员`,
      tokenLabel: 'demo',
    });
    newTokens[unit.key] = { unit: unit.name, role, token };
  }

  const unitKeyById = new Map(demo.units.map((unit) => [unitId(unit.key), unit.key]));
  // The replay names staff by unit; the stored event names the unit's demo account.
  const actorFor = (actor: Actor): Actor =>
    actor.type === 'staff' ? { ...actor, accountId: accountIdOf(unitKeyById.get(actor.unit.id)!) } : actor;

  const caseIds = demo.cases.map((demoCase) => stableId(cityId, 'case', demoCase.key));
  const existingCases = new Set<string>();
  const usedCodes = new Set<string>();
  for (const batch of batches(caseIds, 1000)) {
    const rows = await db.select({ id: cases.id, code: cases.trackingCode }).from(cases).where(inArray(cases.id, batch));
    for (const row of rows) {
      existingCases.add(row.id);
      usedCodes.add(row.code);
    }
  }
  const pending = demo.cases.filter((_, index) => !existingCases.has(caseIds[index]!));
  let done = 0;
  for (const batch of batches(pending, 250)) {
    const caseRows: (typeof cases.$inferInsert)[] = [];
    const eventRows: (typeof caseEvents.$inferInsert)[] = [];
    // Tracking codes of other (non-demo) cases could collide with a derived code: check first.
    const candidates = batch.map((demoCase) => demoTrackingCode(demoCase, demo.city.timeZone));
    const taken = new Set(
      (await db.select({ code: cases.trackingCode }).from(cases).where(inArray(cases.trackingCode, candidates))).map((row) => row.code),
    );
    for (const demoCase of batch) {
      const id = stableId(cityId, 'case', demoCase.key);
      let trackingCode = demoTrackingCode(demoCase, demo.city.timeZone);
      for (let salt = 1; usedCodes.has(trackingCode) || taken.has(trackingCode); salt++) {
        trackingCode = demoTrackingCode(demoCase, demo.city.timeZone, salt);
      }
      usedCodes.add(trackingCode);
      const opened = openCase(demoCase.kind, unitId(demoCase.intakeUnitKey), demoCase.createdAt);
      const { state, events } = replayDemoCase(demoCase, units);
      const history: { event: CaseEvent; actor: Actor }[] = [
        {
          event: opened.event,
          // A grid member's patrol report is filed by the grid member, everything else by a resident.
          actor:
            demoCase.channel === 'patrol'
              ? { type: 'staff', accountId: accountIdOf(demoCase.intakeUnitKey), unit: units.byKey(demoCase.intakeUnitKey) }
              : { type: 'resident' },
        },
        ...events.map((event, index) => ({ event, actor: actorFor(toActor(demoCase.steps[index]!.actor, units)) })),
      ];
      const firstAt = (type: CaseEvent['type']) => history.find((entry) => entry.event.type === type)?.event.at;
      const lastAt = (type: CaseEvent['type']) => history.findLast((entry) => entry.event.type === type)?.event.at;
      const date = (iso: string | undefined) => (iso ? new Date(iso) : null);
      const building = demoCase.buildingKey ? demo.buildings.find((candidate) => candidate.key === demoCase.buildingKey) : undefined;
      caseRows.push({
        id,
        cityId,
        trackingCode,
        secretHash: hashSecret(id, createCaseSecret()),
        kind: demoCase.kind,
        channel: demoCase.channel,
        urgency: demoCase.urgency,
        categoryId: installed.categoryIds.get(demoCase.categoryCode) ?? null,
        buildingId: demoCase.buildingKey ? (installed.buildingIds.get(demoCase.buildingKey) ?? null) : null,
        address: demoCase.address ?? building?.address ?? null,
        latitude: building?.latitude ?? null,
        longitude: building?.longitude ?? null,
        title: demoCase.title,
        description: demoCase.description,
        contactName: demoCase.contactName,
        contactPhone: demoCase.contactPhone,
        intakeUnitId: unitId(demoCase.intakeUnitKey),
        ...stateColumns(state),
        version: history.length,
        createdAt: new Date(demoCase.createdAt),
        updatedAt: new Date(history.at(-1)!.event.at),
        acceptedAt: date(firstAt('accepted')),
        respondedAt: date(firstAt('responded')),
        resolvedAt: date(lastAt('resolved')),
        closedAt: date(lastAt('closed')),
      });
      history.forEach(({ event, actor }, index) => eventRows.push(eventRow({ caseId: id, cityId, seq: index + 1, event, actor })));
    }
    await db.transaction(async (tx) => {
      await tx.insert(cases).values(caseRows);
      for (const events of batches(eventRows, 1000)) await tx.insert(caseEvents).values(events);
    });
    done += batch.length;
    onProgress?.(done, pending.length);
  }

  await installDemoLoop(db, demo);

  return {
    cityId,
    units: demo.units.length,
    buildings: demo.buildings.length,
    categories: demo.categories.length,
    casesAdded: pending.length,
    casesKept: existingCases.size,
    newTokens,
  };
}

/**
 * The demo city's loop settings as rows of its own, so they can be looked at and edited through
 * the API: the default policy and time limits, and one intake rule (property services go to the
 * building's property company). Installed once; later edits are kept. The historical cases carry
 * no deadlines (they were replayed without a calendar) until their next move; new cases get them.
 */
async function installDemoLoop(db: Database, demo: DemoCity): Promise<void> {
  const cityId = demo.city.id;
  await db.insert(loopPolicies).values({ cityId, ...defaultLoopPolicy }).onConflictDoNothing();
  const [anyRule] = await db.select({ id: slaPolicies.id }).from(slaPolicies).where(eq(slaPolicies.cityId, cityId)).limit(1);
  if (!anyRule) {
    await db.insert(slaPolicies).values(defaultSlaRules.map((rule, position) => ({ id: stableId(cityId, 'sla-rule', rule.name), cityId, position, ...rule })));
  }
  const propertyServices = demo.categories.find((category) => category.level3 === '物业服务');
  const [anyRoutingRule] = await db.select({ id: routingRules.id }).from(routingRules).where(eq(routingRules.cityId, cityId)).limit(1);
  if (propertyServices && !anyRoutingRule) {
    await db.insert(routingRules).values({
      id: stableId(cityId, 'routing-rule', 'property-services'),
      cityId,
      position: 0,
      categoryCode: propertyServices.code,
      targetPlace: 'property',
      note: '物业服务类诉求直接交楼栋所属物业公司；无物业的楼栋仍交网格',
    });
  }
}
