import type { AppDependencies, StaffPrincipal } from '../../context.js';
import { ProblemError } from '../../http/problems.js';
import type { CaseEventNotice } from '../cases/events.js';
import { assertStaffCanSee, staffCaseSummary, type StaffCaseSummary } from '../cases/staff-queries.js';
import { openNoticeStream } from './case-stream.js';

/** What a staff stream sends for each change of a case the staff member can see. */
export interface StaffCaseChange {
  /** The event that changed the case: its type, sequence number and the status it left. */
  event: { type: CaseEventNotice['type']; seq: number; status: CaseEventNotice['status'] };
  /** The case as lists show it, after the change. */
  case: StaffCaseSummary;
}

/**
 * Answers shared by every stream of this process for one notice: a city's staff watch the same
 * changes, so the case is read once per notice and visibility checked once per unit and role,
 * however many of them have the inbox open. Entries go once the notice has been handled.
 */
const sharedAnswers = new Map<string, Promise<unknown>>();
const answerLifetimeMs = 10_000;

function shared<T>(key: string, work: () => Promise<T>): Promise<T> {
  let answer = sharedAnswers.get(key) as Promise<T> | undefined;
  if (!answer) {
    answer = work();
    sharedAnswers.set(key, answer);
    const forget = () => setTimeout(() => sharedAnswers.delete(key), answerLifetimeMs).unref();
    answer.then(forget, forget);
  }
  return answer;
}

/** Whether the staff member may see the case: the same rule as the staff case list and view. */
async function canSee(deps: AppDependencies, staff: StaffPrincipal, caseId: string): Promise<boolean> {
  try {
    await assertStaffCanSee(deps.database.db, staff, caseId);
    return true;
  } catch (error) {
    if (error instanceof ProblemError && error.code === 'not-found') return false;
    throw error;
  }
}

/**
 * A server-sent event stream of every change to the cases a staff member can see: each event is
 * `case`, with the event that happened and the case as lists show it. The inbox applies it to the
 * rows on screen (add, update, or drop what no longer matches its filters). Nothing is replayed
 * after a reconnection: a client reloads its list when the stream (re)opens, which the `ready`
 * event at the start of every connection tells it.
 *
 * Returns null when this process has no room for another stream.
 */
export function openStaffStream(deps: AppDependencies, staff: StaffPrincipal, signal?: AbortSignal): Promise<ReadableStream<Uint8Array> | null> {
  let greeted = false;
  return openNoticeStream(deps, {
    subscribe: (live, subscriber) => live.subscribeCity(staff.cityId, subscriber),
    next: async (notice) => {
      if (!notice) {
        if (greeted) return null;
        greeted = true;
        return `event: ready\ndata: ${JSON.stringify({ unitId: staff.unit.id })}\n\n`;
      }
      const key = `${notice.caseId}:${notice.seq}`;
      const visible = await shared(`${key}:${staff.unit.id}:${staff.role}`, () => canSee(deps, staff, notice.caseId));
      if (!visible) return null;
      const summary = await shared(key, () => staffCaseSummary(deps.database.db, notice.caseId, deps.clock.now()));
      if (!summary) return null;
      const change: StaffCaseChange = { event: { type: notice.type, seq: notice.seq, status: notice.status }, case: summary };
      return `event: case\ndata: ${JSON.stringify(change)}\n\n`;
    },
    signal,
  });
}
