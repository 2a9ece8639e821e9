import { parseArgs } from 'node:util';
import { and, eq, or } from 'drizzle-orm';
import { systemClock } from '../clock.js';
import type { Config } from '../config.js';
import type { Database } from '../db/client.js';
import { units } from '../db/schema/index.js';
import { createKiosk, listKiosks, revokeKiosk, setKioskNotices, setKioskPin, type KioskSummary } from '../services/kiosks/kiosks.js';
import { withDatabase } from './database.js';

export const kiosksUsage = `  huying kiosks list [--city ID]      the city's registered kiosks
  huying kiosks create --label TEXT --hall-name TEXT [--hall-name-en TEXT]
                       --unit NAME|ID [--building ID] [--address TEXT] --pin DIGITS
                                       register a service-hall kiosk; prints its device key once
  huying kiosks notices <id> [--notice "中文|English" …]   replace the notices it shows
  huying kiosks pin <id> --pin DIGITS  change the PIN of its staff corner
  huying kiosks revoke <id>            withdraw it: its device key is refused from then on`;

function describe(kiosk: KioskSummary): string {
  const place = kiosk.building ? `${kiosk.building.name} (${kiosk.address})` : kiosk.address;
  return `${kiosk.id}  ${kiosk.label}  ${kiosk.hallName}  ${kiosk.unit.name}  ${place}  key ${kiosk.keyPrefix}…${kiosk.revokedAt ? `  (withdrawn ${kiosk.revokedAt})` : ''}`;
}

/** A community or street named by id or by its exact name. */
async function findHallUnit(db: Database, cityId: string, nameOrId: string): Promise<string | null> {
  const byId = /^[0-9a-f-]{36}$/i.test(nameOrId) ? eq(units.id, nameOrId) : undefined;
  const rows = await db
    .select({ id: units.id })
    .from(units)
    .where(and(eq(units.cityId, cityId), byId ? or(byId, eq(units.name, nameOrId)) : eq(units.name, nameOrId)));
  return rows.length === 1 ? rows[0]!.id : null;
}

export async function runKiosks(config: Config, args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      city: { type: 'string' },
      label: { type: 'string' },
      'hall-name': { type: 'string' },
      'hall-name-en': { type: 'string' },
      unit: { type: 'string' },
      building: { type: 'string' },
      address: { type: 'string' },
      pin: { type: 'string' },
      notice: { type: 'string', multiple: true },
    },
  });
  const [action, id] = positionals;
  const cityId = values.city ?? config.defaultCityId;
  return withDatabase(config, async ({ db }) => {
    switch (action) {
      case 'list': {
        const kiosks = await listKiosks(db, cityId);
        console.log(kiosks.length ? kiosks.map(describe).join('\n') : `no kiosks in ${cityId}`);
        return 0;
      }
      case 'create': {
        if (!values.label || !values['hall-name'] || !values.unit || !values.pin) {
          console.error(`give --label, --hall-name, --unit and --pin\n\n${kiosksUsage}`);
          return 2;
        }
        const unitId = await findHallUnit(db, cityId, values.unit);
        if (!unitId) {
          console.error(`no single unit named or with id "${values.unit}" in ${cityId}`);
          return 1;
        }
        const { kiosk, deviceKey } = await createKiosk(db, {
          cityId,
          label: values.label,
          hallName: values['hall-name'],
          hallNameEn: values['hall-name-en'],
          unitId,
          buildingId: values.building,
          address: values.address,
          pin: values.pin,
        });
        console.log(describe(kiosk));
        console.log(`\nDevice key (shown this once): ${deviceKey}`);
        console.log(`Build the kiosk with VITE_HUYING_DEVICE_KEY=${deviceKey}, or open it once at <kiosk URL>/?device-key=${deviceKey}`);
        return 0;
      }
      case 'notices':
      case 'pin':
      case 'revoke': {
        if (!id) {
          console.error(`name the kiosk by its id\n\n${kiosksUsage}`);
          return 2;
        }
        if (action === 'revoke') console.log(describe(await revokeKiosk(db, systemClock, cityId, id)));
        else if (action === 'pin') {
          if (!values.pin) {
            console.error(`give the new --pin\n\n${kiosksUsage}`);
            return 2;
          }
          console.log(describe(await setKioskPin(db, cityId, id, values.pin)));
        } else {
          const notices = (values.notice ?? []).map((text) => {
            const [zh, en] = text.split('|');
            return { zh: zh ?? '', en: en ?? '' };
          });
          const kiosk = await setKioskNotices(db, cityId, id, notices);
          console.log(describe(kiosk));
          for (const notice of kiosk.notices) console.log(`  · ${notice.zh} | ${notice.en}`);
        }
        return 0;
      }
      default:
        console.error(kiosksUsage);
        return 2;
    }
  });
}
