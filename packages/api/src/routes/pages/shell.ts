import type { Context } from 'hono';
import type { AppEnv } from '../../context.js';

export type PageLocale = 'zh-CN' | 'en';

/** Escapes text for an HTML text node or a double-quoted attribute. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char]!);
}

/** `?lang=en` first, then the browser's preferred language; Chinese otherwise. */
export function pageLocale(c: Context<AppEnv>): PageLocale {
  const asked = c.req.query('lang') ?? c.req.header('accept-language') ?? '';
  const first = asked.split(',')[0]?.trim().toLowerCase() ?? '';
  return first.startsWith('en') ? 'en' : 'zh-CN';
}

/**
 * A small server-rendered page of the platform that hosts one of the embeddable elements, loaded
 * from the same bundle other sites use. Served from the platform's own origin, so its requests
 * need no site key.
 */
export function embedPage(c: Context<AppEnv>, page: { locale: PageLocale; title: string; heading: string; body: string }): Response {
  const { publicUrl } = c.get('deps');
  const api = new URL(publicUrl).origin;
  const html = `<!doctype html>
<html lang="${page.locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${escapeHtml(page.title)}</title>
<style>
  body { margin: 0; font-family: system-ui, -apple-system, "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif; background: #f6f6f6; color: #1f1f1f; }
  main { max-width: 40rem; margin: 0 auto; padding: 1rem; }
  h1 { font-size: 1.375rem; margin: 0.5rem 0 1rem; }
  header { background: #b3261e; color: #fff; padding: 0.75rem 1rem; font-weight: 600; }
</style>
<script src="/embed/huying.js" defer></script>
</head>
<body>
<header>${page.locale === 'en' ? 'Huying · We answer every call' : '有呼必应'}</header>
<main>
<h1>${escapeHtml(page.heading)}</h1>
${page.body}
</main>
</body>
</html>`;
  return c.html(html, 200, {
    'cache-control': 'no-store',
    'content-security-policy': [
      "default-src 'self'",
      "script-src 'self'",
      "style-src 'self' 'unsafe-inline'",
      `img-src 'self' ${api} data: blob:`,
      `connect-src 'self' ${api}`,
      "frame-ancestors 'none'",
      "base-uri 'none'",
      "form-action 'self'",
    ].join('; '),
  });
}
