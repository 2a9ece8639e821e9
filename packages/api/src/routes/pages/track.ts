import { Hono } from 'hono';
import type { AppEnv } from '../../context.js';
import { followTokenPattern } from '../../services/similar/similar-cases.js';
import { embedPage, escapeHtml, pageLocale } from './shell.js';

const words = {
  'zh-CN': { title: '诉求办理进度 · 有呼必应', heading: '查询诉求办理进度' },
  en: { title: 'Track a case · Huying', heading: 'Track your case' },
} as const;

/**
 * The public tracking page the receipts and QR codes point to (`trackingUrl`):
 * `/track/{code}?secret=…` opens the case straight away, `/track` asks for the code, and
 * `/track?follow=…` is a follower's link (see similar-cases).
 */
export const trackPageRoutes = new Hono<AppEnv>().get('/track/:code?', (c) => {
  const locale = pageLocale(c);
  const code = (c.req.param('code') ?? '').slice(0, 40);
  const secret = c.req.query('secret') ?? '';
  const follow = c.req.query('follow') ?? '';
  const attributes = [
    code ? ` tracking-code="${escapeHtml(code)}"` : '',
    /^\d{8}$/.test(secret) ? ` secret="${secret}"` : '',
    !code && followTokenPattern.test(follow) ? ` follow-token="${follow}"` : '',
  ].join('');
  return embedPage(c, {
    locale,
    title: words[locale].title,
    heading: words[locale].heading,
    body: `<hy-case-tracker${attributes}></hy-case-tracker>`,
  });
});
