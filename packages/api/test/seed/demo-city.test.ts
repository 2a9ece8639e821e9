import { beforeAll, describe, expect, it } from 'vitest';
import { checkUnitPlacement, childPath, normalizePhone, type UnitKind, type UnitRef } from '@huying/core';
import { zhaoyuanBounds } from '../../src/seed/buildings.js';
import { buildDemoCity, defaultDataDir, type DemoCity } from '../../src/seed/demo-city.js';
import { replayDemoCase, UnitDirectory } from '../../src/seed/replay.js';
import { readSourceData } from '../../src/seed/sources.js';
import { summarizeDemoCity, type DemoCitySummary } from '../../src/seed/summary.js';

const now = new Date('2026-03-02T09:00:00.000Z');
const dataDir = defaultDataDir();
const day = 24 * 60 * 60 * 1000;

let demo: DemoCity;
let summary: DemoCitySummary;
let departmentNames: string[];

beforeAll(async () => {
  demo = await buildDemoCity({ dataDir, scale: 'demo', now });
  summary = summarizeDemoCity(demo);
  departmentNames = (await readSourceData(dataDir)).departments;
}, 60_000);

describe('buildDemoCity', () => {
  it('is deterministic: the same options give the same city, byte for byte', async () => {
    const again = await buildDemoCity({ dataDir, scale: 'demo', now });
    expect(JSON.stringify(again)).toBe(JSON.stringify(demo));
  }, 30_000);

  it('gives another city for another seed', async () => {
    const other = await buildDemoCity({ dataDir, scale: 'demo', now, seed: 7 });
    expect(JSON.stringify(other.buildings)).not.toBe(JSON.stringify(demo.buildings));
    expect(other.categories).toEqual(demo.categories);
  }, 30_000);

  it('describes Zhaoyuan', () => {
    expect(demo.city).toMatchObject({ id: 'zhaoyuan', name: '招远市', province: '山东省', timeZone: 'Asia/Shanghai' });
    expect(demo.city.hotline).toMatch(/^\d+$/);
  });
});

describe('the org chart', () => {
  const byKey = () => new Map(demo.units.map((unit) => [unit.key, unit]));

  it('has one command centre, the real streets, hundreds of grids and every department', () => {
    const count = (kind: UnitKind) => summary.unitsByKind[kind] ?? 0;
    expect(count('city')).toBe(1);
    expect(demo.units[0]).toMatchObject({ kind: 'city', name: '招远市党建引领城市治理指挥中心', parentKey: null });
    const streets = demo.units.filter((unit) => unit.kind === 'street').map((unit) => unit.name);
    expect(streets).toEqual(expect.arrayContaining(['泉山街道', '温泉街道', '罗峰街道', '梦芝街道', '大秦家街道']));
    expect(count('community')).toBeGreaterThanOrEqual(40);
    expect(count('grid')).toBeGreaterThanOrEqual(200);
    expect(count('department')).toBe(departmentNames.length);
    expect(count('property')).toBeGreaterThanOrEqual(20);
  });

  it('keeps the article\'s communities under their streets', () => {
    const units = byKey();
    const streetOf = (name: string) => {
      const community = demo.units.find((unit) => unit.name === name);
      return community?.parentKey ? units.get(community.parentKey)?.name : undefined;
    };
    expect(streetOf('东晟社区')).toBe('泉山街道');
    expect(streetOf('金晖社区')).toBe('温泉街道');
    expect(demo.buildings.some((building) => building.name.startsWith('丽景苑') && building.address.includes('温泉街道'))).toBe(true);
  });

  it('lists every parent before its children, each placed where the core allows', () => {
    const placed = new Map<string, UnitRef>();
    for (const unit of demo.units) {
      expect(placed.has(unit.key), `duplicate key ${unit.key}`).toBe(false);
      const parent = unit.parentKey === null ? null : placed.get(unit.parentKey);
      expect(parent, `${unit.key} comes before its parent`).not.toBeUndefined();
      expect(checkUnitPlacement(unit.kind, parent ?? null)).toBeNull();
      placed.set(unit.key, { id: unit.key, kind: unit.kind, parentId: unit.parentKey, path: childPath(parent ?? null, unit.key) });
    }
  });

  it('names units uniquely under each parent', () => {
    const seen = new Set(demo.units.map((unit) => `${unit.parentKey}/${unit.name}`));
    expect(seen.size).toBe(demo.units.length);
  });

  it('gives departments their phones from the service guides, without repeats', () => {
    const departments = demo.units.filter((unit) => unit.kind === 'department');
    expect(departments.filter((unit) => unit.phones.length > 0).length).toBeGreaterThan(departments.length * 0.8);
    for (const unit of departments) {
      const entries = unit.phones.map((phone) => `${phone.label}:${phone.number}`);
      expect(new Set(entries).size).toBe(entries.length);
      for (const phone of unit.phones) expect(phone.number).toMatch(/^(0\d{2,3}-\d{5,8}(-\d{1,5})?|400-\d{3}-\d{4}|(12|95)\d{3,4})$/);
    }
  });
});

