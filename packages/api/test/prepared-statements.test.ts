import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../src/db/client.js';
import { insertBuiltOnce } from '../src/db/prepared.js';
import { cases } from '../src/db/schema/index.js';
import { createTestCity, openTestDatabase, type TestCity } from '../src/testing/index.js';

const insertCase = insertBuiltOnce(cases, { onConflictDoNothing: { target: cases.trackingCode } });

describe('an insert built once', () => {
  let database: DatabaseHandle;
  let city: TestCity;

  beforeAll(async () => {
    database = await openTestDatabase();
    city = await createTestCity(database);
  });
  afterAll(() => database.close());

  const row = (trackingCode: string, extra: Partial<typeof cases.$inferInsert> = {}): typeof cases.$inferInsert => ({
    id: crypto.randomUUID(),
    cityId: city.cityId,
    trackingCode,
    secretHash: 'f'.repeat(64),
    kind: 'complaint',
    channel: 'web',
    buildingId: city.building('dongsheng-1'),
    address: null,
    latitude: 37.36,
    title: '垃圾桶满了',
    description: '小区垃圾桶满了没人清运，气味很大。',
    intakeUnitId: city.unit('city'),
    status: 'submitted',
    holderUnitId: city.unit('city'),
    arrival: 'intake',
    joint: null,
    deadlines: [{ kind: 'accept', unitId: city.unit('city'), dueAt: '2026-11-30T02:00:00.000Z', warned: false }] as never,
    pausedAt: null,
    acceptDueAt: new Date('2026-11-30T02:00:00.000Z'),
    createdAt: new Date('2026-11-28T01:02:03.004Z'),
    updatedAt: new Date('2026-11-28T01:02:03.004Z'),
    ...extra,
  });

  it('stores and returns the row exactly as drizzle\'s own insert does: nulls, defaults, dates and JSON', async () => {
    const { db } = database;
    const mine = row(`PS${Date.now().toString(36)}A`, { urgency: undefined, pausedAt: null });
    const theirs = row(`PS${Date.now().toString(36)}B`, { urgency: undefined, pausedAt: null });
    const [returned] = await insertCase(db, mine);
    const [reference] = await db.insert(cases).values(theirs).returning();
    const [stored] = await db.select().from(cases).where(eq(cases.id, mine.id!));
    const comparable = (value: typeof cases.$inferSelect) => ({ ...value, id: null, trackingCode: null });
    expect(comparable(returned!)).toEqual(comparable(reference!));
    expect(comparable(stored!)).toEqual(comparable(reference!));
    expect(returned!.urgency).toBe('normal');
    expect(returned!.pausedAt).toBeNull();
    expect(returned!.acceptDueAt).toEqual(new Date('2026-11-30T02:00:00.000Z'));
    expect(returned!.deadlines).toEqual(mine.deadlines);
  });

  it('runs inside a transaction, with another set of columns, and returns nothing on a taken tracking code', async () => {
    const code = `PS${Date.now().toString(36)}C`;
    const outcome = await database.db.transaction(async (tx) => {
      const [first] = await insertCase(tx, row(code, { urgency: 'urgent', contactPhone: '13912345678' }));
      const second = await insertCase(tx, row(code));
      return { first, second };
    });
    expect(outcome.first!.urgency).toBe('urgent');
    expect(outcome.first!.contactPhone).toBe('13912345678');
    expect(outcome.second).toEqual([]);
    expect(await database.db.$count(cases, eq(cases.trackingCode, code))).toBe(1);
  });

  it('rolls back with its transaction', async () => {
    const code = `PS${Date.now().toString(36)}D`;
    await expect(
      database.db.transaction(async (tx) => {
        await insertCase(tx, row(code));
        throw new Error('abandoned');
      }),
    ).rejects.toThrow('abandoned');
    expect(await database.db.$count(cases, eq(cases.trackingCode, code))).toBe(0);
  });
});
