import type { CaseKind, CaseStatus, StaffDeadlineState } from '@huying/sdk';
import { defineTranslations, type Locale } from '../internal/locale.js';

/** How a deadline stands, as a badge shows it: green running, amber nearing (预警), red overdue, grey paused. */
export type DeadlineBadge = StaffDeadlineState | 'paused';

/** The words staff read for a case's kind, status and deadline, shared by every staff element. */
export const staffWords = defineTranslations({
  'zh-CN': {
    kind: { complaint: '投诉', help: '求助', consultation: '咨询', suggestion: '建议', praise: '表扬' } as Record<CaseKind, string>,
    status: {
      submitted: '待签收',
      accepted: '已签收',
      in_handling: '办理中',
      joint_handling: '联办中',
      awaiting_resident: '待群众补充',
      returned: '已退单',
      resolved: '已答复待评价',
      rated: '已评价',
      closed: '已办结',
    } as Record<CaseStatus, string>,
    deadline: { running: '时限内', nearing: '即将超时', overdue: '已超时', paused: '已暂停', none: '无时限' } as Record<DeadlineBadge, string>,
    step: { accept: '签收', first_response: '首次响应', resolution: '办结', part: '联办分工' } as Record<string, string>,
    dueAt: (when: string) => `${when}前`,
    supervisions: (count: number) => `督办 ${count}`,
    channel: { qr: '扫码', kiosk: '自助终端', web: '网站', hotline: '热线', patrol: '网格巡查', open311: 'Open311', counter: '窗口' } as Record<string, string>,
  },
  en: {
    kind: { complaint: 'Complaint', help: 'Help', consultation: 'Question', suggestion: 'Suggestion', praise: 'Praise' } as Record<CaseKind, string>,
    status: {
      submitted: 'To accept',
      accepted: 'Accepted',
      in_handling: 'In handling',
      joint_handling: 'Joint handling',
      awaiting_resident: 'Waiting for the resident',
      returned: 'Returned',
      resolved: 'Answered, to be rated',
      rated: 'Rated',
      closed: 'Closed',
    } as Record<CaseStatus, string>,
    deadline: { running: 'On time', nearing: 'Due soon', overdue: 'Overdue', paused: 'Paused', none: 'No deadline' } as Record<DeadlineBadge, string>,
    step: { accept: 'Accept', first_response: 'First response', resolution: 'Resolution', part: 'Joint part' } as Record<string, string>,
    dueAt: (when: string) => `by ${when}`,
    supervisions: (count: number) => `${count} supervision${count === 1 ? '' : 's'}`,
    channel: { qr: 'QR sign', kiosk: 'Kiosk', web: 'Website', hotline: 'Hotline', patrol: 'Patrol', open311: 'Open311', counter: 'Counter' } as Record<string, string>,
  },
});

export const staffWordsFor = (locale: Locale) => staffWords[locale];