describe('buildings', () => {
  it('number in the thousands at demo scale', () => {
    expect(demo.buildings.length).toBeGreaterThanOrEqual(2000);
    expect(demo.buildings.length).toBeLessThanOrEqual(3000);
  });

  it('each stand in an existing grid, many with a property company near them, inside Zhaoyuan', () => {
    const units = new Map(demo.units.map((unit) => [unit.key, unit]));
    const keys = new Set<string>();
    for (const building of demo.buildings) {
      keys.add(building.key);
      const grid = units.get(building.gridKey);
      expect(grid?.kind).toBe('grid');
      expect(building.name).toMatch(/\d+号楼$/);
      expect(building.address).toMatch(/^招远市/);
      if (building.propertyKey !== null) {
        const property = units.get(building.propertyKey);
        expect(property?.kind).toBe('property');
        const community = grid?.parentKey ? units.get(grid.parentKey) : undefined;
        expect([community?.key, community?.parentKey]).toContain(property?.parentKey);
      }
      expect(building.latitude).toBeGreaterThanOrEqual(zhaoyuanBounds.south);
      expect(building.latitude).toBeLessThanOrEqual(zhaoyuanBounds.north);
      expect(building.longitude).toBeGreaterThanOrEqual(zhaoyuanBounds.west);
      expect(building.longitude).toBeLessThanOrEqual(zhaoyuanBounds.east);
    }
    expect(keys.size).toBe(demo.buildings.length);
    expect(summary.buildingsWithProperty).toBeGreaterThan(demo.buildings.length / 2);
  });
});

describe('categories', () => {
  it('are all 517 taxonomy rows with stable, unique codes', () => {
    expect(demo.categories).toHaveLength(517);
    expect(new Set(demo.categories.map((category) => category.code)).size).toBe(517);
    for (const category of demo.categories) expect(category.code).toMatch(/^\d{2}\.\d{2}\.\d{2}$/);
    expect(demo.categories[0]).toMatchObject({ code: '01.01.01', level1: '城乡建设', level2: '安全生产', level3: '事故处理' });
  });

  it('name only departments as owners', () => {
    const departments = new Set(demo.units.filter((unit) => unit.kind === 'department').map((unit) => unit.key));
    for (const category of demo.categories) if (category.ownerKey !== null) expect(departments.has(category.ownerKey)).toBe(true);
    expect(demo.categories.find((category) => category.level3 === '物业服务')?.ownerKey).toBeNull();
  });
});

