import { APIError, ConnectionError, TimeoutError } from '@huying/sdk';
import type { Locale } from './locale.js';
import { defineTranslations } from './locale.js';

/** What went wrong talking to the API, in the terms an element explains it to a resident. */
export type ApiFailure =
  | { kind: 'offline' }
  | { kind: 'timeout' }
  | { kind: 'server'; requestId: string | null }
  | { kind: 'site'; detail: string }
  | { kind: 'rate-limited'; minutes: number }
  | { kind: 'refused'; status: number; code: string; detail: string; fields: { field: string; message: string }[] };

const siteCodes = new Set(['site-key-required', 'site-key-invalid', 'origin-not-allowed']);

export function describeFailure(error: unknown): ApiFailure {
  if (error instanceof TimeoutError) return { kind: 'timeout' };
  if (error instanceof ConnectionError) return { kind: 'offline' };
  if (error instanceof APIError) {
    if (error.status >= 500) return { kind: 'server', requestId: error.requestId };
    if (siteCodes.has(error.code)) return { kind: 'site', detail: error.message };
    if (error.status === 429) {
      const seconds = Number(error.headers.get('retry-after')) || 60;
      return { kind: 'rate-limited', minutes: Math.max(1, Math.ceil(seconds / 60)) };
    }
    return { kind: 'refused', status: error.status, code: error.code, detail: error.message, fields: error.fieldErrors };
  }
  return { kind: 'server', requestId: null };
}

const failureTranslations = defineTranslations({
  'zh-CN': {
    offline: '网络连接不上，请检查网络后重试。您填写的内容仍然保留。',
    timeout: '服务器响应太慢，请稍后重试。',
    server: (requestId: string) => `服务暂时出现问题，请稍后重试。${requestId ? `（请求编号 ${requestId}）` : ''}`,
    site: (detail: string) => `本网站暂时无法使用该服务，请联系网站管理员。（${detail}）`,
    rateLimited: (minutes: number) => `尝试次数过多，请 ${minutes} 分钟后再试。`,
  },
  en: {
    offline: 'Cannot reach the service. Check your connection and try again; what you entered is kept.',
    timeout: 'The service is answering too slowly. Please try again shortly.',
    server: (requestId: string) => `The service has a problem right now. Please try again shortly.${requestId ? ` (Request ${requestId})` : ''}`,
    site: (detail: string) => `This website cannot use the service at the moment; please tell the site's administrator. (${detail})`,
    rateLimited: (minutes: number) => `Too many tries. Please try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`,
  },
});

/** A sentence for the resident; `refused` falls back to the server's own detail. */
export function failureMessage(failure: ApiFailure, locale: Locale): string {
  const terms = failureTranslations[locale];
  switch (failure.kind) {
    case 'offline':
      return terms.offline;
    case 'timeout':
      return terms.timeout;
    case 'server':
      return terms.server(failure.requestId ?? '');
    case 'site':
      return terms.site(failure.detail);
    case 'rate-limited':
      return terms.rateLimited(failure.minutes);
    case 'refused':
      return failure.detail;
  }
}
