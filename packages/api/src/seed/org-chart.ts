/**
 * The organisation tree of the demo city, shaped like the article: one command centre, Zhaoyuan's
 * real streets and towns, communities under them (the article's 东晟社区 and 金晖社区 among them),
 * grids under the communities, the service-guide departments under the city, and property
 * companies under the street or community that supervises them.
 */
import { phoneLabels, syntheticLandline, syntheticMobile } from './phones.js';
import type { PropertyCompanyName } from './place-names.js';
import type { Random } from './random.js';
import type { DemoPhone, DemoScale, DemoUnit } from './types.js';

export interface StreetSpec {
  slug: string;
  name: string;
  nameEn: string;
  /** A town (镇) rather than an urban street (街道): fewer, larger communities, no property companies. */
  town: boolean;
  /** Approximate centre; the whole city lies around 37.36N 120.40E. */
  latitude: number;
  longitude: number;
  roads: string[];
}

export const cityUnitKey = 'city';
export const hotline = '12345';

/** The five urban streets of the city centre and the nine towns around it. */
export const zhaoyuanStreets: StreetSpec[] = [
  { slug: 'quanshan', name: '泉山街道', nameEn: 'Quanshan Subdistrict', town: false, latitude: 37.368, longitude: 120.386, roads: ['泉山路', '府前路', '北关路', '金城路'] },
  { slug: 'luofeng', name: '罗峰街道', nameEn: 'Luofeng Subdistrict', town: false, latitude: 37.352, longitude: 120.405, roads: ['罗峰路', '魁星路', '南关路', '兴华路'] },
  { slug: 'wenquan', name: '温泉街道', nameEn: 'Wenquan Subdistrict', town: false, latitude: 37.378, longitude: 120.428, roads: ['温泉路', '金晖路', '东关路', '迎宾路'] },
  { slug: 'mengzhi', name: '梦芝街道', nameEn: 'Mengzhi Subdistrict', town: false, latitude: 37.331, longitude: 120.398, roads: ['梦芝路', '初山路', '天府路', '文化路'] },
  { slug: 'daqinjia', name: '大秦家街道', nameEn: 'Daqinjia Subdistrict', town: false, latitude: 37.398, longitude: 120.362, roads: ['大秦家路', '招金路', '西关路', '金泉路'] },
  { slug: 'linglong', name: '玲珑镇', nameEn: 'Linglong Town', town: true, latitude: 37.405, longitude: 120.5, roads: ['玲珑路', '玲珑中街'] },
  { slug: 'jinling', name: '金岭镇', nameEn: 'Jinling Town', town: true, latitude: 37.455, longitude: 120.268, roads: ['金岭路', '金岭中街'] },
  { slug: 'xinzhuang', name: '辛庄镇', nameEn: 'Xinzhuang Town', town: true, latitude: 37.52, longitude: 120.335, roads: ['辛庄路', '辛庄中街'] },
  { slug: 'canzhuang', name: '蚕庄镇', nameEn: 'Canzhuang Town', town: true, latitude: 37.478, longitude: 120.215, roads: ['蚕庄路', '蚕庄中街'] },
  { slug: 'zhangxing', name: '张星镇', nameEn: 'Zhangxing Town', town: true, latitude: 37.305, longitude: 120.25, roads: ['张星路', '张星中街'] },
  { slug: 'biguo', name: '毕郭镇', nameEn: 'Biguo Town', town: true, latitude: 37.205, longitude: 120.455, roads: ['毕郭路', '毕郭中街'] },
  { slug: 'xiadian', name: '夏甸镇', nameEn: 'Xiadian Town', town: true, latitude: 37.175, longitude: 120.33, roads: ['夏甸路', '夏甸中街'] },
  { slug: 'fushan', name: '阜山镇', nameEn: 'Fushan Town', town: true, latitude: 37.262, longitude: 120.575, roads: ['阜山路', '阜山中街'] },
  { slug: 'qishan', name: '齐山镇', nameEn: 'Qishan Town', town: true, latitude: 37.292, longitude: 120.522, roads: ['齐山路', '齐山中街'] },
];

