/**
 * Time-limit policies (SLA): which limits a case gets for acceptance, first response and
 * resolution, by its kind, urgency and category. A city keeps an ordered list of rules; the
 * first that matches a case decides, and the built-in ordinary rule catches the rest.
 */
import { checkDuration, type Duration } from '../calendar/index.js';
import type { CaseKind, Urgency } from './case.js';
import type { StepBudgets } from './deadlines.js';

export interface SlaRule {
  name: string;
  /** Empty: any kind. */
  kinds: CaseKind[];
  /** Empty: any urgency. */
  urgencies: Urgency[];
  /** Category code prefixes (`02` or `02.01`); with `categoryNames`, empty means any category. */
  categoryCodes: string[];
  /** Category names, matched against any level (e.g. 自来水供应, 物业管理). */
  categoryNames: string[];
  accept: Duration | null;
  firstResponse: Duration | null;
  resolution: Duration | null;
}

export interface SlaSubject {
  kind: CaseKind;
  urgency: Urgency;
  category: { code: string; level1: string; level2: string; level3: string } | null;
}

const workingHours = (amount: number): Duration => ({ amount, unit: 'working_hours' });
const workingDays = (amount: number): Duration => ({ amount, unit: 'working_days' });
const hours = (amount: number): Duration => ({ amount, unit: 'hours' });

/** The catch-all: 5 working days, as Shandong's 12345 hotline regulations (Jinan, Weifang) set. */
export const ordinarySlaRule: SlaRule = {
  name: '一般诉求',
  kinds: [],
  urgencies: [],
  categoryCodes: [],
  categoryNames: [],
  accept: workingHours(2),
  firstResponse: workingDays(1),
  resolution: workingDays(5),
};

/**
 * The typical limits of Chinese citizen hotlines: urgent cases within hours, water, power, gas
 * and heating within 24 hours, ordinary cases in 5 working days, complex ones in 15 (Beijing).
 * A city that stores no rules of its own uses these.
 */
export const defaultSlaRules: readonly SlaRule[] = [
  {
    name: '紧急诉求',
    kinds: [],
    urgencies: ['urgent'],
    categoryCodes: [],
    categoryNames: [],
    accept: { amount: 30, unit: 'minutes' },
    firstResponse: hours(1),
    resolution: hours(2),
  },
  {
    name: '水电气暖',
    kinds: [],
    urgencies: [],
    categoryCodes: [],
    categoryNames: ['自来水供应', '电力供应', '燃气供应', '冬季采暖', '供水', '供电', '供气', '燃气', '供暖', '供热'],
    accept: hours(1),
    firstResponse: hours(2),
    resolution: hours(24),
  },
  {
    name: '咨询',
    kinds: ['consultation'],
    urgencies: [],
    categoryCodes: [],
    categoryNames: [],
    accept: workingHours(1),
    firstResponse: workingHours(4),
    resolution: workingDays(1),
  },
  {
    name: '表扬',
    kinds: ['praise'],
    urgencies: [],
    categoryCodes: [],
    categoryNames: [],
    accept: workingDays(1),
    firstResponse: null,
    resolution: workingDays(5),
  },
  {
    name: '复杂诉求',
    kinds: [],
    urgencies: [],
    categoryCodes: [],
    categoryNames: ['国有土地上房屋征收与补偿', '集体土地上房屋拆迁与补偿', '土地征收', '土地承包经营', '医患纠纷', '企业破产'],
    accept: workingHours(2),
    firstResponse: workingDays(1),
    resolution: workingDays(15),
  },
  ordinarySlaRule,
];

const codeMatches = (code: string, prefix: string) => code === prefix || code.startsWith(`${prefix}.`);

export function slaRuleMatches(rule: SlaRule, subject: SlaSubject): boolean {
  if (rule.kinds.length > 0 && !rule.kinds.includes(subject.kind)) return false;
  if (rule.urgencies.length > 0 && !rule.urgencies.includes(subject.urgency)) return false;
  if (rule.categoryCodes.length === 0 && rule.categoryNames.length === 0) return true;
  const category = subject.category;
  if (!category) return false;
  return (
    rule.categoryCodes.some((prefix) => codeMatches(category.code, prefix)) ||
    rule.categoryNames.some((name) => name === category.level1 || name === category.level2 || name === category.level3)
  );
}

/** The first rule that matches, falling back to the ordinary rule. */
export function pickSlaRule(rules: readonly SlaRule[], subject: SlaSubject): SlaRule {
  return rules.find((rule) => slaRuleMatches(rule, subject)) ?? ordinarySlaRule;
}

export const budgetsOf = (rule: SlaRule): StepBudgets => ({ accept: rule.accept, firstResponse: rule.firstResponse, resolution: rule.resolution });

/** Problems with a rule as a person entered it (empty when fine). */
export function checkSlaRule(rule: SlaRule): string[] {
  const problems: string[] = [];
  if (!rule.name.trim()) problems.push('name the rule');
  for (const [step, duration] of [['accept', rule.accept], ['firstResponse', rule.firstResponse], ['resolution', rule.resolution]] as const) {
    const problem = duration && checkDuration(duration);
    if (problem) problems.push(`${step}: ${problem}`);
  }
  if (!rule.accept && !rule.firstResponse && !rule.resolution) problems.push('set at least one time limit');
  if (rule.categoryCodes.some((code) => !/^\d{2}(\.\d{2}){0,2}$/.test(code))) problems.push('category codes look like 02, 02.01 or 02.01.03');
  return problems;
}
