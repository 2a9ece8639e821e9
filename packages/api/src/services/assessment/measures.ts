/**
 * Where each figure of the monthly table comes from, written once: the rows of a source (a
 * ledger read as it stood at `asOf`, for one month) and, per figure, the condition a row must
 * meet. The table counts those rows; the drill-down lists them. So a figure and the cases
 * behind it can never disagree.
 */
import type { CountFigure } from '@huying/core';
import { sql, type SQL } from 'drizzle-orm';

export interface MonthScope {
  cityId: string;
  start: Date;
  end: Date;
  asOf: Date;
}

export type SourceName = 'deadlines' | 'replies' | 'moves' | 'notices';

/**
 * Each source yields `unit_id` (the unit the row counts for), `case_id`, `at` (the moment that
 * puts it in the month), `ref` (unique per row, for paging) and `detail` (what the drill-down
 * shows beside the case), plus the columns the conditions read.
 */
export function sourceRows(source: SourceName, scope: MonthScope): SQL {
  const { cityId, start, end, asOf } = scope;
  const [from, to, at] = [start.toISOString(), end.toISOString(), asOf.toISOString()];
  switch (source) {
    case 'deadlines':
      // Settled in the month: met in time when it ended (by then), missed when its due time passed
      // unmet (the clock not stopped); still running or waiting for the resident: pending.
      return sql`
        SELECT d.case_id, d.step, d.id::text AS ref,
               CASE WHEN o.outcome = 'missed' THEN COALESCE(d.lapsed_unit_id, d.unit_id) ELSE d.unit_id END AS unit_id,
               CASE WHEN o.outcome = 'missed' THEN COALESCE(d.lapsed_at, d.due_at) ELSE d.ended_at END AS at,
               o.outcome,
               jsonb_build_object('step', d.step, 'round', d.round, 'startedAt', d.started_at, 'dueAt', COALESCE(d.lapsed_at, d.due_at),
                                  'endedAt', CASE WHEN d.ended_at <= ${at}::timestamptz THEN d.ended_at END, 'outcome', o.outcome) AS detail
        FROM assessment_deadlines d
        CROSS JOIN LATERAL (SELECT CASE
            WHEN d.lapsed_at IS NOT NULL AND d.lapsed_at < ${at}::timestamptz THEN 'missed'
            WHEN d.ended_at IS NOT NULL AND d.ended_at <= ${at}::timestamptz THEN
              CASE WHEN d.step = 'part' AND d.ended_by <> 'part_reported' THEN 'waived' ELSE 'met' END
            WHEN d.due_at < ${at}::timestamptz AND (d.paused_at IS NULL OR d.paused_at > ${at}::timestamptz) THEN 'missed'
            ELSE 'pending' END AS outcome) o
        WHERE d.city_id = ${cityId} AND d.settles_at >= ${from}::timestamptz AND d.settles_at < ${to}::timestamptz`;
    case 'replies':
      // Replies sent in the month, with what the resident had said about each by `asOf`.
      return sql`
        SELECT r.case_id, r.unit_id, r.replied_at AS at, r.case_id::text || '/' || r.round AS ref, r.round,
               CASE WHEN r.rated_at <= ${at}::timestamptz THEN r.rating END AS rating,
               r.round = 1 AS first_reply,
               r.rated_at <= ${at}::timestamptz AND (r.superseded_at IS NULL OR r.superseded_at > ${at}::timestamptz) AS final_rating,
               r.rated_at <= ${at}::timestamptz AND (r.rating <> 'unsatisfied' OR r.reopened_at <= ${at}::timestamptz OR r.closed_at <= ${at}::timestamptz) AS judged,
               r.rated_at <= ${at}::timestamptz AND (r.rating <> 'unsatisfied' OR (r.closed_at <= ${at}::timestamptz AND (r.reopened_at IS NULL OR r.reopened_at > ${at}::timestamptz))) AS judged_resolved,
               extract(epoch FROM r.replied_at - r.received_at) / 3600.0 AS handling_hours,
               jsonb_build_object('round', r.round, 'receivedAt', r.received_at, 'repliedAt', r.replied_at,
                                  'rating', CASE WHEN r.rated_at <= ${at}::timestamptz THEN r.rating END,
                                  'reopenedAt', CASE WHEN r.reopened_at <= ${at}::timestamptz THEN r.reopened_at END) AS detail
        FROM assessment_replies r
        WHERE r.city_id = ${cityId} AND r.replied_at >= ${from}::timestamptz AND r.replied_at < ${to}::timestamptz AND r.replied_at <= ${at}::timestamptz`;
    case 'moves':
      return sql`
        SELECT m.case_id, m.unit_id, m.at, m.id::text AS ref, m.type, jsonb_build_object('type', m.type, 'seq', m.seq) AS detail
        FROM assessment_moves m
        WHERE m.city_id = ${cityId} AND m.at >= ${from}::timestamptz AND m.at < ${to}::timestamptz AND m.at <= ${at}::timestamptz`;
    case 'notices':
      return sql`
        SELECT n.case_id, n.unit_id, n.issued_at AS at, n.id::text AS ref,
               n.answered_at <= ${at}::timestamptz AS answered,
               n.answered_at <= ${at}::timestamptz AND (n.answer_due_at IS NULL OR n.answered_at <= n.answer_due_at) AS answered_on_time,
               (n.answered_at IS NULL OR n.answered_at > ${at}::timestamptz) AND n.answer_due_at < ${at}::timestamptz AS unanswered_overdue,
               jsonb_build_object('step', n.step, 'reason', n.reason, 'answerDueAt', n.answer_due_at,
                                  'answeredAt', CASE WHEN n.answered_at <= ${at}::timestamptz THEN n.answered_at END) AS detail
        FROM supervision_notices n
        WHERE n.city_id = ${cityId} AND n.issued_at >= ${from}::timestamptz AND n.issued_at < ${to}::timestamptz AND n.issued_at <= ${at}::timestamptz`;
  }
}

