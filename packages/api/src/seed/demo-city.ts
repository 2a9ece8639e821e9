/**
 * The demo city: Zhaoyuan (招远市) as the article describes it, built from the shared real data.
 * Pure and deterministic — the same options give the same city, byte for byte — so seeding a
 * database with it can be repeated without duplicates. Nothing here touches a database.
 */
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildBuildings } from './buildings.js';
import { buildHistory } from './history.js';
import { buildOrgChart, hotline } from './org-chart.js';
import { departmentPhones } from './phones.js';
import { extractEstateNames, extractPropertyCompanies } from './place-names.js';
import { Random } from './random.js';
import { UnitDirectory } from './replay.js';
import { readSourceData } from './sources.js';
import { buildCategories, CategoryMatcher } from './taxonomy.js';
import type { DemoCategory, DemoCity, DemoCityOptions, DemoScale } from './types.js';

export type * from './types.js';

export const defaultSeed = 2020;

/** The shared data folder, beside the repository: `<repo>/../shared/data`. */
export function defaultDataDir(): string {
  return resolve(dirname(fileURLToPath(import.meta.url)), '../../../../../shared/data');
}

/** Cases still open at `now` beyond the historical ones that are. */
const openCaseCounts: Record<DemoScale, number> = { demo: 320, full: 640 };

export async function buildDemoCity(options: DemoCityOptions): Promise<DemoCity> {
  const source = await readSourceData(options.dataDir);
  const random = new Random(options.seed ?? defaultSeed);

  const orgChart = buildOrgChart({
    scale: options.scale,
    random: random.fork('org-chart'),
    estateNames: extractEstateNames(source.messages),
    propertyCompanies: extractPropertyCompanies(source.messages),
    departments: source.departments,
    departmentPhones: departmentPhones(source.guides),
  });
  const buildings = buildBuildings(orgChart.communities, random.fork('buildings'));
  const categories = buildCategories(source.categories, orgChart.departmentKeyByName);

  const cases = buildHistory({
    random: random.fork('history'),
    now: options.now,
    openCaseCount: openCaseCounts[options.scale],
    messages: source.messages,
    categories,
    matcher: new CategoryMatcher(categories),
    units: orgChart.units,
    directory: new UnitDirectory(orgChart.units),
    buildings,
  });

  return {
    city: { id: 'zhaoyuan', name: '招远市', nameEn: 'Zhaoyuan', province: '山东省', timeZone: 'Asia/Shanghai', hotline },
    units: orgChart.units,
    buildings: buildings.map(({ key, name, address, gridKey, propertyKey, latitude, longitude }) => ({
      key,
      name,
      address,
      gridKey,
      propertyKey,
      latitude,
      longitude,
    })),
    categories: categories.map(({ code, level1, level2, level3, ownerKey }): DemoCategory => ({ code, level1, level2, level3, ownerKey })),
    cases,
  };
}
