import { roleNames, type StaffRole, type UnitKind } from '@huying/core';
import { and, asc, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import { stableId } from '../../city/ids.js';
import type { Database } from '../../db/client.js';
import { buildings, categories, cities, staffAccounts, units } from '../../db/schema/index.js';
import { createStaffAccount } from '../staff.js';
import { demoPasswords } from './passwords.js';

/** The demo city's sign-in password for every demo login (README, docs/security.md). */
export const demoPassword = demoPasswords[0]!;

/** The demo sign-ins: one login per role, granted at the units around 金晖社区, the community the article names. */
const demoLogins: { login: string; role: StaffRole; unit: UnitKind }[] = [
  { login: 'dispatcher', role: 'dispatcher', unit: 'city' },
  { login: 'street', role: 'street_staff', unit: 'street' },
  { login: 'community', role: 'community_staff', unit: 'community' },
  { login: 'grid', role: 'grid_member', unit: 'grid' },
  { login: 'department', role: 'department_handler', unit: 'department' },
  { login: 'property', role: 'property_manager', unit: 'property' },
  { login: 'info', role: 'information_officer', unit: 'city' },
  { login: 'supervisor', role: 'supervisor', unit: 'city' },
  { login: 'admin', role: 'admin', unit: 'city' },
];

export interface DemoSignIn {
  login: string;
  role: StaffRole;
  roleName: string;
  unit: string;
}

type UnitRow = typeof units.$inferSelect;

/**
 * The units the demo logins work at: the command centre, 金晖社区 with its street and its first
 * grid, the property company managing most of that community's buildings, and the department
 * owning the most request categories (the one the command centre dispatches to most). Falls back
 * to the first unit of the kind when the demo data lacks one.
 */
async function demoUnits(db: Database, cityId: string): Promise<Partial<Record<UnitKind, UnitRow>>> {
  const all = await db.select().from(units).where(eq(units.cityId, cityId)).orderBy(asc(units.name));
  const first = (kind: UnitKind, where: (unit: UnitRow) => boolean = () => true) => all.find((unit) => unit.kind === kind && where(unit)) ?? all.find((unit) => unit.kind === kind);
  const community = first('community', (unit) => unit.name === '金晖社区');
  const inCommunity = (unit: UnitRow) => (community ? unit.path.includes(community.id) : true);
  const grids = all.filter((unit) => unit.kind === 'grid' && inCommunity(unit)).map((unit) => unit.id);
  const [property] = grids.length
    ? await db
        .select({ id: buildings.propertyUnitId, count: sql<number>`count(*)::int` })
        .from(buildings)
        .where(and(eq(buildings.cityId, cityId), inArray(buildings.gridUnitId, grids), isNotNull(buildings.propertyUnitId)))
        .groupBy(buildings.propertyUnitId)
        .orderBy(sql`count(*) DESC`, asc(buildings.propertyUnitId))
        .limit(1)
    : [];
  const [department] = await db
    .select({ id: categories.ownerUnitId })
    .from(categories)
    .where(and(eq(categories.cityId, cityId), isNotNull(categories.ownerUnitId)))
    .groupBy(categories.ownerUnitId)
    .orderBy(sql`count(*) DESC`, asc(categories.ownerUnitId))
    .limit(1);
  return {
    city: first('city'),
    street: first('street', (unit) => community?.parentId === unit.id),
    community,
    grid: first('grid', inCommunity),
    department: first('department', (unit) => unit.id === department?.id),
    property: first('property', (unit) => unit.id === property?.id),
  };
}

/**
 * Marks the city as the demo city and gives it a sign-in for every role, all with the published
 * demo password (which is refused in any other city). Idempotent: existing logins are kept as
 * they are, so a password changed in the demo stays changed.
 */
export async function seedDemoSignIns(db: Database, cityId: string): Promise<DemoSignIn[]> {
  await db.update(cities).set({ demo: true }).where(eq(cities.id, cityId));
  const unitOf = await demoUnits(db, cityId);
  const existing = new Set(
    (await db.select({ login: staffAccounts.login }).from(staffAccounts).where(and(eq(staffAccounts.cityId, cityId), inArray(staffAccounts.login, demoLogins.map((entry) => entry.login))))).map(
      (row) => row.login,
    ),
  );
  const signIns: DemoSignIn[] = [];
  for (const entry of demoLogins) {
    const unit = unitOf[entry.unit];
    if (!unit) continue;
    if (!existing.has(entry.login)) {
      await createStaffAccount(db, {
        accountId: stableId(cityId, 'demo-sign-in', entry.login),
        cityId,
        unitId: unit.id,
        role: entry.role,
        displayName: `${unit.name}${roleNames[entry.role]['zh-CN']}（演示）`,
        login: entry.login,
        password: demoPassword,
        tokenLabel: 'demo sign-in',
      });
    }
    signIns.push({ login: entry.login, role: entry.role, roleName: roleNames[entry.role]['zh-CN'], unit: unit.name });
  }
  return signIns;
}
