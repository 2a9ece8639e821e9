/**
 * What a built demo city holds, in numbers: for logs after seeding and for checking that the
 * history looks like the article's city (its loop moves, its satisfaction rates).
 */
import type { CaseCommandType, CaseStatus, UnitKind } from '@huying/core';
import { replayDemoCase, UnitDirectory } from './replay.js';
import type { DemoCity } from './types.js';

export interface DemoCitySummary {
  unitsByKind: Partial<Record<UnitKind, number>>;
  buildings: number;
  buildingsWithProperty: number;
  cases: number;
  casesByStatus: Partial<Record<CaseStatus, number>>;
  casesByKind: Record<string, number>;
  casesByChannel: Record<string, number>;
  /** How many cases include each kind of step at least once. */
  casesWithStep: Partial<Record<CaseCommandType, number>>;
  steps: number;
  /** Share of first ratings that are satisfied or basically satisfied (一次办结满意率). */
  firstTimeSatisfaction: number | null;
  /** Share of closed, rated cases whose last rating is satisfied or basically satisfied (最终办结满意率). */
  finalSatisfaction: number | null;
}

const tally = <K extends string>(counts: Partial<Record<K, number>>, key: K) => {
  counts[key] = (counts[key] ?? 0) + 1;
};

export function summarizeDemoCity(city: DemoCity): DemoCitySummary {
  const directory = new UnitDirectory(city.units);
  const summary: DemoCitySummary = {
    unitsByKind: {},
    buildings: city.buildings.length,
    buildingsWithProperty: city.buildings.filter((building) => building.propertyKey !== null).length,
    cases: city.cases.length,
    casesByStatus: {},
    casesByKind: {},
    casesByChannel: {},
    casesWithStep: {},
    steps: 0,
    firstTimeSatisfaction: null,
    finalSatisfaction: null,
  };
  for (const unit of city.units) tally(summary.unitsByKind, unit.kind);

  let rated = 0;
  let satisfiedFirst = 0;
  let closedRated = 0;
  let satisfiedLast = 0;
  for (const demoCase of city.cases) {
    const { status } = replayDemoCase(demoCase, directory).state;
    tally(summary.casesByStatus, status);
    tally(summary.casesByKind, demoCase.kind);
    tally(summary.casesByChannel, demoCase.channel);
    for (const type of new Set(demoCase.steps.map((step) => step.command.type))) tally(summary.casesWithStep, type);
    summary.steps += demoCase.steps.length;

    const ratings = demoCase.steps.flatMap((step) => (step.command.type === 'rate' ? [step.command.level] : []));
    const [first] = ratings;
    const last = ratings[ratings.length - 1];
    if (first === undefined || last === undefined) continue;
    rated++;
    if (first !== 'unsatisfied') satisfiedFirst++;
    if (status !== 'closed') continue;
    closedRated++;
    if (last !== 'unsatisfied') satisfiedLast++;
  }
  if (rated > 0) summary.firstTimeSatisfaction = satisfiedFirst / rated;
  if (closedRated > 0) summary.finalSatisfaction = satisfiedLast / closedRated;
  return summary;
}
