import { eq } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { kbSettings } from '../../db/schema/index.js';
import { forgetCityContext } from './city-context.js';

export interface KbSettingsView {
  localAreas: string[];
  articleCount: number;
  statsRefreshedAt: string | null;
}

export async function getKbSettings(db: Database, cityId: string): Promise<KbSettingsView> {
  const [row] = await db.select().from(kbSettings).where(eq(kbSettings.cityId, cityId));
  return { localAreas: row?.localAreas ?? [], articleCount: row?.articleCount ?? 0, statsRefreshedAt: row?.statsRefreshedAt?.toISOString() ?? null };
}

/** Which places' city-level documents rank as local: the city itself and, for a county-level city, its prefecture. */
export async function putKbSettings(db: Database, cityId: string, localAreas: string[], now: Date): Promise<KbSettingsView> {
  const areas = [...new Set(localAreas.map((area) => area.trim()).filter(Boolean))];
  await db
    .insert(kbSettings)
    .values({ cityId, localAreas: areas, updatedAt: now })
    .onConflictDoUpdate({ target: kbSettings.cityId, set: { localAreas: areas, updatedAt: now } });
  forgetCityContext(cityId);
  return getKbSettings(db, cityId);
}
