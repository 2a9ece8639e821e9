import type { Context } from 'hono';
import type { AppEnv } from '../context.js';
import type { Database } from '../db/client.js';
import { getCity } from '../services/directory.js';
import { forbidden, invalid } from './problems.js';

const cityIdPattern = /^[a-z0-9][a-z0-9-]{0,62}$/;

/**
 * Cities found so far, per database (tests open several in one process). A city is never removed,
 * so once found it stays valid, and every public request after the first skips the read; an
 * unknown id is not kept, so made-up ones take no room.
 */
const knownCities = new WeakMap<Database, Set<string>>();

/**
 * The city a public request is for: the `Huying-City` header, else the `city` query parameter,
 * else the platform's default city. An unknown city is a 404, never a guess.
 */
export async function requestCityId(c: Context<AppEnv>): Promise<string> {
  const requested = c.req.header('huying-city') ?? c.req.query('city');
  // A site key belongs to one city: it decides, and naming another city with it is a mistake.
  const site = c.get('site');
  if (site) {
    if (requested !== undefined && requested !== site.cityId) {
      throw forbidden(`the site key for "${site.label}" serves city "${site.cityId}", not "${requested}"`);
    }
    return site.cityId;
  }
  const cityId = requested ?? c.get('deps').defaultCityId;
  if (!cityIdPattern.test(cityId)) throw invalid('city', 'a city id is lower-case letters, digits and dashes');
  const { db } = c.get('deps').database;
  let known = knownCities.get(db);
  if (!known) knownCities.set(db, (known = new Set()));
  if (!known.has(cityId)) {
    await getCity(db, cityId);
    known.add(cityId);
  }
  return cityId;
}
