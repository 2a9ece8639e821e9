import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Config } from '../config.js';
import type { DatabaseHandle } from '../db/client.js';
import { defaultDataDir } from '../seed/demo-city.js';
import { demoSubset, readCorpus } from '../services/kb/corpus.js';
import { importKnowledgeBase, type ImportReport } from '../services/kb/import.js';
import { getKbSettings, putKbSettings } from '../services/kb/settings.js';
import { seedDemoRoster, type DemoRosterReport } from '../services/roster/demo.js';
import { cityRootUnit } from '../services/units.js';
import { ProblemError } from '../http/problems.js';
import { getCity } from '../services/directory.js';
import { withDatabase } from './database.js';
import { ProgressBar } from './progress.js';

export const kbUsage = `  huying kb import [--source DIR] [--city ID] [--demo] [--no-guides] [--no-policies]
                                       import the knowledge base: DIR/policies/**/*.md and
                                       DIR/service-guides/guides.jsonl (default ../shared/data);
                                       unchanged files are skipped, changed ones updated,
                                       malformed ones reported; --demo: national documents,
                                       Shandong's regulations and the guides only`;

/** Prints what an import did, and every source it had to skip. */
export function printImportReport(report: ImportReport, label: string): void {
  console.log(
    `${label}: ${report.added} documents added, ${report.updated} updated, ${report.unchanged} unchanged; ` +
      `${report.articlesWritten} articles written${report.statusChanges ? `, ${report.statusChanges} version statuses changed` : ''} ` +
      `(${(report.durationMs / 1000).toFixed(1)} s)`,
  );
  if (report.failed.length === 0) return;
  console.error(`${report.failed.length} source${report.failed.length === 1 ? ' was' : 's were'} skipped:`);
  for (const failure of report.failed.slice(0, 50)) console.error(`  ${failure.source}: ${failure.reason}`);
  if (report.failed.length > 50) console.error(`  … and ${report.failed.length - 50} more`);
}

/** Imports the knowledge base into a city with a progress bar; what `huying kb import` and `huying seed` run. */
export async function importCorpus(
  database: DatabaseHandle,
  options: { cityId: string; sourceDir: string; demo: boolean; policies?: boolean; guides?: boolean },
): Promise<ImportReport> {
  const sources = readCorpus(options.sourceDir, {
    ...(options.policies === false ? { policies: false } : {}),
    ...(options.guides === false ? { guides: false } : {}),
    ...(options.demo ? { includePolicy: demoSubset } : {}),
  });
  const progress = new ProgressBar('knowledge base');
  return importKnowledgeBase(database, { cityId: options.cityId, sources, onProgress: (done, total) => progress.update(done, total) });
}

/** `huying kb import`. */
export async function runKb(config: Config, args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      source: { type: 'string' },
      city: { type: 'string' },
      demo: { type: 'boolean', default: false },
      'no-guides': { type: 'boolean', default: false },
      'no-policies': { type: 'boolean', default: false },
    },
  });
  if (positionals[0] !== 'import' || positionals.length > 1) {
    console.error(`usage:\n${kbUsage}`);
    return 2;
  }
  const sourceDir = resolve(values.source ?? defaultDataDir());
  let report: ImportReport;
  try {
    report = await withDatabase(config, async (database) => {
      const cityId = values.city ?? config.defaultCityId;
      await getCity(database.db, cityId).catch((error: unknown) => {
        throw error instanceof ProblemError ? new ProblemError(error.code, `${error.message}: run \`huying seed\` first, or name an installed city with --city`) : error;
      });
      return importCorpus(database, {
        cityId,
        sourceDir,
        demo: values.demo ?? false,
        policies: !values['no-policies'],
        guides: !values['no-guides'],
      });
    });
  } catch (error) {
    // A missing or unreadable folder is the operator's to fix, not a crash.
    if ((error as NodeJS.ErrnoException).code === 'ENOENT' || /is not a folder/.test((error as Error).message)) {
      console.error(`cannot read the knowledge base from ${sourceDir}: ${(error as Error).message}`);
      return 1;
    }
    throw error;
  }
  printImportReport(report, `knowledge base from ${sourceDir}`);
  return 0;
}

/**
 * The demo city's knowledge base and duty roster, for `huying seed`: the demo subset of the corpus
 * (or all of it), 招远市 and 烟台市 as local places, four information officers and a rota for the
 * next two weeks. Everything is idempotent, so a second seed changes nothing but extends the rota.
 */
export async function seedDemoKnowledgeBase(
  database: DatabaseHandle,
  options: { cityId: string; dataDir: string; fullCorpus: boolean },
): Promise<DemoRosterReport> {
  const report = await importCorpus(database, { cityId: options.cityId, sourceDir: options.dataDir, demo: !options.fullCorpus });
  printImportReport(report, options.fullCorpus ? 'knowledge base (whole corpus)' : 'knowledge base (demo subset; `huying kb import` adds the rest)');
  if ((await getKbSettings(database.db, options.cityId)).localAreas.length === 0) {
    await putKbSettings(database.db, options.cityId, ['招远市', '烟台市'], new Date());
  }
  const commandCentre = await cityRootUnit(database.db, options.cityId);
  const duty = await seedDemoRoster(database.db, { cityId: options.cityId, commandCentreUnitId: commandCentre.id, unitName: commandCentre.name, now: new Date(), days: 14 });
  console.log(`duty roster: ${duty.daysPlanned} days planned for the information officers${Object.keys(duty.newTokens).length ? ` (${Object.keys(duty.newTokens).length} officers added)` : ''}`);
  return duty;
}
