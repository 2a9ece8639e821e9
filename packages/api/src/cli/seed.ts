import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { Logger } from 'pino';
import { seedDemoCity } from '../city/seed-demo.js';
import type { Config } from '../config.js';
import { openDatabase } from '../db/client.js';
import { buildDemoCity, defaultDataDir } from '../seed/demo-city.js';
import { seedDemoHotlines } from '../seed/hotlines.js';
import { demoPassword, seedDemoSignIns } from '../services/auth/demo-accounts.js';
import { upsertSiteKey } from '../services/embedding/site-keys.js';
import { demoKioskKey, demoKioskPin, seedDemoKiosk } from '../services/kiosks/demo.js';
import { seedDemoKnowledgeBase } from './kb.js';
import { ProgressBar } from './progress.js';

/** Where the demo staff tokens are kept: beside the embedded database, or in ./.huying. */
export function demoTokensFile(config: Config): string {
  const base = config.database.engine === 'pglite' ? dirname(config.database.dataDir) : resolve(process.cwd(), '.huying');
  return join(base, 'demo-tokens.json');
}

/** The public site key the examples (`examples/`, served on port 5174) embed the widgets with. */
export const demoSiteKey = 'hy_site_zhaoyuan_demo';

function demoSiteOrigins(config: Config): string[] {
  const hosts = new Set(['127.0.0.1', 'localhost', ...(config.host === '0.0.0.0' || config.host === '::' ? [] : [config.host])]);
  const extra = (process.env.HUYING_DEMO_SITE_ORIGINS ?? '').split(',').map((origin) => origin.trim()).filter(Boolean);
  return [...[...hosts].map((host) => `http://${host.includes(':') ? `[${host}]` : host}:5174`), ...extra];
}

export async function runSeed(
  config: Config,
  logger: Logger,
  options: { full: boolean; fullKnowledgeBase?: boolean; sourceDir?: string | undefined },
): Promise<number> {
  const dataDir = options.sourceDir ? resolve(options.sourceDir) : defaultDataDir();
  const started = Date.now();
  const demo = await buildDemoCity({ dataDir, scale: options.full ? 'full' : 'demo', now: new Date() });
  logger.debug({ ms: Date.now() - started }, 'demo city built');
  const database = await openDatabase(
    config.database.engine === 'postgres' ? { engine: 'postgres', url: config.database.url } : { engine: 'pglite', dataDir: config.database.dataDir },
  );
  try {
    await database.migrate();
    const progress = new ProgressBar('seeding cases');
    const report = await seedDemoCity(database.db, demo, (done, total) => progress.update(done, total));
    const file = demoTokensFile(config);
    let tokens: Record<string, unknown> = {};
    try {
      tokens = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    } catch {
      // first run: no file yet
    }
    if (Object.keys(report.newTokens).length > 0) {
      mkdirSync(dirname(file), { recursive: true });
      tokens = { ...tokens, ...report.newTokens };
      writeFileSync(file, `${JSON.stringify(tokens, null, 2)}\n`, { mode: 0o600 });
    }
    console.log(
      `demo city ${report.cityId}: ${report.units} units, ${report.buildings} buildings, ${report.categories} categories; ` +
        `${report.casesAdded} cases added, ${report.casesKept} already there (${((Date.now() - started) / 1000).toFixed(1)} s)`,
    );
    console.log(`staff tokens for the demo units: ${file}`);
    const signIns = await seedDemoSignIns(database.db, report.cityId);
    console.log(`staff sign-ins (password ${demoPassword}, demo city only; see docs/security.md):`);
    for (const signIn of signIns) console.log(`  ${signIn.login.padEnd(11)} ${signIn.roleName} · ${signIn.unit}`);
    const site = await upsertSiteKey(database.db, { cityId: report.cityId, key: demoSiteKey, label: '示例网站（社区网站、物业门户）', allowedOrigins: demoSiteOrigins(config) });
    console.log(`site key for the examples: ${site.key} (${site.allowedOrigins.join(', ')})`);
    const hotlines = await seedDemoHotlines(database.db, report.cityId, dataDir);
    console.log(`hotline directory: ${hotlines.numbers} numbers of ${hotlines.units} units (${hotlines.added} added)`);
    const kiosk = await seedDemoKiosk(database.db, report.cityId);
    if (kiosk) console.log(`demo kiosk: ${kiosk.label}, device key ${demoKioskKey}, staff PIN ${demoKioskPin}`);
    const duty = await seedDemoKnowledgeBase(database, { cityId: report.cityId, dataDir, fullCorpus: options.fullKnowledgeBase ?? false });
    if (Object.keys(duty.newTokens).length > 0) {
      tokens = { ...tokens, ...duty.newTokens };
      writeFileSync(file, `${JSON.stringify(tokens, null, 2)}\n`, { mode: 0o600 });
    }
    return 0;
  } finally {
    await database.close();
  }
}
