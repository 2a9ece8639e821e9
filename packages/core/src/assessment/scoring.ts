/**
 * Scoring a month (考核评分): each weighted rate is worth up to 100 points; the overall score is
 * their weighted mean over the rates the unit has cases for; the satisfaction coefficient comes
 * from the unit's satisfaction by the city's bands; final score = overall score × coefficient.
 * Units are ranked within their level (streets among streets, communities among communities, …).
 * The configuration is the city's and is versioned: a month is scored with the version in force.
 */
import type { UnitKind } from '../units.js';
import { parseMonth, type AssessmentMonth } from './month.js';
import { ratesOf, scoredRates, type AssessmentFigures, type RateKey, type Rates } from './measures.js';

export interface CoefficientBand {
  /** The band applies from this satisfaction (a share, 0–1) upwards, up to the next band. */
  from: number;
  coefficient: number;
}

export interface ScoringConfig {
  /** Points weight of each rate; 0 leaves a rate out of the score. */
  weights: Record<RateKey, number>;
  /** Which satisfaction rate sets the coefficient. */
  coefficientBasis: 'finalSatisfactionRate' | 'firstSatisfactionRate';
  /** Highest `from` first; a satisfaction below every band gets the lowest band's coefficient. */
  coefficientBands: CoefficientBand[];
  /** The coefficient of a unit nobody rated this month. */
  coefficientWithoutRatings: number;
  /** How much a 基本满意 counts towards satisfaction in scoring (1 fully; 0.8 in some cities). */
  basicallySatisfiedCredit: number;
}

/** The scoring a city without a configuration of its own uses. */
export const defaultScoringConfig: ScoringConfig = {
  weights: {
    acceptOnTimeRate: 10,
    responseRate: 25,
    onTimeResolutionRate: 25,
    resolutionRate: 30,
    firstSatisfactionRate: 0,
    finalSatisfactionRate: 0,
    jointPartOnTimeRate: 0,
    noticeAnswerRate: 10,
  },
  coefficientBasis: 'finalSatisfactionRate',
  coefficientBands: [
    { from: 0.95, coefficient: 1 },
    { from: 0.9, coefficient: 0.95 },
    { from: 0.85, coefficient: 0.9 },
    { from: 0.8, coefficient: 0.85 },
    { from: 0, coefficient: 0.8 },
  ],
  coefficientWithoutRatings: 1,
  basicallySatisfiedCredit: 1,
};

/** Field errors of a configuration a person entered (empty when it is sound). */
export function checkScoringConfig(config: ScoringConfig): { field: string; message: string }[] {
  const errors: { field: string; message: string }[] = [];
  const weights = scoredRates.map((key) => config.weights[key]);
  scoredRates.forEach((key) => {
    const weight = config.weights[key];
    if (typeof weight !== 'number' || !Number.isFinite(weight) || weight < 0 || weight > 100) {
      errors.push({ field: `weights.${key}`, message: 'a weight is a number from 0 to 100' });
    }
  });
  if (weights.every((weight) => !weight)) errors.push({ field: 'weights', message: 'give at least one rate a weight above 0' });
  const bands = config.coefficientBands;
  if (bands.length === 0) errors.push({ field: 'coefficientBands', message: 'give at least one band' });
  bands.forEach((band, index) => {
    if (!(band.from >= 0 && band.from <= 1)) errors.push({ field: `coefficientBands.${index}.from`, message: 'a band starts at a share from 0 to 1' });
    if (!(band.coefficient >= 0 && band.coefficient <= 2)) errors.push({ field: `coefficientBands.${index}.coefficient`, message: 'a coefficient is from 0 to 2' });
    const previous = bands[index - 1];
    if (previous && !(band.from < previous.from)) {
      errors.push({ field: `coefficientBands.${index}.from`, message: 'list bands from the highest satisfaction down, each starting lower than the one before' });
    }
  });
  if (!(config.coefficientWithoutRatings >= 0 && config.coefficientWithoutRatings <= 2)) {
    errors.push({ field: 'coefficientWithoutRatings', message: 'a coefficient is from 0 to 2' });
  }
  if (!(config.basicallySatisfiedCredit >= 0 && config.basicallySatisfiedCredit <= 1)) {
    errors.push({ field: 'basicallySatisfiedCredit', message: 'the credit of a 基本满意 is from 0 to 1' });
  }
  return errors;
}

