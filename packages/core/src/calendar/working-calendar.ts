/**
 * A city's working calendar: its time zone, office hours, and per year the public holidays and
 * make-up working days. Deadlines in working time are counted on it: "5 working days" skips
 * weekends and the Spring Festival, and counts a make-up Saturday.
 */
import { basisOf, durationMinutes, type Duration, type TimeBasis } from './duration.js';
import { addDays, daysBetween, instantAt, isLocalDate, isWeekend, localDateTime, parseLocalDate, type LocalDate } from './zoned.js';

export interface HolidayPeriod {
  name: string;
  /** First and last day off, inclusive. */
  from: LocalDate;
  to: LocalDate;
}

/** A weekend day worked in exchange for days off around a holiday (调休上班). */
export interface MakeUpWorkday {
  date: LocalDate;
  /** The holiday it belongs to. */
  name: string;
}

/** Where a year's dates come from: the notice that announced them. */
export interface CalendarSource {
  issuer: string;
  title: string;
  /** The document number, e.g. 国办发明电〔2024〕12号. */
  reference: string | null;
  publishedOn: LocalDate | null;
  url: string | null;
}

export interface CalendarYear {
  year: number;
  holidays: HolidayPeriod[];
  workdays: MakeUpWorkday[];
  source: CalendarSource;
}

/** Office hours of one working day, local time `HH:MM`. */
export interface WorkingPeriod {
  start: string;
  end: string;
}

export interface WorkingCalendar {
  timeZone: string;
  workingHours: WorkingPeriod[];
  years: readonly CalendarYear[];
}

export type DayKind = 'weekday' | 'weekend' | 'holiday' | 'make_up_workday';

interface Compiled {
  periods: { start: number; end: number }[];
  dayMinutes: number;
  daysOff: Map<LocalDate, string>;
  workdays: Map<LocalDate, string>;
  years: Set<number>;
}

const clockPattern = /^([01]\d|2[0-3]):([0-5]\d)$|^24:00$/;
const minutesOf = (clock: string) => Number(clock.slice(0, 2)) * 60 + Number(clock.slice(3, 5));

const compiledCalendars = new WeakMap<WorkingCalendar, Compiled>();

function compile(calendar: WorkingCalendar): Compiled {
  let compiled = compiledCalendars.get(calendar);
  if (compiled) return compiled;
  const periods = calendar.workingHours
    .map((period) => ({ start: minutesOf(period.start), end: minutesOf(period.end) }))
    .sort((a, b) => a.start - b.start);
  const daysOff = new Map<LocalDate, string>();
  const workdays = new Map<LocalDate, string>();
  for (const year of calendar.years) {
    for (const holiday of year.holidays) {
      for (let day = holiday.from; day <= holiday.to; day = addDays(day, 1)) daysOff.set(day, holiday.name);
    }
    for (const workday of year.workdays) workdays.set(workday.date, workday.name);
  }
  compiled = {
    periods,
    dayMinutes: periods.reduce((sum, period) => sum + period.end - period.start, 0),
    daysOff,
    workdays,
    years: new Set(calendar.years.map((year) => year.year)),
  };
  compiledCalendars.set(calendar, compiled);
  return compiled;
}

/** What kind of day a date is, and the holiday's name when it has one. */
export function dayKind(calendar: WorkingCalendar, date: LocalDate): { kind: DayKind; name: string | null } {
  const compiled = compile(calendar);
  const workday = compiled.workdays.get(date);
  if (workday !== undefined) return { kind: 'make_up_workday', name: workday };
  const holiday = compiled.daysOff.get(date);
  if (holiday !== undefined) return { kind: 'holiday', name: holiday };
  return { kind: isWeekend(date) ? 'weekend' : 'weekday', name: null };
}

export function isWorkingDay(calendar: WorkingCalendar, date: LocalDate): boolean {
  const { kind } = dayKind(calendar, date);
  return kind === 'weekday' || kind === 'make_up_workday';
}

/** Minutes of working time in one working day (e.g. 450 for 08:30–12:00 and 13:30–17:30). */
export const workingDayMinutes = (calendar: WorkingCalendar): number => compile(calendar).dayMinutes;

/** Whether the calendar has the dates of `year`; without them only weekends are days off. */
export const knowsYear = (calendar: WorkingCalendar, year: number): boolean => compile(calendar).years.has(year);

/** No deadline is counted further than this: a calendar without working days must not loop forever. */
const maxDaysScanned = 3 * 366;

/** The instant `minutes` of working time after `from`. */
export function addWorkingMinutes(calendar: WorkingCalendar, from: Date, minutes: number): Date {
  const compiled = compile(calendar);
  if (minutes <= 0) return from;
  if (compiled.dayMinutes <= 0) throw new RangeError('the calendar has no working hours');
  let { date, minuteOfDay } = localDateTime(from, calendar.timeZone);
  let remaining = minutes;
  for (let scanned = 0; scanned < maxDaysScanned; scanned++) {
    if (isWorkingDay(calendar, date)) {
      for (const period of compiled.periods) {
        if (minuteOfDay >= period.end) continue;
        const begin = Math.max(minuteOfDay, period.start);
        const available = period.end - begin;
        if (remaining <= available) return instantAt(date, begin + remaining, calendar.timeZone);
        remaining -= available;
      }
    }
    date = addDays(date, 1);
    minuteOfDay = 0;
  }
  throw new RangeError(`no ${minutes} minutes of working time within ${maxDaysScanned} days`);
}

