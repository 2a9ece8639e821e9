import { parseArgs } from 'node:util';
import { systemClock } from '../clock.js';
import type { Config } from '../config.js';
import { createSiteKey, listSiteKeys, revokeSiteKey, type SiteKeySummary } from '../services/embedding/site-keys.js';
import { withDatabase } from './database.js';

export const siteKeysUsage = `  huying site-keys list [--city ID]   the city's site keys for embedding the resident widgets
  huying site-keys create --label TEXT --origin URL [--origin URL …] [--city ID]
                                       issue a key for a website; origins like
                                       https://wy.example.com or https://*.example.com
  huying site-keys revoke <key> [--city ID]`;

function describe(key: SiteKeySummary): string {
  return `${key.key}  ${key.label}  ${key.allowedOrigins.join(' ')}${key.revokedAt ? `  (revoked ${key.revokedAt})` : ''}`;
}

export async function runSiteKeys(config: Config, args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { city: { type: 'string' }, label: { type: 'string' }, origin: { type: 'string', multiple: true } },
  });
  const [action, key] = positionals;
  const cityId = values.city ?? config.defaultCityId;
  return withDatabase(config, async ({ db }) => {
    switch (action) {
      case 'list': {
        const keys = await listSiteKeys(db, cityId);
        console.log(keys.length ? keys.map(describe).join('\n') : `no site keys in ${cityId}`);
        return 0;
      }
      case 'create': {
        if (!values.label || !values.origin?.length) {
          console.error(`give --label and at least one --origin\n\n${siteKeysUsage}`);
          return 2;
        }
        const created = await createSiteKey(db, { cityId, label: values.label, allowedOrigins: values.origin });
        console.log(describe(created));
        console.log(`\nEmbed with: <hy-report-form site-key="${created.key}" api-base="${config.publicUrl}"></hy-report-form>`);
        return 0;
      }
      case 'revoke': {
        if (!key) {
          console.error(`name the key to revoke\n\n${siteKeysUsage}`);
          return 2;
        }
        console.log(describe(await revokeSiteKey(db, systemClock, cityId, key)));
        return 0;
      }
      default:
        console.error(siteKeysUsage);
        return 2;
    }
  });
}
