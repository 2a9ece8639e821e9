import { randomBytes } from 'node:crypto';
import type { UnitKind } from '@huying/core';
import pino from 'pino';
import { createApp } from '../app.js';
import { installCity, type CitySpec, type InstalledCity } from '../city/install.js';
import { FakeClock, type Clock } from '../clock.js';
import type { AppDependencies } from '../context.js';
import type { DatabaseHandle } from '../db/client.js';
import { openTestDatabase } from './database.js';
import type { StaffRole } from '../db/schema/index.js';
import { createStaffAccount } from '../services/staff.js';

/** A small city with every kind of unit, enough to walk a case through the whole loop. */
const unitTree: { key: string; kind: UnitKind; name: string; parentKey: string | null; role: StaffRole }[] = [
  { key: 'city', kind: 'city', name: '指挥中心', parentKey: null, role: 'dispatcher' },
  { key: 'street-a', kind: 'street', name: '泉山街道', parentKey: 'city', role: 'street_staff' },
  { key: 'street-b', kind: 'street', name: '温泉街道', parentKey: 'city', role: 'street_staff' },
  { key: 'community-a1', kind: 'community', name: '东晟社区', parentKey: 'street-a', role: 'community_staff' },
  { key: 'community-b1', kind: 'community', name: '金晖社区', parentKey: 'street-b', role: 'community_staff' },
  { key: 'grid-a1-1', kind: 'grid', name: '东晟社区第一网格', parentKey: 'community-a1', role: 'grid_member' },
  { key: 'grid-b1-1', kind: 'grid', name: '金晖社区第一网格', parentKey: 'community-b1', role: 'grid_member' },
  { key: 'dept-water', kind: 'department', name: '市水务局', parentKey: 'city', role: 'department_handler' },
  { key: 'dept-housing', kind: 'department', name: '市住房和城乡建设局', parentKey: 'city', role: 'department_handler' },
  { key: 'property-a1', kind: 'property', name: '美顺物业', parentKey: 'community-a1', role: 'property_manager' },
];

export type TestUnitKey = (typeof unitTree)[number]['key'];

export interface TestCity extends InstalledCity {
  unit(key: string): string;
  building(key: string): string;
  category(code: string): string;
  /** A bearer token for a staff member of each unit. */
  tokens: Map<string, string>;
  /** `Authorization` and city headers for staff of a unit. */
  staffHeaders(key: string): Record<string, string>;
  cityHeaders: Record<string, string>;
}

export function testCitySpec(cityId: string): CitySpec {
  return {
    city: { id: cityId, name: '测试市', nameEn: 'Test City', province: '山东省', timeZone: 'Asia/Shanghai', hotline: '12345' },
    units: unitTree.map(({ key, kind, name, parentKey }) => ({ key, kind, name, parentKey, phones: [{ label: '值班电话', number: '0535-8212345' }] })),
    buildings: [
      { key: 'liangjingyuan-3', name: '丽景苑3号楼', address: '温泉街道金晖社区丽景苑3号楼', gridKey: 'grid-b1-1', propertyKey: null, latitude: 37.36, longitude: 120.4 },
      { key: 'dongsheng-1', name: '东晟小区1号楼', address: '泉山街道东晟社区东晟小区1号楼', gridKey: 'grid-a1-1', propertyKey: 'property-a1' },
    ],
    categories: [
      { code: '01.01.01', level1: '城乡建设', level2: '城市建设和市政管理', level3: '城管执法' },
      { code: '01.02.01', level1: '城乡建设', level2: '物业管理', level3: '物业服务', ownerKey: null },
      { code: '02.01.01', level1: '城乡建设', level2: '供水', level3: '供水管网', ownerKey: 'dept-water' },
    ],
  };
}

/** Installs a fresh city with a random id, plus one staff token per unit. */
export async function createTestCity(database: DatabaseHandle): Promise<TestCity> {
  const cityId = `t-${randomBytes(6).toString('hex')}`;
  const installed = await installCity(database.db, testCitySpec(cityId));
  const tokens = new Map<string, string>();
  for (const unit of unitTree) {
    const { token } = await createStaffAccount(database.db, {
      cityId,
      unitId: installed.unitIds.get(unit.key)!,
      role: unit.role,
      displayName: `${unit.name}工作人员`,
    });
    tokens.set(unit.key, token);
  }
  const lookup = (map: Map<string, string>, what: string) => (key: string) => {
    const id = map.get(key);
    if (!id) throw new Error(`no test ${what} ${key}`);
    return id;
  };
  return {
    ...installed,
    unit: lookup(installed.unitIds, 'unit'),
    building: lookup(installed.buildingIds, 'building'),
    category: lookup(installed.categoryIds, 'category'),
    tokens,
    staffHeaders: (key) => ({ authorization: `Bearer ${lookup(tokens, 'token')(key)}`, 'content-type': 'application/json' }),
    cityHeaders: { 'huying-city': cityId, 'content-type': 'application/json' },
  };
}

/** The app wired to a test database, a fake clock and a silent logger. */
export function createTestApp(
  database: DatabaseHandle,
  options: { clock?: Clock; bodyLimitBytes?: number; requestDeadlineMs?: number; trackingCodes?: AppDependencies['trackingCodes'] } = {},
) {
  const deps: AppDependencies = {
    database,
    clock: options.clock ?? new FakeClock('2026-03-02T09:00:00+08:00'),
    logger: pino({ level: 'silent' }),
    defaultCityId: 'zhaoyuan',
    publicUrl: 'http://huying.test',
    bodyLimitBytes: options.bodyLimitBytes ?? 64 * 1024,
    ...(options.requestDeadlineMs ? { requestDeadlineMs: options.requestDeadlineMs } : {}),
    ...(options.trackingCodes ? { trackingCodes: options.trackingCodes } : {}),
  };
  return { app: createApp(deps), deps };
}

/** The usual start of a test file: a test database with a fresh city, and the app on it. */
export async function startTestCity(options: { clock?: Clock; bodyLimitBytes?: number } = {}) {
  const database = await openTestDatabase();
  const city = await createTestCity(database);
  const { app, deps } = createTestApp(database, options);
  return { database, city, app, deps };
}
