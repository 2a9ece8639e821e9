/**
 * Buildings (楼栋): every estate's buildings numbered 1…n (丽景苑3号楼), each in a grid of the
 * estate's community, with an address on one of the street's roads and coordinates around the
 * community inside Zhaoyuan.
 */
import type { CommunityPlan } from './org-chart.js';
import type { Random } from './random.js';
import type { DemoBuilding } from './types.js';

/** Zhaoyuan's extent; no coordinate falls outside it. */
export const zhaoyuanBounds = { south: 37.1, north: 37.54, west: 120.14, east: 120.62 } as const;

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));
const round6 = (value: number) => Math.round(value * 1e6) / 1e6;

export interface BuildingRecord extends DemoBuilding {
  estate: string;
  communityKey: string;
  streetKey: string;
  /** The street or town name, for addresses and texts. */
  streetName: string;
}

export function buildBuildings(communities: readonly CommunityPlan[], random: Random): BuildingRecord[] {
  const buildings: BuildingRecord[] = [];
  for (const community of communities) {
    const spread = community.street.town ? 0.03 : 0.016;
    const communityLatitude = community.street.latitude + random.between(-spread, spread);
    const communityLongitude = community.street.longitude + random.between(-spread, spread) * 1.25;
    for (const estate of community.estates) {
      const road = random.pick(community.street.roads);
      const number = random.int(1, 320);
      const estateLatitude = communityLatitude + random.between(-0.005, 0.005);
      const estateLongitude = communityLongitude + random.between(-0.006, 0.006);
      estate.gridKeys.forEach((gridKey, index) => {
        const name = `${estate.name}${index + 1}号楼`;
        buildings.push({
          key: `building-${String(buildings.length + 1).padStart(5, '0')}`,
          name,
          address: `招远市${community.street.name}${road}${number}号${name}`,
          gridKey,
          propertyKey: estate.propertyKey,
          latitude: round6(clamp(estateLatitude + random.between(-0.0012, 0.0012), zhaoyuanBounds.south, zhaoyuanBounds.north)),
          longitude: round6(clamp(estateLongitude + random.between(-0.0015, 0.0015), zhaoyuanBounds.west, zhaoyuanBounds.east)),
          estate: estate.name,
          communityKey: community.key,
          streetKey: community.streetKey,
          streetName: community.street.name,
        });
      });
    }
  }
  return buildings;
}