describe('cases', () => {
  it('number a few thousand, mostly from the replied messages', () => {
    expect(demo.cases.length).toBeGreaterThanOrEqual(2500);
    expect(demo.cases.length).toBeLessThanOrEqual(4000);
    expect(new Set(demo.cases.map((demoCase) => demoCase.key)).size).toBe(demo.cases.length);
    for (const demoCase of demo.cases) expect(demoCase.key).toMatch(/^msg-\d+$/);
  });

  it('refer to existing categories, buildings and intake units', () => {
    const codes = new Set(demo.categories.map((category) => category.code));
    const buildings = new Map(demo.buildings.map((building) => [building.key, building]));
    const owned = new Set(demo.categories.filter((category) => category.ownerKey !== null).map((category) => category.code));
    for (const demoCase of demo.cases) {
      expect(codes.has(demoCase.categoryCode)).toBe(true);
      const building = demoCase.buildingKey === null ? null : buildings.get(demoCase.buildingKey);
      expect(building).not.toBeUndefined();
      if (building) expect(demoCase.address).toBe(building.address);
      // A case lands at its building's grid, or at the command centre for departmental matters.
      expect([building?.gridKey, 'city']).toContain(demoCase.intakeUnitKey);
      if (owned.has(demoCase.categoryCode)) expect(demoCase.intakeUnitKey).toBe('city');
    }
  });

  it('replay legally through the core state machine, step by step', () => {
    const directory = new UnitDirectory(demo.units);
    for (const demoCase of demo.cases) {
      const { events } = replayDemoCase(demoCase, directory);
      expect(events).toHaveLength(demoCase.steps.length);
    }
  });

  it('lie in the last six months, steps in time order, nothing in the future', () => {
    for (const demoCase of demo.cases) {
      const createdAt = Date.parse(demoCase.createdAt);
      expect(createdAt).toBeLessThanOrEqual(now.getTime());
      expect(createdAt).toBeGreaterThan(now.getTime() - 190 * day);
      let previous = createdAt;
      for (const step of demoCase.steps) {
        const at = Date.parse(step.at);
        expect(at).toBeGreaterThanOrEqual(previous);
        expect(at).toBeLessThanOrEqual(now.getTime());
        previous = at;
      }
    }
  });

  it('keep the time-of-day feel: most cases arrive in the daytime', () => {
    const shanghaiHour = (iso: string) => (new Date(iso).getUTCHours() + 8) % 24;
    const daytime = demo.cases.filter((demoCase) => shanghaiHour(demoCase.createdAt) >= 7 && shanghaiHour(demoCase.createdAt) < 23);
    expect(daytime.length / demo.cases.length).toBeGreaterThan(0.85);
  });

  it('come through every channel: the QR sign most, then hotline, web, patrol, kiosk, counter, Open311', () => {
    const channels = Object.entries(summary.casesByChannel).sort((a, b) => b[1] - a[1]);
    expect(channels.map(([channel]) => channel)).toEqual(['qr', 'hotline', 'web', 'patrol', 'kiosk', 'counter', 'open311']);
  });

  it('are mostly complaints, help, consultations and suggestions, with a little praise', () => {
    for (const kind of ['complaint', 'help', 'consultation', 'suggestion', 'praise']) expect(summary.casesByKind[kind]).toBeGreaterThan(0);
    expect(summary.casesByKind.praise ?? 0).toBeLessThan(demo.cases.length * 0.02);
  });

  it('carry valid synthetic contact numbers, or none', () => {
    for (const demoCase of demo.cases) {
      if (demoCase.contactPhone !== null) expect(normalizePhone(demoCase.contactPhone)).toBe(demoCase.contactPhone);
      if (demoCase.contactName === null) expect(demoCase.contactPhone).toBeNull();
    }
  });

  it('read as Zhaoyuan cases: no anonymised main-city places left', () => {
    for (const demoCase of demo.cases) {
      expect(demoCase.title).not.toMatch(/A\d*市|A\d+[区县]|西地省/);
      expect(demoCase.description).not.toMatch(/A\d*市|A\d+[区县]|西地省/);
    }
  });

  it('are resolved with the real replies and show every move of the loop', () => {
    const resolved = demo.cases.filter((demoCase) => demoCase.steps.some((step) => step.command.type === 'resolve'));
    expect(resolved.length / demo.cases.length).toBeGreaterThan(0.75);
    const share = (type: keyof DemoCitySummary['casesWithStep']) => (summary.casesWithStep[type] ?? 0) / demo.cases.length;
    expect(share('accept')).toBeGreaterThan(0.8);
    expect(share('respond')).toBeGreaterThan(0.7);
    expect(share('escalate')).toBeGreaterThan(0.05);
    expect(share('dispatch')).toBeGreaterThan(0.3);
    expect(share('return')).toBeGreaterThan(0.02);
    expect(share('rule_return')).toBeGreaterThan(0.02);
    expect(share('start_joint')).toBeGreaterThan(0.02);
    expect(share('report_part')).toBeGreaterThan(0.02);
    expect(share('hold')).toBeGreaterThan(0.005);
    expect(share('reopen')).toBeGreaterThan(0.01);
    expect(share('close')).toBeGreaterThan(0.6);
  });

  it('leave some cases open in various states at `now`', () => {
    const open = ['submitted', 'accepted', 'in_handling', 'joint_handling', 'awaiting_resident', 'returned'] as const;
    expect(open.filter((status) => (summary.casesByStatus[status] ?? 0) > 0).length).toBeGreaterThanOrEqual(5);
    const stillOpen = open.reduce((sum, status) => sum + (summary.casesByStatus[status] ?? 0), 0);
    expect(stillOpen / demo.cases.length).toBeGreaterThan(0.05);
    expect(stillOpen / demo.cases.length).toBeLessThan(0.3);
    expect(summary.casesByStatus.resolved ?? 0).toBeGreaterThan(0);
    expect(summary.casesByStatus.closed ?? 0).toBeGreaterThan(demo.cases.length * 0.6);
  });

  it('are rated like the article\'s city: about 95.9 % satisfied first time, 99.6 % in the end', () => {
    expect(summary.firstTimeSatisfaction).toBeGreaterThan(0.94);
    expect(summary.firstTimeSatisfaction).toBeLessThan(0.975);
    expect(summary.finalSatisfaction).toBeGreaterThan(0.99);
  });
});

describe('the full scale', () => {
  it('signs 9,600+ buildings in hundreds of grids, and still replays legally', async () => {
    const full = await buildDemoCity({ dataDir, scale: 'full', now });
    expect(full.buildings.length).toBeGreaterThanOrEqual(9600);
    const fullSummary = summarizeDemoCity(full);
    expect(fullSummary.unitsByKind.grid ?? 0).toBeGreaterThan(summary.unitsByKind.grid ?? 0);
    const grids = new Set(full.units.filter((unit) => unit.kind === 'grid').map((unit) => unit.key));
    for (const building of full.buildings) expect(grids.has(building.gridKey)).toBe(true);
  }, 60_000);
});