/** The columns of each source that the figures' conditions read (and nothing else does). */
export const conditionColumns: Record<SourceName, string[]> = {
  deadlines: ['step', 'outcome'],
  replies: ['first_reply', 'rating', 'final_rating', 'judged', 'judged_resolved'],
  moves: ['type'],
  notices: ['answered', 'answered_on_time', 'unanswered_overdue'],
};

export interface MeasureDefinition {
  source: SourceName;
  /** The rows of the source that make up the figure; reads only the source's `conditionColumns`. */
  where: string;
  /** Counts distinct cases rather than rows (a case arriving twice is received once). */
  distinctCases?: boolean;
}

const deadline = (step: string) => ({
  due: { source: 'deadlines', where: `step = '${step}' AND outcome IN ('met', 'missed')` },
  onTime: { source: 'deadlines', where: `step = '${step}' AND outcome = 'met'` },
}) satisfies Record<string, MeasureDefinition>;
const rating = (which: 'first_reply' | 'final_rating', level: string | null): MeasureDefinition => ({
  source: 'replies',
  where: `${which} AND rating ${level ? `= '${level}'` : 'IS NOT NULL'}`,
});

export const measureDefinitions: Record<CountFigure, MeasureDefinition> = {
  received: { source: 'moves', where: `type = 'arrival'`, distinctCases: true },
  acceptDue: deadline('accept').due,
  acceptOnTime: deadline('accept').onTime,
  responseDue: deadline('first_response').due,
  responseOnTime: deadline('first_response').onTime,
  resolved: { source: 'replies', where: 'TRUE', distinctCases: true },
  resolutionDue: deadline('resolution').due,
  resolutionOnTime: deadline('resolution').onTime,
  judged: { source: 'replies', where: 'judged' },
  judgedResolved: { source: 'replies', where: 'judged_resolved' },
  firstRated: rating('first_reply', null),
  firstSatisfied: rating('first_reply', 'satisfied'),
  firstBasicallySatisfied: rating('first_reply', 'basically_satisfied'),
  firstUnsatisfied: rating('first_reply', 'unsatisfied'),
  finalRated: rating('final_rating', null),
  finalSatisfied: rating('final_rating', 'satisfied'),
  finalBasicallySatisfied: rating('final_rating', 'basically_satisfied'),
  finalUnsatisfied: rating('final_rating', 'unsatisfied'),
  returns: { source: 'moves', where: `type = 'returned'` },
  returnsUpheld: { source: 'moves', where: `type = 'return_upheld'` },
  returnsRejected: { source: 'moves', where: `type = 'return_rejected'` },
  reopened: { source: 'moves', where: `type = 'reopened'` },
  overdueDeadlines: { source: 'deadlines', where: `outcome = 'missed'` },
  overdueCases: { source: 'deadlines', where: `outcome = 'missed'`, distinctCases: true },
  jointParts: { source: 'moves', where: `type = 'joint_part'` },
  jointPartsDue: deadline('part').due,
  jointPartsOnTime: deadline('part').onTime,
  notices: { source: 'notices', where: 'TRUE' },
  noticesAnswered: { source: 'notices', where: 'answered' },
  noticesAnsweredOnTime: { source: 'notices', where: 'answered_on_time' },
  noticesUnansweredOverdue: { source: 'notices', where: 'unanswered_overdue' },
};