/** Communities the article names, kept with their street and, for 金晖社区, the estate it mentions. */
const namedCommunities: Record<string, { name: string; firstEstate?: string }> = {
  quanshan: { name: '东晟社区' },
  wenquan: { name: '金晖社区', firstEstate: '丽景苑' },
};

type Range = readonly [number, number];

interface ScaleShape {
  urbanCommunities: Range;
  townCommunities: Range;
  gridsPerCommunity: Range;
  buildingsPerGrid: Range;
  estateBuildings: Range;
  /** Grids are topped up until the city has at least this many buildings. */
  minimumBuildings: number;
}

const scaleShapes: Record<DemoScale, ScaleShape> = {
  demo: {
    urbanCommunities: [6, 9],
    townCommunities: [1, 2],
    gridsPerCommunity: [5, 7],
    buildingsPerGrid: [6, 10],
    estateBuildings: [6, 16],
    minimumBuildings: 2000,
  },
  // The article's city: 9,600+ signed buildings, 873 grid members.
  full: {
    urbanCommunities: [12, 16],
    townCommunities: [3, 5],
    gridsPerCommunity: [7, 10],
    buildingsPerGrid: [9, 13],
    estateBuildings: [12, 40],
    minimumBuildings: 9650,
  },
};

/** Up to 6 phases of an estate: the name list is reused with 二期, 三期… when a large city runs out. */
const phaseNames = ['', '二期', '三期', '四期', '五期', '六期'];

export interface EstatePlan {
  name: string;
  communityKey: string;
  streetKey: string;
  propertyKey: string | null;
  /** The grid of each building, in building-number order. */
  gridKeys: string[];
}

export interface CommunityPlan {
  key: string;
  name: string;
  street: StreetSpec;
  streetKey: string;
  gridKeys: string[];
  estates: EstatePlan[];
}

export interface OrgChart {
  units: DemoUnit[];
  communities: CommunityPlan[];
  departmentKeyByName: Map<string, string>;
}

export interface OrgChartInput {
  scale: DemoScale;
  random: Random;
  estateNames: readonly string[];
  propertyCompanies: readonly PropertyCompanyName[];
  departments: readonly string[];
  departmentPhones: ReadonlyMap<string, DemoPhone[]>;
}

const pad = (value: number, width = 2) => String(value).padStart(width, '0');
const inRange = (random: Random, [min, max]: Range) => random.int(min, max);

export function streetKey(street: StreetSpec): string {
  return `street-${street.slug}`;
}

export function buildOrgChart(input: OrgChartInput): OrgChart {
  const { random, scale } = input;
  const shape = scaleShapes[scale];
  const phones = random.fork('phones');

  const city: DemoUnit = {
    key: cityUnitKey,
    kind: 'city',
    name: '招远市党建引领城市治理指挥中心',
    nameEn: 'Zhaoyuan Urban Governance Command Centre',
    parentKey: null,
    phones: [
      { label: '服务热线', number: hotline },
      { label: phoneLabels.duty, number: syntheticLandline(phones) },
    ],
  };

  const departmentKeyByName = new Map<string, string>();
  const departments: DemoUnit[] = input.departments.map((name, index) => {
    const key = `department-${pad(index + 1, 3)}`;
    departmentKeyByName.set(name, key);
    return { key, kind: 'department', name, parentKey: cityUnitKey, phones: input.departmentPhones.get(name) ?? [] };
  });

  const streets: DemoUnit[] = zhaoyuanStreets.map((street) => ({
    key: streetKey(street),
    kind: 'street',
    name: street.name,
    nameEn: street.nameEn,
    parentKey: cityUnitKey,
    phones: [{ label: phoneLabels.duty, number: syntheticLandline(phones) }],
  }));

  const communities = planCommunities(shape, random.fork('communities'));
  fillEstates(communities, shape, input.estateNames, random.fork('estates'));
  nameCommunities(communities);

  const propertyUnits = placePropertyCompanies(communities, input.propertyCompanies, random.fork('property'), phones);

  const communityUnits: DemoUnit[] = communities.map((community) => ({
    key: community.key,
    kind: 'community',
    name: community.name,
    parentKey: community.streetKey,
    phones: [{ label: phoneLabels.duty, number: syntheticLandline(phones) }],
  }));
  const gridUnits: DemoUnit[] = communities.flatMap((community) =>
    community.gridKeys.map((key, index) => ({
      key,
      kind: 'grid' as const,
      name: `${community.name}第${index + 1}网格`,
      parentKey: community.key,
      phones: [{ label: '网格员电话', number: syntheticMobile(phones) }],
    })),
  );

  const byParentKind = (parentKind: 'street' | 'community') =>
    propertyUnits.filter((unit) => unit.parentKey?.startsWith(`${parentKind}-`));

  return {
    // Parents before children: each level after the one above it.
    units: [city, ...departments, ...streets, ...communityUnits, ...byParentKind('street'), ...gridUnits, ...byParentKind('community')],
    communities,
    departmentKeyByName,
  };
}

