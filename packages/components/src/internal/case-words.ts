import type { CaseKind, CaseStatus, RatingLevel } from '@huying/sdk';
import { defineTranslations, type Locale } from './locale.js';

/** The words residents read for a case's kind, status and rating, shared by every resident element. */
export const caseWords = defineTranslations({
  'zh-CN': {
    kind: { complaint: '投诉反映', help: '求助', consultation: '咨询', suggestion: '建议', praise: '表扬' } as Record<CaseKind, string>,
    status: {
      submitted: '待受理',
      accepted: '已受理',
      in_handling: '办理中',
      joint_handling: '多部门联合办理中',
      awaiting_resident: '等待您补充信息',
      returned: '重新分派中',
      resolved: '已答复，待评价',
      rated: '已评价',
      closed: '已办结',
    } as Record<CaseStatus, string>,
    rating: { satisfied: '满意', basically_satisfied: '基本满意', unsatisfied: '不满意' } as Record<RatingLevel, string>,
  },
  en: {
    kind: { complaint: 'Complaint', help: 'Request for help', consultation: 'Question', suggestion: 'Suggestion', praise: 'Praise' } as Record<CaseKind, string>,
    status: {
      submitted: 'Waiting to be taken on',
      accepted: 'Taken on',
      in_handling: 'Being handled',
      joint_handling: 'Handled jointly by several units',
      awaiting_resident: 'Waiting for information from you',
      returned: 'Being reassigned',
      resolved: 'Answered — please rate',
      rated: 'Rated',
      closed: 'Closed',
    } as Record<CaseStatus, string>,
    rating: { satisfied: 'Satisfied', basically_satisfied: 'Basically satisfied', unsatisfied: 'Unsatisfied' } as Record<RatingLevel, string>,
  },
});

const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();

/** A moment as residents of the platform's city read it (Beijing time), e.g. 3月2日 09:30. */
export function formatDateTime(iso: string, locale: Locale, options: { withYear?: boolean } = {}): string {
  const key = `${locale}${options.withYear ? 'y' : ''}`;
  let format = dateTimeFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, {
      timeZone: 'Asia/Shanghai',
      ...(options.withYear ? { year: 'numeric' } : {}),
      month: 'short',
      day: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      hour12: false,
    });
    dateTimeFormats.set(key, format);
  }
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? '' : format.format(date);
}

/** "3 days ago", "today": how long ago something was reported. */
export function daysAgo(iso: string, locale: Locale, now = Date.now()): string {
  const days = Math.max(0, Math.floor((now - new Date(iso).getTime()) / 86_400_000));
  return new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }).format(-days, 'day');
}
