/**
 * A city's policy for the loop: where new cases land, when warnings come, how long supervision
 * notices and ratings wait, where a reopened case goes and what escalates by itself.
 */
import { checkDuration, checkWorkingHours, type Duration, type WorkingCalendar, type WorkingPeriod } from '../calendar/index.js';
import { unitKinds, type UnitKind } from '../units.js';
import type { AutoEscalationPolicy, LoopTiming } from './deadlines.js';
import { budgetsOf, type SlaRule } from './sla.js';

export const intakeLevels = ['grid', 'community'] as const;
/** Where a case about a known building lands: its grid, or the community over it. */
export type IntakeLevel = (typeof intakeLevels)[number];

export const reopenTargets = ['last_handler', 'dispatch_centre'] as const;
/** Where an unsatisfied resident's reopening sends the case. */
export type ReopenTarget = (typeof reopenTargets)[number];

export interface LoopPolicy {
  intakeLevel: IntakeLevel;
  /** A nearing warning when this share of a limit's time is gone. */
  warnAtPercent: number;
  workingHours: WorkingPeriod[];
  supervisionAnswerWithin: Duration;
  /** A resolved case unrated for this long closes; so does an unsatisfied one not reopened. */
  closeUnratedAfter: Duration;
  reopenTo: ReopenTarget;
  autoEscalation: AutoEscalationPolicy;
}

export const defaultLoopPolicy: LoopPolicy = {
  intakeLevel: 'grid',
  warnAtPercent: 80,
  // Government office hours, morning and afternoon.
  workingHours: [
    { start: '08:30', end: '12:00' },
    { start: '13:30', end: '17:30' },
  ],
  supervisionAnswerWithin: { amount: 1, unit: 'working_days' },
  closeUnratedAfter: { amount: 7, unit: 'days' },
  reopenTo: 'last_handler',
  // A unit that does not even accept in time loses the case to the level above.
  autoEscalation: { enabled: true, steps: ['accept'], after: null, fromKinds: ['grid', 'community', 'street'] },
};

/** Problems with a policy as a person entered it (empty when fine). */
export function checkLoopPolicy(policy: LoopPolicy): string[] {
  const problems: string[] = [];
  if (!Number.isInteger(policy.warnAtPercent) || policy.warnAtPercent < 1 || policy.warnAtPercent > 99) {
    problems.push('warnAtPercent: a whole percentage between 1 and 99');
  }
  problems.push(...checkWorkingHours(policy.workingHours).map((problem) => `workingHours: ${problem}`));
  for (const [name, duration] of [
    ['supervisionAnswerWithin', policy.supervisionAnswerWithin],
    ['closeUnratedAfter', policy.closeUnratedAfter],
    ['autoEscalation.after', policy.autoEscalation.after],
  ] as const) {
    const problem = duration && checkDuration(duration);
    if (problem) problems.push(`${name}: ${problem}`);
  }
  const unknownKinds = policy.autoEscalation.fromKinds.filter((kind: UnitKind) => !unitKinds.includes(kind) || kind === 'city');
  if (unknownKinds.length > 0) problems.push(`autoEscalation.fromKinds: ${unknownKinds.join(', ')} cannot escalate`);
  return problems;
}

/** Everything the core needs to set a case's deadlines. */
export function loopTiming(policy: LoopPolicy, calendar: WorkingCalendar, rule: SlaRule): LoopTiming {
  return {
    calendar,
    budgets: budgetsOf(rule),
    warnAtPercent: policy.warnAtPercent,
    supervisionAnswerWithin: policy.supervisionAnswerWithin,
    closeAfter: policy.closeUnratedAfter,
    autoEscalation: policy.autoEscalation,
  };
}
