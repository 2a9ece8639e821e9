/**
 * The demo city's hotline directory, from the service guides: every distinct consult (咨询) and
 * complaint (投诉) number each department's guides give, plus the city's service line. The
 * article counts 216 hotlines of 84 units; the guides give what they give (see docs/integrators.md).
 */
import { eq } from 'drizzle-orm';
import type { Database } from '../db/client.js';
import { cities } from '../db/schema/index.js';
import { importHotlines, type HotlineEntry } from '../services/hotline/directory.js';
import { cityRootUnit } from '../services/units.js';
import { extractPhoneNumbers } from './phones.js';
import { readSourceData, type ServiceGuide } from './sources.js';

const source = 'service-guides/guides.jsonl';

export function hotlineDirectoryOf(guides: readonly ServiceGuide[], city: { unitName: string; hotline: string }): HotlineEntry[] {
  const entries: HotlineEntry[] = [{ unitName: city.unitName, label: 'service', number: city.hotline, source: 'city' }];
  const seen = new Set<string>();
  const add = (unitName: string, label: 'consult' | 'complaint', field: string) => {
    for (const number of extractPhoneNumbers(field)) {
      const key = `${unitName}|${label}|${number.replace(/\D/g, '')}`;
      if (seen.has(key)) continue;
      seen.add(key);
      entries.push({ unitName, label, number, source });
    }
  };
  for (const guide of guides) {
    add(guide.department, 'consult', guide.consultPhone);
    add(guide.department, 'complaint', guide.complainPhone);
  }
  return entries;
}

/** What the directory holds, in the article's terms: numbers, and units that have one. */
export function hotlineDirectoryFigures(entries: readonly HotlineEntry[]) {
  const numbers = new Set(entries.map((entry) => `${entry.unitName}|${entry.number.replace(/\D/g, '')}`));
  return { entries: entries.length, numbers: numbers.size, units: new Set(entries.map((entry) => entry.unitName)).size };
}

/** Fills the demo city's hotline directory from the guides (again and again without doubles). */
export async function seedDemoHotlines(db: Database, cityId: string, dataDir: string) {
  const [{ guides }, root, [city]] = await Promise.all([
    readSourceData(dataDir),
    cityRootUnit(db, cityId),
    db.select({ hotline: cities.hotline }).from(cities).where(eq(cities.id, cityId)),
  ]);
  const entries = hotlineDirectoryOf(guides, { unitName: root.name, hotline: city!.hotline });
  const { added, unmatched } = await importHotlines(db, cityId, entries);
  return { ...hotlineDirectoryFigures(entries), added, unmatched: unmatched.length };
}
