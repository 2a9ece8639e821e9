import { addDays, instantAt, localDateTime, type LocalDate } from '@huying/core';
import { and, eq, gte, inArray, lt } from 'drizzle-orm';
import { stableId } from '../../city/ids.js';
import type { Database } from '../../db/client.js';
import { cities, rosterShifts, staffAccounts } from '../../db/schema/index.js';
import { createStaffAccount } from '../staff.js';
import { saveRota } from './roster.js';

/** The demo city's information officers, who answer consultations around the clock. */
const demoOfficers = ['王敏', '李强', '张华', '刘洋'];
/** Three eight-hour shifts a day, local time, midnight to midnight. */
const demoSlots = [
  { start: '00:00', end: '08:00' },
  { start: '08:00', end: '16:00' },
  { start: '16:00', end: '00:00' },
];

export interface DemoRosterReport {
  /** Tokens of officers created by this run (shown once). */
  newTokens: Record<string, { unit: string; role: 'information_officer'; token: string }>;
  /** Days planned by this run. */
  daysPlanned: number;
}

/**
 * Gives the demo city four information officers in its command centre and a rota for the next
 * `days` days from `today`, idempotently: officers are created once, and only days without any
 * shift are planned, so running the seed again extends the rota without touching what is there.
 */
export async function seedDemoRoster(db: Database, input: { cityId: string; commandCentreUnitId: string; unitName: string; now: Date; days: number }): Promise<DemoRosterReport> {
  const ids = demoOfficers.map((_, index) => stableId(input.cityId, 'staff', `information-officer-${index + 1}`));
  const existing = new Set((await db.select({ id: staffAccounts.id }).from(staffAccounts).where(inArray(staffAccounts.id, ids))).map((row) => row.id));
  const newTokens: DemoRosterReport['newTokens'] = {};
  for (const [index, name] of demoOfficers.entries()) {
    if (existing.has(ids[index]!)) continue;
    const { token } = await createStaffAccount(db, {
      accountId: ids[index]!,
      cityId: input.cityId,
      unitId: input.commandCentreUnitId,
      role: 'information_officer',
      displayName: `信息员${name}`,
      tokenLabel: 'demo',
    });
    newTokens[`information-officer-${index + 1}`] = { unit: input.unitName, role: 'information_officer', token };
  }

  const [city] = await db.select({ timeZone: cities.timeZone }).from(cities).where(eq(cities.id, input.cityId));
  const timeZone = city?.timeZone ?? 'Asia/Shanghai';
  const today = localDateTime(input.now, timeZone).date as LocalDate;
  let daysPlanned = 0;
  for (let day = 0; day < input.days; day++) {
    const date = addDays(today, day);
    const [planned] = await db
      .select({ id: rosterShifts.id })
      .from(rosterShifts)
      .where(
        and(
          eq(rosterShifts.cityId, input.cityId),
          inArray(rosterShifts.accountId, ids),
          gte(rosterShifts.startsAt, instantAt(date, 0, timeZone)),
          lt(rosterShifts.startsAt, instantAt(addDays(date, 1), 0, timeZone)),
        ),
      )
      .limit(1);
    if (planned) continue;
    // Rotate who starts, so the officers take turns at the night shift day by day.
    const officers = ids.map((_, index) => ids[(index + day) % ids.length]!);
    await saveRota(db, { cityId: input.cityId, pattern: { from: date, days: 1, slots: demoSlots, officers }, replace: false, createdBy: ids[0]! });
    daysPlanned++;
  }
  return { newTokens, daysPlanned };
}
