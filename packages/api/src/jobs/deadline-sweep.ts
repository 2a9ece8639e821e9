/**
 * The deadline sweep: finds the cases whose next check is due (a warning, a supervision notice, an
 * auto-escalation, an automatic close), and carries each out as a command by the system, so every
 * one is an event on the case. Several processes may sweep at once: each claims its cases with
 * `FOR UPDATE SKIP LOCKED`, and the case row records what was done, so nothing is done twice.
 * Its cost follows the number of due cases: `next_check_at` is indexed where it is set.
 */
import { dueChecks, stepLabels, type DueCheck } from '@huying/core';
import { and, asc, eq, inArray, lte } from 'drizzle-orm';
import type { AppDependencies } from '../context.js';
import type { Database } from '../db/client.js';
import { cases } from '../db/schema/index.js';
import { executeCaseCommand, type CaseCommandInput } from '../services/cases/commands.js';
import { stateOf, type CaseRow } from '../services/cases/state.js';
import { LoopCache } from '../services/loop/settings.js';

export type JobDependencies = Pick<AppDependencies, 'database' | 'clock' | 'logger'>;

export interface SweepReport {
  cases: number;
  warnings: number;
  notices: number;
  escalations: number;
  closed: number;
  failures: number;
}

export interface SweepOptions {
  /** Cases claimed per transaction. */
  batchSize?: number;
  /** A case whose check fails is looked at again after this long, so it cannot block the rest. */
  retryAfterMs?: number;
  /** Only these cities' cases (a worker per city, or a test that must not touch other cities). */
  cityIds?: string[];
}

/** At most this many checks on one case in one run: more would mean a rule that never settles. */
const maxChecksPerCase = 12;

function localTime(iso: string, timeZone: string): string {
  return new Intl.DateTimeFormat('zh-CN', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(new Date(iso));
}

/** The command the system issues for a due check, with a reason the unit can read. */
function commandFor(check: DueCheck, row: CaseRow, timeZone: string): CaseCommandInput {
  switch (check.type) {
    case 'warn':
      return { type: 'warn', step: check.step, unitId: check.unitId, level: check.level };
    case 'supervise':
      return {
        type: 'supervise',
        unitId: check.unitId,
        step: check.step,
        reason: `${stepLabels[check.step]['zh-CN']}超时（时限 ${localTime(check.dueAt, timeZone)}），请说明原因和办理计划`,
      };
    case 'escalate':
      return { type: 'escalate', reason: `${stepLabels[check.step]['zh-CN']}超时，按本市规则自动上报` };
    case 'close':
      return {
        type: 'close',
        reason:
          row.status === 'resolved'
            ? '评价期满未评价，自动办结'
            : row.rating === 'unsatisfied'
              ? '不满意但未在期限内申请重办，自动办结'
              : '群众已评价，自动办结',
      };
  }
}

const tally = (report: SweepReport, check: DueCheck) => {
  if (check.type === 'warn') report.warnings++;
  else if (check.type === 'supervise') report.notices++;
  else if (check.type === 'escalate') report.escalations++;
  else report.closed++;
};

async function settleCase(deps: JobDependencies, tx: Database, row: CaseRow, now: string, cache: LoopCache, report: SweepReport) {
  const { calendar } = await cache.settings(tx, row.cityId);
  let current = row;
  for (let step = 0; step < maxChecksPerCase; step++) {
    const [check] = dueChecks(stateOf(current), now);
    if (!check) return;
    const result = await executeCaseCommand(deps, {
      caseId: current.id,
      cityId: current.cityId,
      command: commandFor(check, current, calendar.timeZone),
      actor: { type: 'system' },
      tx,
      cache,
      // Locked by the claim and kept current by each command's result: no need to read it again.
      locked: current,
    });
    tally(report, check);
    current = result.row;
  }
  throw new Error(`case ${row.id} still has checks due after ${maxChecksPerCase}`);
}

/** Runs every check due now, batch by batch, until no due case is left unclaimed. */
export async function sweepDueCases(deps: JobDependencies, options: SweepOptions = {}): Promise<SweepReport> {
  const batchSize = options.batchSize ?? 100;
  const retryAfterMs = options.retryAfterMs ?? 5 * 60_000;
  const now = deps.clock.now();
  const cache = new LoopCache();
  const report: SweepReport = { cases: 0, warnings: 0, notices: 0, escalations: 0, closed: 0, failures: 0 };
  for (;;) {
    const claimed = await deps.database.db.transaction(async (tx) => {
      // Another process's claimed rows are skipped, not waited for.
      const rows = await tx
        .select()
        .from(cases)
        .where(and(lte(cases.nextCheckAt, now), options.cityIds ? inArray(cases.cityId, options.cityIds) : undefined))
        .orderBy(asc(cases.nextCheckAt))
        .limit(batchSize)
        .for('update', { skipLocked: true });
      for (const row of rows) {
        report.cases++;
        try {
          await tx.transaction((savepoint) => settleCase(deps, savepoint, row, now.toISOString(), cache, report));
        } catch (error) {
          report.failures++;
          deps.logger.error({ err: error, caseId: row.id }, 'deadline sweep could not settle a case; it will be retried');
          await tx.update(cases).set({ nextCheckAt: new Date(now.getTime() + retryAfterMs) }).where(eq(cases.id, row.id));
        }
      }
      return rows.length;
    });
    if (claimed < batchSize) break;
  }
  return report;
}