function planCommunities(shape: ScaleShape, random: Random): CommunityPlan[] {
  const communities: CommunityPlan[] = [];
  const gridSizes: number[][] = [];
  for (const street of zhaoyuanStreets) {
    const count = inRange(random, street.town ? shape.townCommunities : shape.urbanCommunities);
    for (let index = 1; index <= count; index++) {
      const key = `community-${street.slug}-${pad(index)}`;
      const gridCount = inRange(random, shape.gridsPerCommunity);
      communities.push({
        key,
        name: '',
        street,
        streetKey: streetKey(street),
        gridKeys: Array.from({ length: gridCount }, (_, grid) => `grid-${street.slug}-${pad(index)}-${pad(grid + 1)}`),
        estates: [],
      });
      gridSizes.push(Array.from({ length: gridCount }, () => inRange(random, shape.buildingsPerGrid)));
    }
  }
  // Top up grid by grid, round the city, until the city reaches its building count.
  let total = gridSizes.flat().reduce((sum, size) => sum + size, 0);
  for (let round = 0; total < shape.minimumBuildings; round++) {
    for (const sizes of gridSizes) {
      if (total >= shape.minimumBuildings) break;
      const grid = round % sizes.length;
      sizes[grid] = (sizes[grid] ?? 0) + 1;
      total++;
    }
  }
  communities.forEach((community, index) => {
    const sizes = gridSizes[index] ?? [];
    // The building slots of the community, grid after grid; estates fill them in order.
    community.estates = [
      {
        name: '',
        communityKey: community.key,
        streetKey: community.streetKey,
        propertyKey: null,
        gridKeys: community.gridKeys.flatMap((gridKey, grid) => Array.from({ length: sizes[grid] ?? 0 }, () => gridKey)),
      },
    ];
  });
  return communities;
}

/** Cuts each community's building slots into estates, named from the messages' estates. */
function fillEstates(communities: CommunityPlan[], shape: ScaleShape, estateNames: readonly string[], random: Random) {
  const reserved = new Set(Object.values(namedCommunities).flatMap((named) => (named.firstEstate ? [named.firstEstate] : [])));
  const names = random.shuffle(estateNames.filter((name) => !reserved.has(name)));
  let next = 0;
  const nextName = () => {
    const phase = phaseNames[Math.floor(next / names.length)];
    const name = names[next % names.length];
    if (phase === undefined || name === undefined) throw new Error('the city needs more estate names than the messages provide');
    next++;
    return `${name}${phase}`;
  };
  for (const community of communities) {
    const slots = community.estates[0]?.gridKeys ?? [];
    const estates: EstatePlan[] = [];
    const named = community.key.endsWith('-01') ? namedCommunities[community.street.slug] : undefined;
    let start = 0;
    while (start < slots.length) {
      let size = inRange(random, shape.estateBuildings);
      // A leftover too small to be an estate of its own joins the last one.
      if (slots.length - (start + size) < shape.estateBuildings[0] / 2) size = slots.length - start;
      const name = estates.length === 0 && named?.firstEstate ? named.firstEstate : nextName();
      estates.push({
        name,
        communityKey: community.key,
        streetKey: community.streetKey,
        propertyKey: null,
        gridKeys: slots.slice(start, start + size),
      });
      start += size;
    }
    community.estates = estates;
  }
}

