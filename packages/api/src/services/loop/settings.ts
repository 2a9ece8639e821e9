/**
 * A city's loop settings as the core needs them: its policy, its working calendar (the city's own
 * years over the built-in national ones) and its time-limit rules. Every command loads them, so
 * an edit applies to the next move of every case, in every process, at once.
 */
import {
  chineseStatutoryHolidays,
  defaultLoopPolicy,
  defaultSlaRules,
  loopTiming,
  pickSlaRule,
  type CalendarYear,
  type CaseKind,
  type LoopPolicy,
  type LoopTiming,
  type SlaRule,
  type Urgency,
  type WorkingCalendar,
} from '@huying/core';
import { asc, eq } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { calendarYears, categories, cities, loopPolicies, slaPolicies } from '../../db/schema/index.js';
import { loadUnits, type NamedUnitRef } from '../units.js';
import type { IntakeConfig } from '../routing/intake-config.js';

export interface LoopSettings {
  cityId: string;
  policy: LoopPolicy;
  /** Where the policy came from: the city's own row, or the defaults. */
  policyIsDefault: boolean;
  calendar: WorkingCalendar;
  /** The city's years (which take precedence) and the built-in ones. */
  cityYears: CalendarYear[];
  slaRules: SlaRule[];
  slaRulesAreDefault: boolean;
}

export const policyOfRow = (row: typeof loopPolicies.$inferSelect): LoopPolicy => ({
  intakeLevel: row.intakeLevel,
  warnAtPercent: row.warnAtPercent,
  workingHours: row.workingHours,
  supervisionAnswerWithin: row.supervisionAnswerWithin,
  closeUnratedAfter: row.closeUnratedAfter,
  reopenTo: row.reopenTo,
  autoEscalation: row.autoEscalation,
});

export const calendarYearOfRow = (row: typeof calendarYears.$inferSelect): CalendarYear => ({
  year: row.year,
  holidays: row.holidays,
  workdays: row.workdays,
  source: row.source,
});

export const slaRuleOfRow = (row: typeof slaPolicies.$inferSelect): SlaRule => ({
  name: row.name,
  kinds: row.kinds,
  urgencies: row.urgencies,
  categoryCodes: row.categoryCodes,
  categoryNames: row.categoryNames,
  accept: row.accept,
  firstResponse: row.firstResponse,
  resolution: row.resolution,
});

/** The years a calendar counts on: the city's entries replace the built-in year of the same number. */
export function mergeYears(cityYears: readonly CalendarYear[]): CalendarYear[] {
  const own = new Set(cityYears.map((year) => year.year));
  return [...chineseStatutoryHolidays.filter((year) => !own.has(year.year)), ...cityYears].sort((a, b) => a.year - b.year);
}

/** The city's loop policy, or the defaults when it has not set one. */
export async function loadLoopPolicy(db: Database, cityId: string): Promise<{ policy: LoopPolicy; isDefault: boolean }> {
  const [row] = await db.select().from(loopPolicies).where(eq(loopPolicies.cityId, cityId));
  return row ? { policy: policyOfRow(row), isDefault: false } : { policy: defaultLoopPolicy, isDefault: true };
}

export async function loadLoopSettings(db: Database, cityId: string): Promise<LoopSettings> {
  const [city] = await db.select({ timeZone: cities.timeZone }).from(cities).where(eq(cities.id, cityId));
  const { policy, isDefault } = await loadLoopPolicy(db, cityId);
  const yearRows = await db.select().from(calendarYears).where(eq(calendarYears.cityId, cityId)).orderBy(asc(calendarYears.year));
  const ruleRows = await db.select().from(slaPolicies).where(eq(slaPolicies.cityId, cityId)).orderBy(asc(slaPolicies.position));
  const cityYears = yearRows.map(calendarYearOfRow);
  return {
    cityId,
    policy,
    policyIsDefault: isDefault,
    calendar: { timeZone: city?.timeZone ?? 'Asia/Shanghai', workingHours: policy.workingHours, years: mergeYears(cityYears) },
    cityYears,
    slaRules: ruleRows.length > 0 ? ruleRows.map(slaRuleOfRow) : [...defaultSlaRules],
    slaRulesAreDefault: ruleRows.length === 0,
  };
}

/**
 * Settings and units per city for the length of one job run, so a sweep of many cases loads them
 * once. A command outside a run makes its own, used once, from the city's cached configuration
 * when it can read that before its transaction.
 */
export class LoopCache {
  readonly #settings = new Map<string, Promise<LoopSettings>>();
  readonly #units = new Map<string, NamedUnitRef>();

  /** With a city's intake configuration (kept per process, checked against its version), its settings come from there. */
  constructor(readonly config?: Pick<IntakeConfig, 'cityId' | 'settings'>) {}

  settings(db: Database, cityId: string): Promise<LoopSettings> {
    if (this.config?.cityId === cityId) return Promise.resolve(this.config.settings);
    let settings = this.#settings.get(cityId);
    if (!settings) {
      settings = loadLoopSettings(db, cityId);
      this.#settings.set(cityId, settings);
    }
    return settings;
  }

  /** Units of one city by id, as `loadUnits` gives them (and refuses them). */
  async units(db: Database, cityId: string, ids: readonly string[]): Promise<Map<string, NamedUnitRef>> {
    const missing = ids.filter((id) => this.#units.get(id)?.cityId !== cityId);
    if (missing.length > 0) for (const [id, unit] of await loadUnits(db, cityId, missing)) this.#units.set(id, unit);
    return new Map(ids.map((id) => [id, this.#units.get(id)!]));
  }
}

export interface TimingSubject {
  kind: CaseKind;
  urgency: Urgency;
  categoryId: string | null;
}

/** The time limits and policy a case runs on: the first of the city's rules that matches it. */
export async function caseTiming(db: Database, settings: LoopSettings, subject: TimingSubject): Promise<{ timing: LoopTiming; rule: SlaRule }> {
  const [category] = subject.categoryId
    ? await db
        .select({ code: categories.code, level1: categories.level1, level2: categories.level2, level3: categories.level3 })
        .from(categories)
        .where(eq(categories.id, subject.categoryId))
    : [];
  const rule = pickSlaRule(settings.slaRules, { kind: subject.kind, urgency: subject.urgency, category: category ?? null });
  return { timing: loopTiming(settings.policy, settings.calendar, rule), rule };
}
