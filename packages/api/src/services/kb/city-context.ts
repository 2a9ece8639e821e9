import { sql } from 'drizzle-orm';
import { queryRows, type Database } from '../../db/client.js';
import { loadLexicon, type Lexicon } from './lexicon.js';

/** What every search of a city needs besides the query: its lexicon, where it is, how many articles it has. */
export interface CityContext {
  lexicon: Lexicon;
  province: string;
  localAreas: string[];
  articleCount: number;
  expiresAt: number;
}

// Searches come in bursts from one city, and its lexicon and settings change rarely: a process
// keeps them for a short while. Changes made through this process apply at once (forgetCityContext);
// other processes see them within the time to live.
const contextTtlMs = 30_000;
const cityContexts = new Map<string, CityContext>();

export function forgetCityContext(cityId: string): void {
  cityContexts.delete(cityId);
}

export async function cityContext(db: Database, cityId: string): Promise<CityContext> {
  const cached = cityContexts.get(cityId);
  if (cached && cached.expiresAt > Date.now()) return cached;
  const [place] = await queryRows<{ province: string; local_areas: string[] | null; article_count: number | null }>(
    db,
    sql`SELECT c.province, s.local_areas, s.article_count FROM cities c LEFT JOIN kb_settings s ON s.city_id = c.id WHERE c.id = ${cityId}`,
  );
  const context: CityContext = {
    lexicon: await loadLexicon(db, cityId),
    province: place?.province ?? '',
    localAreas: place?.local_areas ?? [],
    articleCount: Math.max(1, Number(place?.article_count ?? 0)),
    expiresAt: Date.now() + contextTtlMs,
  };
  cityContexts.set(cityId, context);
  return context;
}
