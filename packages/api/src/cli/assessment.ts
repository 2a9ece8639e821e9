import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { isMonth, levelLabels, monthsBetween } from '@huying/core';
import { systemClock } from '../clock.js';
import type { Config } from '../config.js';
import { tableAsCsv, tableAsXlsx } from '../services/assessment/export.js';
import { generateMonth, getSnapshot } from '../services/assessment/snapshots.js';
import { withDatabase } from './database.js';
import { ProgressBar } from './progress.js';

export const assessmentUsage = `  huying assessment generate <YYYY-MM> [--to YYYY-MM] [--city ID]
                                       generate closed months as of now (a new revision only
                                       where something changed), with a progress bar
  huying assessment show <YYYY-MM> [--revision N] [--city ID]
                                       the table's final scores, level by level
  huying assessment export <YYYY-MM> [--format xlsx|csv] [--lang zh-CN|en] [--revision N]
                       [--out FILE] [--city ID]     write the table as a spreadsheet`;

export async function runAssessment(config: Config, args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      city: { type: 'string' },
      to: { type: 'string' },
      revision: { type: 'string' },
      format: { type: 'string', default: 'xlsx' },
      lang: { type: 'string', default: 'zh-CN' },
      out: { type: 'string' },
    },
  });
  const [action, month] = positionals;
  const cityId = values.city ?? config.defaultCityId;
  if (!action || !month || !isMonth(month) || (values.to !== undefined && !isMonth(values.to))) {
    console.error(`give an action and a month as YYYY-MM\n\n${assessmentUsage}`);
    return 2;
  }
  const revision = values.revision === undefined ? undefined : Number(values.revision);
  if (revision !== undefined && !(Number.isInteger(revision) && revision > 0)) {
    console.error('--revision is a whole number from 1');
    return 2;
  }
  if (values.format !== 'xlsx' && values.format !== 'csv') {
    console.error('--format is xlsx or csv');
    return 2;
  }
  if (values.lang !== 'zh-CN' && values.lang !== 'en') {
    console.error('--lang is zh-CN or en');
    return 2;
  }
  const format = values.format;
  const language = values.lang;
  return withDatabase(config, async ({ db }) => {
    switch (action) {
      case 'generate': {
        const months = monthsBetween(month, values.to ?? month);
        const progress = new ProgressBar('generating');
        progress.update(0, months.length);
        for (const [index, each] of months.entries()) {
          const { snapshot, created } = await generateMonth({ clock: systemClock }, db, { cityId, month: each, trigger: 'manual' });
          progress.update(index + 1, months.length);
          console.log(`${each}: revision ${snapshot.revision}${created ? ' (new)' : ' (unchanged)'}, ${snapshot.rows.length} units, configuration v${snapshot.configVersion}`);
        }
        return 0;
      }
      case 'show': {
        const snapshot = await getSnapshot(db, cityId, month, revision);
        console.log(`${snapshot.month} revision ${snapshot.revision}, as of ${snapshot.asOf.toISOString()}, configuration v${snapshot.configVersion}`);
        let level = '';
        for (const row of snapshot.rows) {
          if (row.unit.kind !== level) {
            level = row.unit.kind;
            console.log(`\n${levelLabels[row.unit.kind][language]}`);
          }
          const score = row.score.final === null ? '—' : `${row.score.final.toFixed(2)} = ${row.score.overall!.toFixed(2)} × ${row.score.coefficient}`;
          console.log(`  ${String(row.score.rank ?? '—').padStart(3)}  ${row.unit.name}  ${score}  (${row.figures.received} received)`);
        }
        return 0;
      }
      case 'export': {
        const snapshot = await getSnapshot(db, cityId, month, revision);
        const out = values.out ?? `assessment-${snapshot.month}-r${snapshot.revision}.${format}`;
        await writeFile(out, format === 'csv' ? tableAsCsv(snapshot, language) : await tableAsXlsx(snapshot, language));
        console.log(`wrote ${out}`);
        return 0;
      }
      default:
        console.error(`unknown action "${action}"\n\n${assessmentUsage}`);
        return 2;
    }
  });
}
