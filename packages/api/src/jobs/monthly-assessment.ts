/**
 * The monthly assessment job: when a month ends (in each city's time zone) its table is generated
 * (`close`), and again once the residents' rating period for the month's last replies is over
 * (`settle`), which stores a new revision only if late ratings or reopenings changed a figure.
 * The runs a city is owed are rows of `assessment_runs`; a worker claims one with
 * `FOR UPDATE SKIP LOCKED` and marks it done in the transaction that stored the table, so any
 * number of workers generate each table once.
 */
import { addMonths, monthBounds, monthOf } from '@huying/core';
import { sql } from 'drizzle-orm';
import { queryRows } from '../db/client.js';
import { generateMonth } from '../services/assessment/snapshots.js';
import type { JobDependencies } from './deadline-sweep.js';

export interface AssessmentJobOptions {
  /** Only these cities (a test, or a worker per city). */
  cityIds?: string[];
  /** Days after a month's end that its `settle` run waits (the rating period of its last replies and some slack). */
  settleAfterDays?: number;
  /** A run that failed this often is left for a person (its last error is kept). */
  maxAttempts?: number;
}

export interface AssessmentJobReport {
  scheduled: number;
  generated: number;
  unchanged: number;
  failures: number;
}

const dayMs = 24 * 60 * 60_000;

/** A list of texts as one parameter (empty lists too, which `IN ()` cannot take). */
const textList = (values: readonly string[]) => sql`(SELECT jsonb_array_elements_text(${JSON.stringify(values)}::jsonb))`;

/** Records the runs owed for each city's last closed month (nothing when they exist already). */
async function scheduleRuns(deps: JobDependencies, options: AssessmentJobOptions): Promise<number> {
  const { db } = deps.database;
  const now = deps.clock.now();
  const cities = await queryRows<{ id: string; time_zone: string }>(
    db,
    options.cityIds ? sql`SELECT id, time_zone FROM cities WHERE id IN ${textList(options.cityIds)}` : sql`SELECT id, time_zone FROM cities`,
  );
  let scheduled = 0;
  for (const city of cities) {
    const month = addMonths(monthOf(now, city.time_zone), -1);
    const { end } = monthBounds(month, city.time_zone);
    const settleAt = new Date(end.getTime() + (options.settleAfterDays ?? 15) * dayMs);
    const inserted = await queryRows<{ trigger: string }>(
      db,
      sql`INSERT INTO assessment_runs (city_id, month, trigger, due_at)
          VALUES (${city.id}, ${month}, 'close', ${end.toISOString()}::timestamptz), (${city.id}, ${month}, 'settle', ${settleAt.toISOString()}::timestamptz)
          ON CONFLICT DO NOTHING RETURNING trigger`,
    );
    scheduled += inserted.length;
  }
  return scheduled;
}

/** Schedules what is owed, then generates every due run, one per transaction. */
export async function runMonthlyAssessment(deps: JobDependencies, options: AssessmentJobOptions = {}): Promise<AssessmentJobReport> {
  const report: AssessmentJobReport = { scheduled: await scheduleRuns(deps, options), generated: 0, unchanged: 0, failures: 0 };
  const { db } = deps.database;
  const cityFilter = options.cityIds ? sql`AND city_id IN ${textList(options.cityIds)}` : sql``;
  const skipped = new Set<string>();
  for (;;) {
    const now = deps.clock.now();
    const skip = [...skipped];
    const outcome = await db
      .transaction(async (tx) => {
        const [run] = await queryRows<{ city_id: string; month: string; trigger: 'close' | 'settle' }>(
          tx,
          sql`SELECT city_id, month, trigger FROM assessment_runs
              WHERE done_at IS NULL AND due_at <= ${now.toISOString()}::timestamptz AND attempts < ${options.maxAttempts ?? 5} ${cityFilter}
                AND (city_id || '/' || month || '/' || trigger) NOT IN ${textList(skip)}
              ORDER BY due_at LIMIT 1 FOR UPDATE SKIP LOCKED`,
        );
        if (!run) return null;
        try {
          const { snapshot, created } = await generateMonth(deps, tx, { cityId: run.city_id, month: run.month, trigger: run.trigger });
          await tx.execute(sql`UPDATE assessment_runs SET done_at = ${now.toISOString()}::timestamptz, snapshot_id = ${snapshot.id}, changed = ${created},
                                 attempts = attempts + 1, last_error = NULL
                               WHERE city_id = ${run.city_id} AND month = ${run.month} AND trigger = ${run.trigger}`);
          return { created };
        } catch (error) {
          return { run, error };
        }
      })
      .catch((error: unknown) => ({ run: null, error }));
    if (outcome === null) break;
    if ('error' in outcome) {
      report.failures++;
      deps.logger.error({ err: outcome.error, run: outcome.run }, 'assessment run failed; it is tried again at the next turn');
      if (!outcome.run) break;
      // The generation rolled back to its savepoint; the failure is recorded in its own statement.
      skipped.add(`${outcome.run.city_id}/${outcome.run.month}/${outcome.run.trigger}`);
      await db.execute(sql`UPDATE assessment_runs SET attempts = attempts + 1, last_error = ${String((outcome.error as Error).message ?? outcome.error).slice(0, 500)}
                           WHERE city_id = ${outcome.run.city_id} AND month = ${outcome.run.month} AND trigger = ${outcome.run.trigger}`);
      continue;
    }
    if (outcome.created) report.generated++;
    else report.unchanged++;
  }
  return report;
}