/** Working minutes between two instants (0 when `to` is not after `from`). */
export function workingMinutesBetween(calendar: WorkingCalendar, from: Date, to: Date): number {
  if (to.getTime() <= from.getTime()) return 0;
  const compiled = compile(calendar);
  const start = localDateTime(from, calendar.timeZone);
  const end = localDateTime(to, calendar.timeZone);
  const days = Math.min(daysBetween(start.date, end.date), maxDaysScanned);
  let total = 0;
  for (let offset = 0, date = start.date; offset <= days; offset++, date = addDays(date, 1)) {
    if (!isWorkingDay(calendar, date)) continue;
    const lower = offset === 0 ? start.minuteOfDay : 0;
    const upper = date === end.date ? end.minuteOfDay : 24 * 60;
    for (const period of compiled.periods) {
      total += Math.max(0, Math.min(period.end, upper) - Math.max(period.start, lower));
    }
  }
  return total;
}

/** Minutes of `basis` between two instants. */
export function elapsedMinutes(calendar: WorkingCalendar, basis: TimeBasis, from: Date, to: Date): number {
  if (basis === 'clock') return Math.max(0, (to.getTime() - from.getTime()) / 60_000);
  return workingMinutesBetween(calendar, from, to);
}

/** The instant `minutes` of `basis` after `from`. */
export function advance(calendar: WorkingCalendar, basis: TimeBasis, from: Date, minutes: number): Date {
  if (basis === 'clock') return new Date(from.getTime() + Math.max(0, minutes) * 60_000);
  return addWorkingMinutes(calendar, from, minutes);
}

/** The instant a duration after `from` ends: "5 working days from now". */
export function addDuration(calendar: WorkingCalendar, from: Date, duration: Duration): Date {
  return advance(calendar, basisOf(duration.unit), from, durationMinutes(duration, workingDayMinutes(calendar)));
}

/** Problems with office hours as a person typed them (empty when fine). */
export function checkWorkingHours(periods: readonly WorkingPeriod[]): string[] {
  const problems: string[] = [];
  if (periods.length === 0) problems.push('give at least one period of office hours');
  const parsed: { start: number; end: number; label: string }[] = [];
  for (const period of periods) {
    const label = `${period.start}–${period.end}`;
    if (!clockPattern.test(period.start) || !clockPattern.test(period.end)) {
      problems.push(`${label}: write times as HH:MM, e.g. 08:30`);
      continue;
    }
    const start = minutesOf(period.start);
    const end = minutesOf(period.end);
    if (end <= start) problems.push(`${label}: the end must be after the start`);
    else parsed.push({ start, end, label });
  }
  parsed.sort((a, b) => a.start - b.start);
  for (let index = 1; index < parsed.length; index++) {
    if (parsed[index]!.start < parsed[index - 1]!.end) problems.push(`${parsed[index]!.label} overlaps ${parsed[index - 1]!.label}`);
  }
  return problems;
}

/** Problems with a year's holidays and make-up days as entered from a notice (empty when fine). */
export function checkCalendarYear(entry: CalendarYear): string[] {
  const problems: string[] = [];
  // A year's notice may start its New Year holiday on the last days of December.
  const firstAllowed = `${entry.year - 1}-12-01`;
  const lastAllowed = `${entry.year + 1}-01-31`;
  const inRange = (date: LocalDate) => date >= firstAllowed && date <= lastAllowed;
  const daysOff = new Map<LocalDate, string>();
  for (const holiday of entry.holidays) {
    const label = `${holiday.name || '(unnamed)'} ${holiday.from}–${holiday.to}`;
    if (!holiday.name.trim()) problems.push(`${label}: name the holiday`);
    if (!isLocalDate(holiday.from) || !isLocalDate(holiday.to)) {
      problems.push(`${label}: dates are YYYY-MM-DD`);
      continue;
    }
    if (holiday.to < holiday.from) problems.push(`${label}: the last day is before the first`);
    else if (daysBetween(holiday.from, holiday.to) > 15) problems.push(`${label}: a holiday of more than 16 days is not plausible`);
    if (!inRange(holiday.from) || !inRange(holiday.to)) problems.push(`${label}: not in or next to ${entry.year}`);
    for (let day = holiday.from; day <= holiday.to && daysBetween(holiday.from, day) <= 15; day = addDays(day, 1)) {
      if (daysOff.has(day)) problems.push(`${day} is in two holidays`);
      daysOff.set(day, holiday.name);
    }
  }
  const seen = new Set<LocalDate>();
  for (const workday of entry.workdays) {
    if (!isLocalDate(workday.date)) {
      problems.push(`make-up working day ${workday.date}: dates are YYYY-MM-DD`);
      continue;
    }
    if (!inRange(workday.date)) problems.push(`make-up working day ${workday.date}: not in or next to ${entry.year}`);
    if (!isWeekend(workday.date)) problems.push(`make-up working day ${workday.date} is not a Saturday or Sunday; weekdays are working days anyway`);
    if (daysOff.has(workday.date)) problems.push(`${workday.date} is both a holiday and a make-up working day`);
    if (seen.has(workday.date)) problems.push(`${workday.date} is listed twice`);
    seen.add(workday.date);
  }
  if (!entry.source.title.trim() || !entry.source.issuer.trim()) problems.push('say where the dates come from: the issuer and title of the notice');
  if (entry.source.publishedOn !== null && !isLocalDate(entry.source.publishedOn)) problems.push('the publication date is YYYY-MM-DD');
  return problems;
}

/** Every day of a year with its kind: the shape of a printable calendar. */
export function yearDays(calendar: WorkingCalendar, year: number): { date: LocalDate; kind: DayKind; name: string | null }[] {
  if (!parseLocalDate(`${year}-01-01`)) return [];
  const days: { date: LocalDate; kind: DayKind; name: string | null }[] = [];
  for (let date = `${year}-01-01`; date.startsWith(String(year)); date = addDays(date, 1)) days.push({ date, ...dayKind(calendar, date) });
  return days;
}
