/**
 * What the monthly assessment (考核) counts for each unit, and the rates made from those counts.
 * docs/assessment.md gives every formula in full (numerator, denominator, the events, the month a
 * case counts in, and how transfers and joint handling are attributed); the names and labels here
 * are shared by the API, its exports and the elements, so a figure is called the same everywhere.
 */
import type { UnitKind } from '../units.js';

/** Counts and times of one unit in one month. Every count can be opened into the cases behind it. */
export interface AssessmentFigures {
  /** Distinct cases that arrived at the unit (intake, dispatch, escalation, a rejected return, reopening, taking the lead). */
  received: number;
  /** Acceptance (签收) deadlines of the unit settled in the month, and those met in time. */
  acceptDue: number;
  acceptOnTime: number;
  /** First-response (首次响应) deadlines settled, and met in time: the response rate 响应率. */
  responseDue: number;
  responseOnTime: number;
  /** Replies (答复) the unit sent: distinct cases. */
  resolved: number;
  /** Resolution (办结) deadlines settled, and met in time: 按期办结率. */
  resolutionDue: number;
  resolutionOnTime: number;
  /** Replies the resident has judged (rated and, if unsatisfied, reopened or let close), and those judged resolved: 解决率. */
  judged: number;
  judgedResolved: number;
  /** Ratings of first replies (一次办结满意率). */
  firstRated: number;
  firstSatisfied: number;
  firstBasicallySatisfied: number;
  firstUnsatisfied: number;
  /** The latest rating of each case (最终办结满意率). */
  finalRated: number;
  finalSatisfied: number;
  finalBasicallySatisfied: number;
  finalUnsatisfied: number;
  /** Returns (退单) the unit made, and the dispatchers' rulings on its returns. */
  returns: number;
  returnsUpheld: number;
  returnsRejected: number;
  /** Replies of the unit that the resident sent back (重办). */
  reopened: number;
  /** Deadlines of the unit that passed unmet (every step), and the distinct cases they belong to. */
  overdueDeadlines: number;
  overdueCases: number;
  /** Joint-handling parts (联办分工) given to the unit, the part deadlines settled, and those met in time. */
  jointParts: number;
  jointPartsDue: number;
  jointPartsOnTime: number;
  /** Supervision notices (督办单) sent to the unit, answered, answered in time, and past their answer time unanswered. */
  notices: number;
  noticesAnswered: number;
  noticesAnsweredOnTime: number;
  noticesUnansweredOverdue: number;
  /** Hours from the unit receiving a case to its reply, over its replies: mean and 90th percentile. */
  handlingHoursAverage: number | null;
  handlingHoursP90: number | null;
}

export type FigureKey = keyof AssessmentFigures;

/** The figures that are counts of cases (the drill-down lists exactly those cases). */
export const countFigures = [
  'received',
  'acceptDue',
  'acceptOnTime',
  'responseDue',
  'responseOnTime',
  'resolved',
  'resolutionDue',
  'resolutionOnTime',
  'judged',
  'judgedResolved',
  'firstRated',
  'firstSatisfied',
  'firstBasicallySatisfied',
  'firstUnsatisfied',
  'finalRated',
  'finalSatisfied',
  'finalBasicallySatisfied',
  'finalUnsatisfied',
  'returns',
  'returnsUpheld',
  'returnsRejected',
  'reopened',
  'overdueDeadlines',
  'overdueCases',
  'jointParts',
  'jointPartsDue',
  'jointPartsOnTime',
  'notices',
  'noticesAnswered',
  'noticesAnsweredOnTime',
  'noticesUnansweredOverdue',
] as const satisfies readonly FigureKey[];
export type CountFigure = (typeof countFigures)[number];

export const timeFigures = ['handlingHoursAverage', 'handlingHoursP90'] as const satisfies readonly FigureKey[];

/** The rates a city may weigh in its score: each a share between 0 and 1, undefined without cases. */
export const scoredRates = [
  'acceptOnTimeRate',
  'responseRate',
  'onTimeResolutionRate',
  'resolutionRate',
  'firstSatisfactionRate',
  'finalSatisfactionRate',
  'jointPartOnTimeRate',
  'noticeAnswerRate',
] as const;
export type RateKey = (typeof scoredRates)[number];

export type Rates = Record<RateKey, number | null>;

const share = (numerator: number, denominator: number): number | null => (denominator > 0 ? numerator / denominator : null);

/**
 * The rates of a unit's figures. `basicallySatisfiedCredit` is how much a 基本满意 counts towards
 * satisfaction (1: fully, as the loop reports it; some cities count 0.8).
 */
export function ratesOf(figures: AssessmentFigures, basicallySatisfiedCredit = 1): Rates {
  return {
    acceptOnTimeRate: share(figures.acceptOnTime, figures.acceptDue),
    responseRate: share(figures.responseOnTime, figures.responseDue),
    onTimeResolutionRate: share(figures.resolutionOnTime, figures.resolutionDue),
    resolutionRate: share(figures.judgedResolved, figures.judged),
    firstSatisfactionRate: share(figures.firstSatisfied + basicallySatisfiedCredit * figures.firstBasicallySatisfied, figures.firstRated),
    finalSatisfactionRate: share(figures.finalSatisfied + basicallySatisfiedCredit * figures.finalBasicallySatisfied, figures.finalRated),
    jointPartOnTimeRate: share(figures.jointPartsOnTime, figures.jointPartsDue),
    noticeAnswerRate: share(figures.noticesAnsweredOnTime, figures.noticesAnswered + figures.noticesUnansweredOverdue),
  };
}

