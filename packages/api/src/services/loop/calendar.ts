import {
  addDuration,
  chineseStatutoryHolidays,
  checkCalendarYear,
  checkDuration,
  knowsYear,
  yearDays,
  type CalendarYear,
  type Duration,
} from '@huying/core';
import { and, eq } from 'drizzle-orm';
import type { StaffPrincipal } from '../../context.js';
import type { Database } from '../../db/client.js';
import { calendarYears } from '../../db/schema/index.js';
import { notFound } from '../../http/problems.js';
import { assertCanEditLoop } from './access.js';
import { loadLoopSettings } from './settings.js';
import { refuseProblems } from './validation.js';

/** The years the city's deadlines count on, each marked as the city's own entry or the national notice. */
export async function listCalendarYears(db: Database, cityId: string) {
  const settings = await loadLoopSettings(db, cityId);
  const own = new Set(settings.cityYears.map((year) => year.year));
  return {
    timeZone: settings.calendar.timeZone,
    workingHours: settings.calendar.workingHours,
    years: settings.calendar.years.map((year) => ({ ...year, origin: own.has(year.year) ? ('city' as const) : ('national' as const) })),
  };
}

/** Every day of a year with its kind, and whether the year's notice is known at all. */
export async function calendarYearDays(db: Database, cityId: string, year: number) {
  const settings = await loadLoopSettings(db, cityId);
  return { year, known: knowsYear(settings.calendar, year), days: yearDays(settings.calendar, year) };
}

/** Enters (or corrects) a year's holidays and make-up days for the city, from the State Council's notice. */
export async function putCalendarYear(db: Database, staff: StaffPrincipal, entry: CalendarYear, now: Date) {
  assertCanEditLoop(staff);
  refuseProblems(checkCalendarYear(entry), 'json');
  const values = { holidays: entry.holidays, workdays: entry.workdays, source: entry.source, updatedAt: now, updatedByAccountId: staff.accountId };
  await db
    .insert(calendarYears)
    .values({ cityId: staff.cityId, year: entry.year, ...values })
    .onConflictDoUpdate({ target: [calendarYears.cityId, calendarYears.year], set: values });
  return { ...entry, origin: 'city' as const };
}

/** Removes the city's entry for a year; the built-in national year applies again, if there is one. */
export async function deleteCalendarYear(db: Database, staff: StaffPrincipal, year: number) {
  assertCanEditLoop(staff);
  const deleted = await db
    .delete(calendarYears)
    .where(and(eq(calendarYears.cityId, staff.cityId), eq(calendarYears.year, year)))
    .returning({ year: calendarYears.year });
  if (deleted.length === 0) throw notFound(`a city entry for ${year}`);
  return { year, nationalDataAvailable: chineseStatutoryHolidays.some((entry) => entry.year === year) };
}

/** When a time limit started at `from` ends on the city's calendar: what the deadlines use. */
export async function dueDate(db: Database, cityId: string, from: Date, duration: Duration) {
  // The limits a rule may hold (at most a year): beyond them the calendar has no answer to give.
  refuseProblems([checkDuration(duration)].filter((problem) => problem !== null), 'duration');
  const settings = await loadLoopSettings(db, cityId);
  return { from: from.toISOString(), duration, dueAt: addDuration(settings.calendar, from, duration).toISOString() };
}