/** The coefficient for a satisfaction rate (null: nobody rated). */
export function coefficientFor(config: ScoringConfig, satisfaction: number | null): number {
  if (satisfaction === null) return config.coefficientWithoutRatings;
  const band = config.coefficientBands.find((candidate) => satisfaction >= candidate.from) ?? config.coefficientBands.at(-1);
  return band ? band.coefficient : 1;
}

/** Rounds half away from zero to `digits` places, so 84.625 shows as 84.63 wherever it is printed. */
export function roundTo(value: number, digits: number): number {
  const factor = 10 ** digits;
  return Math.sign(value) * Math.round(Math.abs(value) * factor + Number.EPSILON) / factor;
}

export interface UnitFigures {
  unitId: string;
  kind: UnitKind;
  figures: AssessmentFigures;
}

export interface UnitScore {
  unitId: string;
  kind: UnitKind;
  /** Shares 0–1 as the loop reports them (a 基本满意 counts fully). */
  rates: Rates;
  /** Points per weighted rate (rate × 100 with the city's satisfaction credit), null without cases. */
  measureScores: Partial<Record<RateKey, number | null>>;
  /** Weighted mean of the measure scores, 0–100; null when no weighted rate has cases. */
  overall: number | null;
  /** The satisfaction the coefficient was read from (with the credit applied). */
  satisfaction: number | null;
  coefficient: number;
  /** overall × coefficient, two decimals. */
  final: number | null;
  /** 1 is best; units with the same final score share a rank; null when the unit has no score. */
  rank: number | null;
  /** How many units of the level have a score. */
  rankedAmong: number;
}

/** Scores every unit and ranks each level. */
export function scoreUnits(units: readonly UnitFigures[], config: ScoringConfig): UnitScore[] {
  const scored = units.map((unit): UnitScore => {
    const rates = ratesOf(unit.figures);
    const credited = ratesOf(unit.figures, config.basicallySatisfiedCredit);
    const measureScores: Partial<Record<RateKey, number | null>> = {};
    let points = 0;
    let weights = 0;
    for (const key of scoredRates) {
      const weight = config.weights[key];
      if (!weight) continue;
      const rate = credited[key];
      measureScores[key] = rate === null ? null : roundTo(rate * 100, 4);
      if (rate === null) continue;
      points += weight * rate * 100;
      weights += weight;
    }
    const overall = weights > 0 ? roundTo(points / weights, 4) : null;
    const satisfaction = credited[config.coefficientBasis];
    const coefficient = coefficientFor(config, satisfaction);
    return {
      unitId: unit.unitId,
      kind: unit.kind,
      rates,
      measureScores,
      overall,
      satisfaction,
      coefficient,
      final: overall === null ? null : roundTo(overall * coefficient, 2),
      rank: null,
      rankedAmong: 0,
    };
  });
  const byLevel = new Map<UnitKind, UnitScore[]>();
  for (const score of scored) {
    if (score.final === null) continue;
    byLevel.set(score.kind, [...(byLevel.get(score.kind) ?? []), score]);
  }
  for (const level of byLevel.values()) {
    level.sort((a, b) => b.final! - a.final!);
    level.forEach((score, index) => {
      const previous = level[index - 1];
      score.rank = previous && previous.final === score.final ? previous.rank : index + 1;
      score.rankedAmong = level.length;
    });
  }
  return scored;
}

/** A configuration as the city keeps it: numbered versions, each in force from a month on. */
export interface ScoringConfigVersion {
  version: number;
  effectiveFrom: AssessmentMonth;
  config: ScoringConfig;
}

/**
 * The version in force in `month`: the latest-starting one that started by then (the later
 * version when two start the same month); version 0, the defaults, before any.
 */
export function configInForce(versions: readonly ScoringConfigVersion[], month: AssessmentMonth): ScoringConfigVersion {
  if (!parseMonth(month)) throw new RangeError(`not a month: ${month}`);
  let chosen: ScoringConfigVersion = { version: 0, effectiveFrom: '2000-01', config: defaultScoringConfig };
  for (const candidate of versions) {
    if (candidate.effectiveFrom > month) continue;
    if (candidate.effectiveFrom > chosen.effectiveFrom || (candidate.effectiveFrom === chosen.effectiveFrom && candidate.version > chosen.version)) {
      chosen = candidate;
    }
  }
  return chosen;
}