export const emptyFigures = (): AssessmentFigures => ({
  ...(Object.fromEntries(countFigures.map((key) => [key, 0])) as Record<CountFigure, number>),
  handlingHoursAverage: null,
  handlingHoursP90: null,
});

type Label = { 'zh-CN': string; en: string };

/** Column headings, in both languages, for tables, exports and elements. */
export const figureLabels: Record<FigureKey, Label> = {
  received: { 'zh-CN': '受理量', en: 'Received' },
  acceptDue: { 'zh-CN': '应签收', en: 'Acceptances due' },
  acceptOnTime: { 'zh-CN': '按时签收', en: 'Accepted on time' },
  responseDue: { 'zh-CN': '应首次响应', en: 'First responses due' },
  responseOnTime: { 'zh-CN': '按时响应', en: 'Responded on time' },
  resolved: { 'zh-CN': '办结量', en: 'Resolved' },
  resolutionDue: { 'zh-CN': '应办结', en: 'Resolutions due' },
  resolutionOnTime: { 'zh-CN': '按期办结', en: 'Resolved on time' },
  judged: { 'zh-CN': '群众已评判', en: 'Judged by residents' },
  judgedResolved: { 'zh-CN': '群众认为已解决', en: 'Judged resolved' },
  firstRated: { 'zh-CN': '首次评价', en: 'First ratings' },
  firstSatisfied: { 'zh-CN': '首次满意', en: 'First: satisfied' },
  firstBasicallySatisfied: { 'zh-CN': '首次基本满意', en: 'First: basically satisfied' },
  firstUnsatisfied: { 'zh-CN': '首次不满意', en: 'First: unsatisfied' },
  finalRated: { 'zh-CN': '最终评价', en: 'Final ratings' },
  finalSatisfied: { 'zh-CN': '最终满意', en: 'Final: satisfied' },
  finalBasicallySatisfied: { 'zh-CN': '最终基本满意', en: 'Final: basically satisfied' },
  finalUnsatisfied: { 'zh-CN': '最终不满意', en: 'Final: unsatisfied' },
  returns: { 'zh-CN': '退单', en: 'Returns' },
  returnsUpheld: { 'zh-CN': '退单获准', en: 'Returns upheld' },
  returnsRejected: { 'zh-CN': '退单被驳回', en: 'Returns rejected' },
  reopened: { 'zh-CN': '重办', en: 'Reopened' },
  overdueDeadlines: { 'zh-CN': '超时环节', en: 'Deadlines missed' },
  overdueCases: { 'zh-CN': '超时诉求', en: 'Cases overdue' },
  jointParts: { 'zh-CN': '联办分工', en: 'Joint parts' },
  jointPartsDue: { 'zh-CN': '应报联办', en: 'Joint parts due' },
  jointPartsOnTime: { 'zh-CN': '按时报联办', en: 'Joint parts on time' },
  notices: { 'zh-CN': '督办单', en: 'Supervision notices' },
  noticesAnswered: { 'zh-CN': '已回复督办', en: 'Notices answered' },
  noticesAnsweredOnTime: { 'zh-CN': '按时回复督办', en: 'Notices answered on time' },
  noticesUnansweredOverdue: { 'zh-CN': '督办逾期未复', en: 'Notices overdue unanswered' },
  handlingHoursAverage: { 'zh-CN': '平均办理时长（小时）', en: 'Average handling (hours)' },
  handlingHoursP90: { 'zh-CN': '办理时长P90（小时）', en: 'Handling P90 (hours)' },
};

export const rateLabels: Record<RateKey, Label> = {
  acceptOnTimeRate: { 'zh-CN': '按时签收率', en: 'On-time acceptance' },
  responseRate: { 'zh-CN': '响应率', en: 'Response rate' },
  onTimeResolutionRate: { 'zh-CN': '按期办结率', en: 'On-time resolution' },
  resolutionRate: { 'zh-CN': '解决率', en: 'Resolution rate' },
  firstSatisfactionRate: { 'zh-CN': '一次办结满意率', en: 'First-time satisfaction' },
  finalSatisfactionRate: { 'zh-CN': '最终办结满意率', en: 'Final satisfaction' },
  jointPartOnTimeRate: { 'zh-CN': '联办按时率', en: 'Joint parts on time' },
  noticeAnswerRate: { 'zh-CN': '督办按时回复率', en: 'Notices answered on time' },
};

/** The headings of the score columns. */
export const scoreLabels = {
  overall: { 'zh-CN': '综合得分', en: 'Overall score' },
  satisfaction: { 'zh-CN': '系数依据满意率', en: 'Satisfaction for the coefficient' },
  coefficient: { 'zh-CN': '满意度系数', en: 'Satisfaction coefficient' },
  final: { 'zh-CN': '最终得分', en: 'Final score' },
  rank: { 'zh-CN': '排名', en: 'Rank' },
  unit: { 'zh-CN': '单位', en: 'Unit' },
  level: { 'zh-CN': '层级', en: 'Level' },
} as const satisfies Record<string, Label>;

/** The levels a table is ranked within, as people name them. */
export const levelLabels: Record<UnitKind, Label> = {
  city: { 'zh-CN': '指挥中心', en: 'Command centre' },
  street: { 'zh-CN': '街道', en: 'Streets' },
  community: { 'zh-CN': '社区', en: 'Communities' },
  grid: { 'zh-CN': '网格', en: 'Grids' },
  department: { 'zh-CN': '职能部门', en: 'Departments' },
  property: { 'zh-CN': '物业公司', en: 'Property companies' },
};
