import { describe, expect, it } from 'vitest';
import {
  addMonths,
  checkScoringConfig,
  coefficientFor,
  configInForce,
  defaultScoringConfig,
  emptyFigures,
  monthBounds,
  monthOf,
  ratesOf,
  roundTo,
  scoreUnits,
  type AssessmentFigures,
} from '../src/index.js';

const figures = (values: Partial<AssessmentFigures>): AssessmentFigures => ({ ...emptyFigures(), ...values });

describe('assessment months', () => {
  it('are counted in the city time zone', () => {
    const { start, end } = monthBounds('2026-03', 'Asia/Shanghai');
    expect(start.toISOString()).toBe('2026-02-28T16:00:00.000Z');
    expect(end.toISOString()).toBe('2026-03-31T16:00:00.000Z');
    expect(monthOf(new Date('2026-03-31T15:59:59Z'), 'Asia/Shanghai')).toBe('2026-03');
    expect(monthOf(new Date('2026-03-31T16:00:00Z'), 'Asia/Shanghai')).toBe('2026-04');
    expect(addMonths('2026-12', 1)).toBe('2027-01');
    expect(addMonths('2026-01', -1)).toBe('2025-12');
    expect(() => monthBounds('2026-13', 'Asia/Shanghai')).toThrow(RangeError);
  });
});

describe('scoring', () => {
  it('weighs the rates the unit has cases for, multiplies by the coefficient and ranks within each level', () => {
    const scores = scoreUnits(
      [
        // response 3/4, resolution judged 1/2, final satisfaction 1 of 2 (50 %: lowest band 0.8)
        { unitId: 'a', kind: 'grid', figures: figures({ responseDue: 4, responseOnTime: 3, judged: 2, judgedResolved: 1, finalRated: 2, finalSatisfied: 1, finalUnsatisfied: 1 }) },
        // everything on time, nobody rated: coefficient 1
        { unitId: 'b', kind: 'grid', figures: figures({ responseDue: 1, responseOnTime: 1 }) },
        { unitId: 'c', kind: 'grid', figures: figures({ received: 3 }) },
        { unitId: 'd', kind: 'community', figures: figures({ acceptDue: 2, acceptOnTime: 1 }) },
      ],
      defaultScoringConfig,
    );
    const [a, b, c, d] = scores;
    // (25 × 75 + 30 × 50) / 55 = 61.3636…
    expect(a!.overall).toBeCloseTo(61.3636, 4);
    expect(a!.coefficient).toBe(0.8);
    expect(a!.final).toBe(49.09);
    expect(b!.final).toBe(100);
    expect([b!.rank, a!.rank, c!.rank]).toEqual([1, 2, null]);
    expect(a!.rankedAmong).toBe(2);
    expect(d!.final).toBe(50);
    expect(d!.rank).toBe(1);
  });

  it('gives equal final scores the same rank', () => {
    const same = figures({ responseDue: 2, responseOnTime: 1 });
    const scores = scoreUnits(
      [
        { unitId: 'x', kind: 'street', figures: same },
        { unitId: 'y', kind: 'street', figures: same },
        { unitId: 'z', kind: 'street', figures: figures({ responseDue: 2, responseOnTime: 0 }) },
      ],
      defaultScoringConfig,
    );
    expect(scores.map((score) => score.rank)).toEqual([1, 1, 3]);
  });

  it('credits a basically-satisfied rating as the city says, for scores but not for the reported rate', () => {
    const unit = figures({ firstRated: 10, firstSatisfied: 5, firstBasicallySatisfied: 5 });
    expect(ratesOf(unit).firstSatisfactionRate).toBe(1);
    expect(ratesOf(unit, 0.8).firstSatisfactionRate).toBe(0.9);
    const [score] = scoreUnits([{ unitId: 'u', kind: 'grid', figures: unit }], {
      ...defaultScoringConfig,
      basicallySatisfiedCredit: 0.8,
      coefficientBasis: 'firstSatisfactionRate',
      weights: { ...defaultScoringConfig.weights, firstSatisfactionRate: 10 },
    });
    expect(score!.rates.firstSatisfactionRate).toBe(1);
    expect(score!.measureScores.firstSatisfactionRate).toBe(90);
    expect(score!.coefficient).toBe(0.95);
  });

  it('reads the coefficient from the bands', () => {
    expect(coefficientFor(defaultScoringConfig, 0.959)).toBe(1);
    expect(coefficientFor(defaultScoringConfig, 0.95)).toBe(1);
    expect(coefficientFor(defaultScoringConfig, 0.9499)).toBe(0.95);
    expect(coefficientFor(defaultScoringConfig, 0)).toBe(0.8);
    expect(coefficientFor(defaultScoringConfig, null)).toBe(1);
    expect(roundTo(84.625, 2)).toBe(84.63);
  });

  it('refuses configurations that cannot score', () => {
    const zero = Object.fromEntries(Object.keys(defaultScoringConfig.weights).map((key) => [key, 0])) as typeof defaultScoringConfig.weights;
    expect(checkScoringConfig({ ...defaultScoringConfig, weights: zero }).map((error) => error.field)).toContain('weights');
    expect(checkScoringConfig({ ...defaultScoringConfig, coefficientBands: [{ from: 0.5, coefficient: 1 }, { from: 0.9, coefficient: 1 }] })[0]!.field).toBe('coefficientBands.1.from');
    expect(checkScoringConfig({ ...defaultScoringConfig, basicallySatisfiedCredit: 2 })[0]!.field).toBe('basicallySatisfiedCredit');
    expect(checkScoringConfig(defaultScoringConfig)).toEqual([]);
  });

  it('scores a month with the version in force then', () => {
    const versions = [
      { version: 1, effectiveFrom: '2026-02', config: { ...defaultScoringConfig, coefficientWithoutRatings: 0.9 } },
      { version: 2, effectiveFrom: '2026-04', config: defaultScoringConfig },
      { version: 3, effectiveFrom: '2026-02', config: defaultScoringConfig },
    ];
    expect(configInForce(versions, '2026-01').version).toBe(0);
    expect(configInForce(versions, '2026-03').version).toBe(3);
    expect(configInForce(versions, '2026-04').version).toBe(2);
  });
});
