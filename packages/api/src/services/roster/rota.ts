import { addDays, instantAt, type LocalDate } from '@huying/core';

/**
 * The arithmetic of a 24-hour duty rota (轮值), with no database: who is really on duty once
 * leave is taken out, where nobody is, and how a repeating pattern of shifts fills a period.
 */

export interface Interval {
  startsAt: Date;
  endsAt: Date;
}

export interface ShiftLike extends Interval {
  accountId: string;
}

/** A shift of a rota pattern in local time, `HH:MM`; an end at or before the start is on the next day. */
export interface ShiftSlot {
  start: string;
  end: string;
}

const clockPattern = /^([01]\d|2[0-3]):([0-5]\d)$/;

export function minuteOfDay(clock: string): number | null {
  const match = clockPattern.exec(clock);
  return match ? Number(match[1]) * 60 + Number(match[2]) : null;
}

/** Removes the parts of `interval` that the `cuts` cover; what is left, in order. */
export function subtract(interval: Interval, cuts: readonly Interval[]): Interval[] {
  let pieces: Interval[] = [interval];
  for (const cut of cuts) {
    pieces = pieces.flatMap((piece) => {
      if (cut.endsAt <= piece.startsAt || cut.startsAt >= piece.endsAt) return [piece];
      const left = cut.startsAt > piece.startsAt ? [{ startsAt: piece.startsAt, endsAt: cut.startsAt }] : [];
      const right = cut.endsAt < piece.endsAt ? [{ startsAt: cut.endsAt, endsAt: piece.endsAt }] : [];
      return [...left, ...right];
    });
  }
  return pieces;
}

/** The time each officer is really on duty: their shifts minus their own leave. */
export function effectiveCover<T extends ShiftLike>(shifts: readonly T[], leaves: readonly ShiftLike[]): (Interval & { shift: T })[] {
  return shifts.flatMap((shift) =>
    subtract(
      shift,
      leaves.filter((leave) => leave.accountId === shift.accountId),
    ).map((piece) => ({ ...piece, shift })),
  );
}

/** The stretches of `window` that no interval covers. */
export function gapsIn(window: Interval, cover: readonly Interval[]): Interval[] {
  return subtract(window, [...cover].sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime()));
}

export interface RotaPattern {
  /** The first local date of the rota. */
  from: LocalDate;
  days: number;
  slots: ShiftSlot[];
  /** Officers in the order they take turns. */
  officers: string[];
  timeZone: string;
}

/**
 * Fills `days` days with the slots, officers taking turns slot after slot. An officer on leave
 * during a slot is passed over for the next one in line; a slot nobody can take stays empty
 * (and so shows as a gap).
 */
export function planRota(pattern: RotaPattern, leaves: readonly ShiftLike[]): ShiftLike[] {
  const planned: ShiftLike[] = [];
  let turn = 0;
  for (let day = 0; day < pattern.days; day++) {
    const date = addDays(pattern.from, day);
    for (const slot of pattern.slots) {
      const start = minuteOfDay(slot.start)!;
      const end = minuteOfDay(slot.end)!;
      const startsAt = instantAt(date, start, pattern.timeZone);
      const endsAt = end > start ? instantAt(date, end, pattern.timeZone) : instantAt(addDays(date, 1), end, pattern.timeZone);
      for (let tried = 0; tried < pattern.officers.length; tried++) {
        const accountId = pattern.officers[(turn + tried) % pattern.officers.length]!;
        const away = leaves.some((leave) => leave.accountId === accountId && leave.startsAt < endsAt && leave.endsAt > startsAt);
        if (away) continue;
        planned.push({ accountId, startsAt, endsAt });
        turn = turn + tried + 1;
        break;
      }
    }
  }
  return planned;
}
