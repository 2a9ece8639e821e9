import type { CaseKind, CaseStatus } from '@huying/core';

export const scanLanguages = ['zh-CN', 'en'] as const;
export type ScanLanguage = (typeof scanLanguages)[number];

export interface ScanTexts {
  brand: string;
  otherLanguage: string;
  otherLanguageName: string;
  grid: string;
  property: string;
  reportHeading: string;
  reportButton: string;
  reportHint: string;
  formLoading: string;
  formFailed: (hotline: string) => string;
  trackHeading: string;
  trackLabel: string;
  trackHint: string;
  trackButton: string;
  trackInvalid: string;
  openHeading: string;
  openNone: string;
  openMore: (shown: number, total: number) => string;
  handledBy: (unit: string) => string;
  reportedOn: (date: string) => string;
  hotline: string;
  signLabel: (serial: number, version: number) => string;
  invalidTitle: string;
  invalidBody: string;
  revokedTitle: string;
  revokedBody: string;
  chooseHeading: string;
  chooseButton: string;
  status: Record<CaseStatus, string>;
  kind: Record<CaseKind, string>;
}

export const scanTexts: Record<ScanLanguage, ScanTexts> = {
  'zh-CN': {
    brand: '有呼必应一码通',
    otherLanguage: 'English',
    otherLanguageName: 'en',
    grid: '所属网格',
    property: '物业服务',
    reportHeading: '反映问题',
    reportButton: '我要反映问题',
    reportHint: '地点已按本楼自动填写，描述问题即可，可附照片。',
    formLoading: '正在加载表单…',
    formFailed: (hotline) => `表单没有加载成功，请稍后再试，或拨打 ${hotline}。`,
    trackHeading: '查询办理进度',
    trackLabel: '查询码',
    trackHint: '提交后收到的 12 位数字',
    trackButton: '查询',
    trackInvalid: '请输入 12 位数字的查询码',
    openHeading: '本楼正在处理的问题',
    openNone: '本楼目前没有正在处理的问题。',
    openMore: (shown, total) => `另有 ${total - shown} 件正在处理。`,
    handledBy: (unit) => `${unit}正在处理`,
    reportedOn: (date) => `${date}反映`,
    hotline: '服务热线',
    signLabel: (serial, version) => `标识编号 ${serial} · 第 ${version} 版`,
    invalidTitle: '无法识别这个二维码',
    invalidBody: '这个二维码不是本平台发放的楼栋标识，或已被改动。为避免把问题记到错误的地点，请自己选择地点后再反映。',
    revokedTitle: '这个标识已经停用',
    revokedBody: '这块标识已被更换或收回，不再代表任何楼栋。请选择地点后反映问题，或扫描楼栋上的新标识。',
    chooseHeading: '选择地点反映问题',
    chooseButton: '选择地点并反映问题',
    status: {
      submitted: '已受理，等待签收',
      accepted: '已签收',
      in_handling: '正在办理',
      joint_handling: '多部门联合办理',
      awaiting_resident: '等待补充信息',
      returned: '正在重新派单',
      resolved: '已答复',
      rated: '已评价',
      closed: '已办结',
    },
    kind: { complaint: '投诉反映', help: '求助', consultation: '咨询', suggestion: '建议', praise: '表扬' },
  },
  en: {
    brand: 'Huying one-scan sign',
    otherLanguage: '中文',
    otherLanguageName: 'zh-CN',
    grid: 'Grid',
    property: 'Property management',
    reportHeading: 'Report a problem',
    reportButton: 'Report a problem',
    reportHint: 'The place is already set to this building: describe the problem, add photos if you like.',
    formLoading: 'Loading the form…',
    formFailed: (hotline) => `The form did not load. Please try again later, or call ${hotline}.`,
    trackHeading: 'Track my case',
    trackLabel: 'Tracking code',
    trackHint: 'The 12 digits you received after reporting',
    trackButton: 'Track',
    trackInvalid: 'Enter the 12-digit tracking code',
    openHeading: 'Problems being handled at this building',
    openNone: 'Nothing is being handled at this building right now.',
    openMore: (shown, total) => `${total - shown} more are being handled.`,
    handledBy: (unit) => `Handled by ${unit}`,
    reportedOn: (date) => `reported ${date}`,
    hotline: 'Hotline',
    signLabel: (serial, version) => `Sign ${serial}, version ${version}`,
    invalidTitle: 'This QR code is not recognised',
    invalidBody: 'This code is not a building sign issued by the platform, or it has been altered. So that nothing is filed at the wrong place, please choose the place yourself.',
    revokedTitle: 'This sign is no longer in use',
    revokedBody: 'This sign has been replaced or withdrawn and no longer stands for a building. Choose the place to report a problem, or scan the new sign on the building.',
    chooseHeading: 'Choose the place and report',
    chooseButton: 'Choose the place and report',
    status: {
      submitted: 'Received, waiting to be taken on',
      accepted: 'Taken on',
      in_handling: 'Being handled',
      joint_handling: 'Handled jointly by several units',
      awaiting_resident: 'Waiting for more information',
      returned: 'Being reassigned',
      resolved: 'Answered',
      rated: 'Rated',
      closed: 'Closed',
    },
    kind: { complaint: 'Complaint', help: 'Request for help', consultation: 'Question', suggestion: 'Suggestion', praise: 'Praise' },
  },
};

/** `?lang=` first, then the browser's Accept-Language; Chinese unless English is preferred. */
export function chooseLanguage(requested: string | undefined, acceptLanguage: string | undefined): ScanLanguage {
  if (requested === 'en' || requested === 'zh-CN') return requested;
  const preferred = (acceptLanguage ?? '')
    .split(',')
    .map((part) => {
      const [tag = '', ...params] = part.trim().split(';');
      const quality = params.map((param) => /^q=([\d.]+)$/.exec(param.trim())?.[1]).find(Boolean);
      return { tag: tag.toLowerCase(), quality: quality ? Number(quality) : 1 };
    })
    .filter((entry) => entry.tag && entry.quality > 0)
    .sort((a, b) => b.quality - a.quality)
    .find((entry) => entry.tag.startsWith('zh') || entry.tag.startsWith('en'));
  return preferred?.tag.startsWith('en') ? 'en' : 'zh-CN';
}
