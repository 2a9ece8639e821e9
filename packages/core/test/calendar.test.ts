import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  daysBetween,
  addDuration,
  addWorkingMinutes,
  checkCalendarYear,
  checkDuration,
  checkWorkingHours,
  chineseStatutoryHolidays,
  dayKind,
  defaultLoopPolicy,
  formatDuration,
  instantAt,
  isWeekend,
  isWorkingDay,
  knowsYear,
  localDateTime,
  offsetMinutes,
  statutoryDaysOff,
  weekdayOf,
  workingDayMinutes,
  workingMinutesBetween,
  yearDays,
  type WorkingCalendar,
} from '../src/index.js';

const calendar: WorkingCalendar = { timeZone: 'Asia/Shanghai', workingHours: defaultLoopPolicy.workingHours, years: chineseStatutoryHolidays };
const at = (local: string) => new Date(`${local}+08:00`);
const local = (instant: Date) => {
  const { date, minuteOfDay } = localDateTime(instant, 'Asia/Shanghai');
  const minutes = Math.round(minuteOfDay);
  return `${date}T${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
};

describe('the statutory holiday data', () => {
  it('passes its own checks, year by year', () => {
    for (const year of chineseStatutoryHolidays) expect(checkCalendarYear(year), String(year.year)).toEqual([]);
  });

  it('keeps working days = days − weekend days − statutory days off, every year', () => {
    for (const { year } of chineseStatutoryHolidays) {
      const days = yearDays(calendar, year);
      const weekendDays = days.filter((day) => isWeekend(day.date)).length;
      const working = days.filter((day) => isWorkingDay(calendar, day.date)).length;
      expect(working, String(year)).toBe(days.length - weekendDays - statutoryDaysOff(year));
    }
    // The figures published for these years.
    expect(yearDays(calendar, 2024).filter((day) => isWorkingDay(calendar, day.date))).toHaveLength(251);
    expect(yearDays(calendar, 2025).filter((day) => isWorkingDay(calendar, day.date))).toHaveLength(248);
  });

  it('never has more than 6 working days in a row from 2025 (Article 7 of the 2024 amendment)', () => {
    for (const year of [2025, 2026]) {
      let run = 0;
      let longest = 0;
      for (const day of yearDays(calendar, year)) {
        run = isWorkingDay(calendar, day.date) ? run + 1 : 0;
        longest = Math.max(longest, run);
      }
      expect(longest, String(year)).toBeLessThanOrEqual(6);
    }
  });

  it('knows the kinds of days of the 2026 Spring Festival', () => {
    expect(dayKind(calendar, '2026-02-14')).toEqual({ kind: 'make_up_workday', name: '春节' });
    expect(dayKind(calendar, '2026-02-17')).toEqual({ kind: 'holiday', name: '春节' });
    expect(dayKind(calendar, '2026-02-24')).toEqual({ kind: 'weekday', name: null });
    expect(dayKind(calendar, '2026-03-01')).toEqual({ kind: 'weekend', name: null });
  });

  it('treats a year without data as weekends only, and says so', () => {
    expect(knowsYear(calendar, 2026)).toBe(true);
    expect(knowsYear(calendar, 2031)).toBe(false);
    expect(isWorkingDay(calendar, '2031-01-01')).toBe(true);
    expect(isWorkingDay(calendar, '2031-01-04')).toBe(false);
  });
});

describe('working time', () => {
  it('counts office hours only, across lunch, nights and weekends', () => {
    expect(workingDayMinutes(calendar)).toBe(450);
    // Friday 16:00 + 2 working hours: 1.5 h on Friday, 0.5 h on Monday morning.
    expect(local(addWorkingMinutes(calendar, at('2026-03-06T16:00'), 120))).toBe('2026-03-09T09:00');
    // Lunch does not count.
    expect(local(addWorkingMinutes(calendar, at('2026-03-09T11:00'), 90))).toBe('2026-03-09T14:00');
    // Starting at night counts from the next opening.
    expect(local(addWorkingMinutes(calendar, at('2026-03-09T22:00'), 30))).toBe('2026-03-10T09:00');
  });

  it('skips the Spring Festival and counts its make-up Saturday', () => {
    const friday = at('2026-02-13T10:00');
    expect(local(addDuration(calendar, friday, { amount: 1, unit: 'working_days' }))).toBe('2026-02-14T10:00');
    expect(local(addDuration(calendar, friday, { amount: 2, unit: 'working_days' }))).toBe('2026-02-24T10:00');
  });

  it('counts 5 working days over the 2025 National Day and Mid-Autumn holiday', () => {
    expect(local(addDuration(calendar, at('2025-09-30T10:00'), { amount: 5, unit: 'working_days' }))).toBe('2025-10-14T10:00');
  });

  it('runs clock durations day and night', () => {
    expect(local(addDuration(calendar, at('2026-02-16T23:00'), { amount: 24, unit: 'hours' }))).toBe('2026-02-17T23:00');
    expect(local(addDuration(calendar, at('2026-02-16T23:00'), { amount: 30, unit: 'minutes' }))).toBe('2026-02-16T23:30');
  });

  it('measures back exactly what it adds', () => {
    const start = fc.integer({ min: Date.parse('2024-12-01T00:00:00Z'), max: Date.parse('2026-11-30T00:00:00Z') }).map((ms) => new Date(ms));
    fc.assert(
      fc.property(start, fc.integer({ min: 1, max: 20 * 450 }), (from, minutes) => {
        const to = addWorkingMinutes(calendar, from, minutes);
        expect(to.getTime()).toBeGreaterThan(from.getTime());
        expect(workingMinutesBetween(calendar, from, to)).toBeCloseTo(minutes, 6);
        expect(isWorkingDay(calendar, localDateTime(to, calendar.timeZone).date)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('converts local times in a zone with daylight saving', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.parse('2025-01-01T00:00:00Z'), max: Date.parse('2026-12-31T00:00:00Z') }), (ms) => {
        const instant = new Date(Math.floor(ms / 60_000) * 60_000);
        const { date, minuteOfDay } = localDateTime(instant, 'Europe/Berlin');
        const back = instantAt(date, minuteOfDay, 'Europe/Berlin');
        // The repeated hour of the autumn change is ambiguous; either instant shows the same local time.
        expect(localDateTime(back, 'Europe/Berlin')).toEqual({ date, minuteOfDay });
      }),
      { numRuns: 300 },
    );
    expect(instantAt('2026-03-02', 9 * 60, 'Asia/Shanghai').toISOString()).toBe('2026-03-02T01:00:00.000Z');
  });

  it('gives the offset of every instant, next to a change too (remembered by the hour)', () => {
    // The offset read straight from Intl, as a check on the remembered one.
    const formattedOffset = (timeZone: string, ms: number) => {
      const parts = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' }).formatToParts(new Date(ms));
      const value = (type: string) => Number(parts.find((part) => part.type === type)!.value);
      return Math.round((Date.UTC(value('year'), value('month') - 1, value('day'), value('hour'), value('minute'), value('second')) - Math.floor(ms / 1000) * 1000) / 60_000);
    };
    // Changes on the hour (Berlin), on the half hour in UTC (St John's, 02:00 at -3:30) and by half an hour (Lord Howe).
    const changes = ['2026-03-29T01:00:00Z', '2026-10-25T01:00:00Z', '2026-03-08T05:30:00Z', '2026-11-01T04:30:00Z', '2026-04-04T15:00:00Z', '2026-10-03T15:30:00Z'].map(Date.parse);
    const zones = ['Europe/Berlin', 'America/St_Johns', 'Australia/Lord_Howe', 'Asia/Shanghai'];
    fc.assert(
      fc.property(fc.constantFrom(...zones), fc.constantFrom(...changes), fc.integer({ min: -3 * 3_600_000, max: 3 * 3_600_000 }), (zone, change, shift) => {
        expect(offsetMinutes(zone, change + shift)).toBe(formattedOffset(zone, change + shift));
      }),
      { numRuns: 2_000 },
    );
    expect(offsetMinutes('America/St_Johns', Date.parse('2026-03-08T05:29:59Z'))).toBe(-210);
    expect(offsetMinutes('America/St_Johns', Date.parse('2026-03-08T05:30:00Z'))).toBe(-150);
    expect(offsetMinutes('Asia/Shanghai', Date.parse('2026-11-28T12:00:00Z'))).toBe(480);
  });
});

describe('checking what people enter', () => {
  const base = chineseStatutoryHolidays.find((year) => year.year === 2026)!;

  it('refuses a make-up day on a weekday, overlaps, bad dates and a missing source', () => {
    expect(checkCalendarYear({ ...base, workdays: [{ date: '2026-02-16', name: '春节' }] }).join('\n')).toMatch(/not a Saturday or Sunday/);
    expect(checkCalendarYear({ ...base, workdays: [{ date: '2026-02-15', name: '春节' }] }).join('\n')).toMatch(/both a holiday and a make-up/);
    expect(checkCalendarYear({ ...base, holidays: [...base.holidays, { name: '重复', from: '2026-10-07', to: '2026-10-08' }] }).join('\n')).toMatch(/two holidays/);
    expect(checkCalendarYear({ ...base, holidays: [{ name: '春节', from: '2026-02-30', to: '2026-03-01' }] }).join('\n')).toMatch(/YYYY-MM-DD/);
    expect(checkCalendarYear({ ...base, holidays: [{ name: '远', from: '2028-02-01', to: '2028-02-02' }] }).join('\n')).toMatch(/not in or next to 2026/);
    expect(checkCalendarYear({ ...base, source: { ...base.source, title: ' ' } }).join('\n')).toMatch(/where the dates come from/);
  });

  it('refuses office hours that overlap, run backwards or are not times', () => {
    expect(checkWorkingHours([])).toHaveLength(1);
    expect(checkWorkingHours([{ start: '09:00', end: '08:00' }])[0]).toMatch(/after the start/);
    expect(checkWorkingHours([{ start: '08:00', end: '12:00' }, { start: '11:00', end: '17:00' }])[0]).toMatch(/overlaps/);
    expect(checkWorkingHours([{ start: '8:00', end: '12:00' }])[0]).toMatch(/HH:MM/);
    expect(checkWorkingHours(defaultLoopPolicy.workingHours)).toEqual([]);
  });

  it('refuses durations that are not positive or longer than a year', () => {
    expect(checkDuration({ amount: 0, unit: 'hours' })).toMatch(/positive/);
    expect(checkDuration({ amount: 400, unit: 'days' })).toMatch(/longer than a year/);
    expect(checkDuration({ amount: 5, unit: 'fortnights' as never })).toMatch(/unknown unit/);
    expect(checkDuration({ amount: 5, unit: 'working_days' })).toBeNull();
    expect(formatDuration({ amount: 5, unit: 'working_days' }, 'zh-CN')).toBe('5个工作日');
    expect(formatDuration({ amount: 1, unit: 'hours' })).toBe('1 hour');
  });

  it('walks dates across month and year ends', () => {
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
  });

  it('agrees with Date on weekdays and day steps for any date, asked once or again', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1800-01-01T00:00:00Z'), max: new Date('2300-12-31T00:00:00Z'), noInvalidDate: true }), fc.integer({ min: -400, max: 400 }), (instant, days) => {
        const date = instant.toISOString().slice(0, 10);
        const later = new Date(Date.UTC(instant.getUTCFullYear(), instant.getUTCMonth(), instant.getUTCDate() + days)).toISOString().slice(0, 10);
        for (let time = 0; time < 2; time++) {
          expect(weekdayOf(date)).toBe(instant.getUTCDay());
          expect(addDays(date, days)).toBe(later);
          expect(daysBetween(date, later)).toBe(days);
        }
      }),
    );
    expect(() => addDays('2026-02-30', 1)).toThrow(RangeError);
  });
});