/** Developers' brands open many estate names; a community is named after the estate, not the developer. */
const developerBrands = /^(中国|恒大|万达|万科|碧桂园|旭辉|保利|绿地|雅居乐|华润|建发|融创|金地|中建)/;

function communityStem(estateName: string): string {
  const stem = estateName.replace(estateSuffix, '');
  const withoutBrand = stem.replace(developerBrands, '');
  return (withoutBrand.length >= 2 ? withoutBrand : stem).slice(0, 2);
}

const estateSuffix = /(国际城|花园|家园|新村|公寓|华庭|佳苑|嘉园|雅苑|名苑|花城|新城|山庄|华府|苑|府|湾)(二期|三期|四期|五期|六期)?$/;

/**
 * A community takes its name from one of its estates (景香苑 → 景香社区), as many real ones do;
 * the article's two communities keep their names.
 */
function nameCommunities(communities: CommunityPlan[]) {
  const taken = new Set<string>(Object.values(namedCommunities).map((named) => named.name));
  for (const community of communities) {
    const named = community.key.endsWith('-01') ? namedCommunities[community.street.slug] : undefined;
    if (named) {
      community.name = named.name;
      continue;
    }
    const candidates = community.estates.map((estate) => `${communityStem(estate.name)}社区`);
    const fresh = candidates.find((name) => !taken.has(name));
    const name = fresh ?? ['新', '东', '西', '南', '北'].map((prefix) => `${prefix}${candidates[0] ?? '城区社区'}`).find((candidate) => !taken.has(candidate));
    community.name = name ?? `${community.street.name}第${community.key.slice(-2)}社区`;
    taken.add(community.name);
  }
}

/**
 * Property companies: a few supervised by an urban street, the rest by one of its communities.
 * Estates pick a company among those of their community and street; town estates and some
 * older urban ones have none, as in real cities.
 */
function placePropertyCompanies(
  communities: CommunityPlan[],
  companies: readonly PropertyCompanyName[],
  random: Random,
  phones: Random,
): DemoUnit[] {
  const urbanStreets = zhaoyuanStreets.filter((street) => !street.town);
  const urbanCommunities = random.shuffle(communities.filter((community) => !community.street.town));
  const streetLevel = urbanStreets.length * 2;
  const units: DemoUnit[] = companies.map((company, index) => {
    const parentKey =
      index < streetLevel
        ? streetKey(urbanStreets[index % urbanStreets.length] as StreetSpec)
        : (urbanCommunities[(index - streetLevel) % urbanCommunities.length]?.key ?? cityUnitKey);
    return {
      key: `property-${pad(index + 1)}`,
      kind: 'property',
      name: company.name,
      parentKey,
      phones: [{ label: '物业服务中心', number: syntheticLandline(phones) }],
    };
  });
  for (const community of communities) {
    const own = units.filter((unit) => unit.parentKey === community.key).map((unit) => unit.key);
    const street = units.filter((unit) => unit.parentKey === community.streetKey).map((unit) => unit.key);
    for (const estate of community.estates) {
      if (own.length + street.length === 0 || random.chance(0.15)) continue;
      estate.propertyKey = own.length > 0 && (street.length === 0 || random.chance(0.7)) ? random.pick(own) : random.pick(street);
    }
  }
  return units;
}
