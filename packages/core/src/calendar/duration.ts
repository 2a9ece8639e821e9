/**
 * Durations of the loop's time limits. Clock units run day and night (urgent cases, utilities:
 * "24 hours"); working units count only the working hours of working days on the city's
 * calendar ("5 working days").
 */
export const durationUnits = ['minutes', 'hours', 'days', 'working_hours', 'working_days'] as const;
export type DurationUnit = (typeof durationUnits)[number];

export interface Duration {
  amount: number;
  unit: DurationUnit;
}

/** How a duration is measured: elapsed clock time, or working time on a calendar. */
export type TimeBasis = 'clock' | 'working';

export const basisOf = (unit: DurationUnit): TimeBasis => (unit === 'working_hours' || unit === 'working_days' ? 'working' : 'clock');

/** The longest time limit accepted: a deadline years away is a typing mistake, not a policy. */
export const maxDurationMinutes = 366 * 24 * 60;

/**
 * A duration in minutes of its basis. A working day is `workingDayMinutes` of working time, so
 * "N working days" from 10:00 on a working day ends at 10:00 N working days later.
 */
export function durationMinutes(duration: Duration, workingDayMinutes: number): number {
  switch (duration.unit) {
    case 'minutes':
      return duration.amount;
    case 'hours':
    case 'working_hours':
      return duration.amount * 60;
    case 'days':
      return duration.amount * 24 * 60;
    case 'working_days':
      return duration.amount * workingDayMinutes;
  }
}

/** Checks a duration given by a person; returns the problem or null. */
export function checkDuration(duration: Duration): string | null {
  if (!durationUnits.includes(duration.unit)) return `unknown unit "${String(duration.unit)}"; use one of ${durationUnits.join(', ')}`;
  if (!Number.isFinite(duration.amount) || duration.amount <= 0) return 'a time limit must be a positive amount';
  // Working days are at most a whole day each, so measuring them in clock days bounds them.
  const upper = durationMinutes(duration, 24 * 60);
  if (upper > maxDurationMinutes) return 'a time limit longer than a year is not accepted';
  if (durationMinutes(duration, 60) < 1) return 'a time limit must be at least one minute';
  return null;
}

const unitLabels: Record<DurationUnit, { zh: string; en: [string, string] }> = {
  minutes: { zh: '分钟', en: ['minute', 'minutes'] },
  hours: { zh: '小时', en: ['hour', 'hours'] },
  days: { zh: '天', en: ['day', 'days'] },
  working_hours: { zh: '个工作小时', en: ['working hour', 'working hours'] },
  working_days: { zh: '个工作日', en: ['working day', 'working days'] },
};

/** "5 working days" / "5个工作日". */
export function formatDuration(duration: Duration, language: 'zh-CN' | 'en' = 'en'): string {
  const label = unitLabels[duration.unit];
  if (language === 'zh-CN') return `${duration.amount}${label.zh}`;
  return `${duration.amount} ${label.en[duration.amount === 1 ? 0 : 1]}`;
}
