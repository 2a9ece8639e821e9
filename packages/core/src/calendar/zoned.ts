/**
 * Local dates and times in a city's time zone, with nothing but `Intl`: deadlines are counted in
 * local working hours, while instants are stored in UTC.
 */

/** A calendar date, `YYYY-MM-DD`. */
export type LocalDate = string;

const localDatePattern = /^(\d{4})-(\d{2})-(\d{2})$/;

export function parseLocalDate(date: LocalDate): { year: number; month: number; day: number } | null {
  const match = localDatePattern.exec(date);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCFullYear() !== year || probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) return null;
  return { year, month, day };
}

export const isLocalDate = (value: string): boolean => parseLocalDate(value) !== null;

/**
 * Day numbers of dates and dates of day numbers, remembered both ways: counting a deadline in
 * working days steps through the calendar a day at a time, parsing and formatting each date
 * several times, for dates that are nearly always the same few weeks around now. Bounded, since
 * any date may be asked.
 */
const dayNumbers = new Map<LocalDate, number>();
const datesOfDayNumbers = new Map<number, LocalDate>();

function remember(date: LocalDate, dayNumber: number) {
  if (dayNumbers.size >= 20_000) {
    dayNumbers.clear();
    datesOfDayNumbers.clear();
  }
  dayNumbers.set(date, dayNumber);
  datesOfDayNumbers.set(dayNumber, date);
}

function utcDayNumber(date: LocalDate): number {
  const known = dayNumbers.get(date);
  if (known !== undefined) return known;
  const parts = parseLocalDate(date);
  if (!parts) throw new RangeError(`not a date: ${date}`);
  const dayNumber = Date.UTC(parts.year, parts.month - 1, parts.day) / 86_400_000;
  remember(date, dayNumber);
  return dayNumber;
}

function fromDayNumber(dayNumber: number): LocalDate {
  const known = datesOfDayNumbers.get(dayNumber);
  if (known !== undefined) return known;
  const date = new Date(dayNumber * 86_400_000).toISOString().slice(0, 10);
  remember(date, dayNumber);
  return date;
}

export const addDays = (date: LocalDate, days: number): LocalDate => fromDayNumber(utcDayNumber(date) + days);

/** 0 = Sunday … 6 = Saturday (day 0, 1 January 1970, was a Thursday). */
export const weekdayOf = (date: LocalDate): number => (((utcDayNumber(date) + 4) % 7) + 7) % 7;

export const isWeekend = (date: LocalDate): boolean => {
  const weekday = weekdayOf(date);
  return weekday === 0 || weekday === 6;
};

export const daysBetween = (from: LocalDate, to: LocalDate): number => utcDayNumber(to) - utcDayNumber(from);

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** True when `Intl` knows the zone (e.g. `Asia/Shanghai`). */
export function isTimeZone(timeZone: string): boolean {
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

const hourMs = 3_600_000;
/** Offsets that hold for a whole UTC hour, by zone and hour; bounded, since any instant may be asked. */
const hourOffsets = new Map<string, number>();

/** The zone's offset from UTC at an instant, in minutes (Asia/Shanghai: 480). */
export function offsetMinutes(timeZone: string, instant: number): number {
  // Deadlines ask for the offset many times a case, and formatting an instant is what costs. Within
  // one UTC hour the offset changes at most once (zones change it months apart): if it is the same
  // at both ends of the hour, it holds for all of it.
  const hourStart = Math.floor(instant / hourMs) * hourMs;
  const key = `${timeZone} ${hourStart}`;
  const known = hourOffsets.get(key);
  if (known !== undefined) return known;
  const atStart = formattedOffsetMinutes(timeZone, hourStart);
  if (atStart !== formattedOffsetMinutes(timeZone, hourStart + hourMs - 1)) return formattedOffsetMinutes(timeZone, instant);
  if (hourOffsets.size >= 50_000) hourOffsets.clear();
  hourOffsets.set(key, atStart);
  return atStart;
}

function formattedOffsetMinutes(timeZone: string, instant: number): number {
  const parts = formatterFor(timeZone).formatToParts(new Date(instant));
  const value = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((part) => part.type === type)?.value);
  const asUtc = Date.UTC(value('year'), value('month') - 1, value('day'), value('hour'), value('minute'), value('second'));
  const wholeSeconds = instant - (((instant % 1000) + 1000) % 1000);
  return Math.round((asUtc - wholeSeconds) / 60_000);
}

/** The local date and the minute of that day (with fractions) of an instant. */
export function localDateTime(instant: Date, timeZone: string): { date: LocalDate; minuteOfDay: number } {
  const local = instant.getTime() + offsetMinutes(timeZone, instant.getTime()) * 60_000;
  const dayNumber = Math.floor(local / 86_400_000);
  return { date: fromDayNumber(dayNumber), minuteOfDay: (local - dayNumber * 86_400_000) / 60_000 };
}

/** The instant of a local date and minute of the day. */
export function instantAt(date: LocalDate, minuteOfDay: number, timeZone: string): Date {
  const localMs = utcDayNumber(date) * 86_400_000 + minuteOfDay * 60_000;
  let guess = localMs - offsetMinutes(timeZone, localMs) * 60_000;
  // Near an offset change the first guess uses the wrong side's offset; one correction settles it.
  const corrected = localMs - offsetMinutes(timeZone, guess) * 60_000;
  if (corrected !== guess) guess = corrected;
  return new Date(guess);
}
