/**
 * Assessment months (考核月份): `YYYY-MM`, counted in the city's own time zone, so a case filed at
 * 23:30 on the last evening of March in Shanghai belongs to March whatever the server's clock says.
 */
import { instantAt, localDateTime } from '../calendar/zoned.js';

/** A calendar month, `YYYY-MM`. */
export type AssessmentMonth = string;

const monthPattern = /^(\d{4})-(\d{2})$/;

export function parseMonth(month: string): { year: number; month: number } | null {
  const match = monthPattern.exec(month);
  if (!match) return null;
  const [year, number] = [Number(match[1]), Number(match[2])];
  if (year < 2000 || year > 2100 || number < 1 || number > 12) return null;
  return { year, month: number };
}

export const isMonth = (value: string): boolean => parseMonth(value) !== null;

const format = (year: number, month: number): AssessmentMonth => `${year}-${String(month).padStart(2, '0')}`;

/** The month `count` months after `month` (negative: before). */
export function addMonths(month: AssessmentMonth, count: number): AssessmentMonth {
  const parts = parseMonth(month);
  if (!parts) throw new RangeError(`not a month: ${month}`);
  const index = parts.year * 12 + (parts.month - 1) + count;
  return format(Math.floor(index / 12), (index % 12) + 1);
}

/** The month an instant falls in, in the city's time zone. */
export function monthOf(instant: Date, timeZone: string): AssessmentMonth {
  return localDateTime(instant, timeZone).date.slice(0, 7);
}

/** The month's first instant and the next month's first instant (half-open), in the city's zone. */
export function monthBounds(month: AssessmentMonth, timeZone: string): { start: Date; end: Date } {
  if (!parseMonth(month)) throw new RangeError(`not a month: ${month}`);
  return { start: instantAt(`${month}-01`, 0, timeZone), end: instantAt(`${addMonths(month, 1)}-01`, 0, timeZone) };
}

/** The months from `from` to `to`, both included, oldest first. */
export function monthsBetween(from: AssessmentMonth, to: AssessmentMonth): AssessmentMonth[] {
  const months: AssessmentMonth[] = [];
  for (let month = from; month <= to; month = addMonths(month, 1)) months.push(month);
  return months;
}
