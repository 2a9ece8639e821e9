/**
 * Time in the demo city: placing a source message's wall-clock time into the months before `now`
 * (same weekday and time of day), and spacing a case's steps the way work actually happens —
 * quick moves in minutes or hours, the handling itself over the real handling time, nobody in
 * the grid or the community working at 3 a.m.
 */
import type { Random } from './random.js';
import type { WallClock } from './sources.js';
import type { DemoActor, DemoCommand, DemoStep } from './types.js';

export const minute = 60_000;
export const hour = 60 * minute;
export const day = 24 * hour;

/** Asia/Shanghai has no daylight saving time: a fixed UTC+8. */
const shanghaiOffset = 8 * hour;

export const isoTime = (ms: number) => new Date(ms).toISOString();

const localDayStart = (ms: number) => Math.floor((ms + shanghaiOffset) / day) * day - shanghaiOffset;
const localHour = (ms: number) => (ms - localDayStart(ms)) / hour;
const timeOfDay = (clock: WallClock) => ((clock.hour * 60 + clock.minute) * 60 + clock.second) * 1000;

/** The first moment at local `hourOfDay` at or after `ms`. */
export function nextLocalTime(ms: number, hourOfDay: number): number {
  const candidate = localDayStart(ms) + hourOfDay * hour;
  return candidate >= ms ? candidate : candidate + day;
}

/** How many weeks back a historical case may lie: about six months. */
export const historyWeeks = 26;

/**
 * A historical case: the source's weekday and time of day, in one of the last 26 weeks before
 * `now`, never after it.
 */
export function placeInHistory(clock: WallClock, now: number, random: Random): number {
  const today = localDayStart(now);
  const todayWeekday = new Date(today + shanghaiOffset).getUTCDay();
  const weekday = new Date(Date.UTC(clock.year, clock.month - 1, clock.day)).getUTCDay();
  const daysBack = ((todayWeekday - weekday + 7) % 7) + 7 * random.int(0, historyWeeks - 1);
  const placed = today - daysBack * day + timeOfDay(clock);
  return placed > now ? placed - 7 * day : placed;
}

/** A recent case: the source's time of day on the day of `target`, never after `now`. */
export function placeNear(clock: WallClock, target: number, now: number): number {
  const placed = localDayStart(target) + timeOfDay(clock);
  return placed > now ? placed - day : placed;
}

/** Moves a moment inside quiet hours to the next morning's start of work. */
function outsideQuietHours(ms: number, random: Random, quietFrom: number, quietUntil: number): number {
  const at = localHour(ms);
  if (at >= quietUntil && at < quietFrom) return ms;
  return nextLocalTime(ms, quietUntil) + random.between(0, 1.5) * hour;
}

export type StepTiming =
  /** A move that takes minutes or hours whatever the case: accepting, dispatching, ruling. */
  | { quick: readonly [number, number] }
  /** A share of the handling time: the work before a report, a reply, a resumption. */
  | { work: number };

export interface PlannedStep {
  actor: DemoActor;
  /** A function when the command mentions its own time (a joint meeting, a due date). */
  command: DemoCommand | ((at: number) => DemoCommand);
  timing: StepTiming;
}

/** Staff of the command centre work round the clock; everyone else keeps office or waking hours. */
export interface ScheduleOptions {
  roundTheClockUnitKey: string;
}

/**
 * Gives planned steps their times: quick moves take their own delay (squeezed if together they
 * would use more than 60 % of the handling time), the rest of the handling time is shared among
 * the work steps by weight, and the last work step (the reply) lands at `start + handling`
 * unless quiet hours pushed something later.
 */
export function schedule(start: number, handling: number, planned: readonly PlannedStep[], random: Random, options: ScheduleOptions): DemoStep[] {
  const quick = planned.map((step) => ('quick' in step.timing ? random.between(step.timing.quick[0], step.timing.quick[1]) : 0));
  const quickTotal = quick.reduce((sum, delay) => sum + delay, 0);
  const squeeze = quickTotal > handling * 0.6 ? (handling * 0.6) / quickTotal : 1;
  const work = planned.map((step) => ('work' in step.timing ? step.timing.work * random.between(0.6, 1.4) : 0));
  const workTotal = work.reduce((sum, weight) => sum + weight, 0);
  const workTime = Math.max(0, handling - quickTotal * squeeze);

  const steps: DemoStep[] = [];
  let clock = start;
  let previous = start;
  planned.forEach((step, index) => {
    clock += (quick[index] ?? 0) * squeeze + (workTotal > 0 ? (workTime * (work[index] ?? 0)) / workTotal : 0);
    let at = Math.max(clock, previous + minute);
    if (step.actor.type === 'staff' && step.actor.unitKey !== options.roundTheClockUnitKey) at = outsideQuietHours(at, random, 22, 7.5);
    if (step.actor.type === 'resident') at = outsideQuietHours(at, random, 23, 7);
    at = Math.round(at / 1000) * 1000;
    clock = Math.max(clock, at);
    previous = at;
    steps.push({ at: isoTime(at), actor: step.actor, command: typeof step.command === 'function' ? step.command(at) : step.command });
  });
  return steps;
}

/** A resident's moment after `from`: outside the night, the way people answer rating requests. */
export function residentMoment(from: number, delay: number, random: Random): number {
  return Math.round(outsideQuietHours(from + delay, random, 23, 7) / 1000) * 1000;
}

/** The nightly job closes cases whose rating period has run out: 02:00 after the period ends. */
export function automaticCloseTime(resolvedAt: number, ratingPeriod: number): number {
  return nextLocalTime(resolvedAt + ratingPeriod, 2);
}
