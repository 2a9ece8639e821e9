import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { Config } from '../config.js';
import { BuildingImportError, detectFormat, importBuildings, type ImportFormat } from '../services/buildings/import.js';
import { getCity } from '../services/directory.js';
import { withDatabase } from './database.js';
import { ProgressBar } from './progress.js';

export const buildingsUsage = `  huying buildings import <file> [--city ID] [--format csv|jsonl] [--dry-run]
                                       import or update buildings (code, name, address, grid,
                                       property, latitude, longitude); any bad row refuses the file`;

/** `huying buildings import <file>`: the register from CSV or JSON Lines, all or nothing. */
export async function runBuildings(config: Config, args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { city: { type: 'string' }, format: { type: 'string' }, 'dry-run': { type: 'boolean', default: false } },
  });
  const [action, file] = positionals;
  if (action !== 'import' || !file) {
    console.error(`usage:\n${buildingsUsage}`);
    return 2;
  }
  if (values.format && values.format !== 'csv' && values.format !== 'jsonl') {
    console.error('--format is csv or jsonl');
    return 2;
  }
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    console.error(`cannot read ${file}: ${(error as Error).message}`);
    return 1;
  }
  const cityId = values.city ?? config.defaultCityId;
  const format = (values.format as ImportFormat | undefined) ?? detectFormat(text, file);
  return withDatabase(config, async ({ db }) => {
    await getCity(db, cityId);
    const progress = new ProgressBar(values['dry-run'] ? 'checking' : 'importing');
    try {
      const report = await importBuildings(db, { cityId, text, format, dryRun: values['dry-run'] ?? false, onProgress: (done, total) => progress.update(done, total) });
      const verb = report.dryRun ? 'would be' : 'were';
      console.log(`${report.rows} buildings read (${report.format}) for ${cityId}: ${report.inserted} ${verb} added, ${report.updated} ${verb} updated, ${report.unchanged} unchanged`);
      return 0;
    } catch (error) {
      if (!(error instanceof BuildingImportError)) throw error;
      console.error(`\nnothing was imported: ${error.rowErrors.length} problem${error.rowErrors.length === 1 ? '' : 's'} in ${file}`);
      for (const row of error.rowErrors.slice(0, 50)) console.error(`  line ${row.line}${row.field ? ` (${row.field})` : ''}: ${row.message}`);
      if (error.rowErrors.length > 50) console.error(`  … and ${error.rowErrors.length - 50} more`);
      return 1;
    }
  });
}
