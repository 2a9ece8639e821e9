/**
 * The API reference for people, at /docs: Swagger UI, served by the API itself from the installed
 * swagger-ui-dist package (no CDN, so it works on a closed network), reading /openapi.json and
 * sending "Try it out" calls to the server that served the page. Also documents the routes that
 * describe the API: the OpenAPI document and the problem catalogue.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { AppEnv } from '../../context.js';
import { ProblemError } from '../../http/problems.js';
import { createRouter } from '../../http/router.js';
import { escapeHtml, pageLocale, type PageLocale } from '../pages/shell.js';
import { ProblemSchema } from '../schemas.js';

const swaggerDir = dirname(createRequire(import.meta.url).resolve('swagger-ui-dist/package.json'));

/** The only files served from the package, with their types. */
const assets: Record<string, { file: string; type: string }> = {
  'swagger-ui.css': { file: join(swaggerDir, 'swagger-ui.css'), type: 'text/css; charset=utf-8' },
  'swagger-ui-bundle.js': { file: join(swaggerDir, 'swagger-ui-bundle.js'), type: 'text/javascript; charset=utf-8' },
  'favicon-32x32.png': { file: join(swaggerDir, 'favicon-32x32.png'), type: 'image/png' },
};

const loaded = new Map<string, Promise<{ content: Uint8Array; etag: string }>>();
function asset(name: string) {
  let entry = loaded.get(name);
  if (!entry) {
    entry = readFile(assets[name]!.file).then((buffer) => ({
      content: new Uint8Array(buffer),
      etag: `"${createHash('sha256').update(buffer).digest('base64url').slice(0, 27)}"`,
    }));
    loaded.set(name, entry);
  }
  return entry;
}

/**
 * Starts Swagger UI on the document, with this page's origin as the first server, so "Try it out"
 * calls the API that served the page whatever public URL the document names.
 */
const initScript = `(() => {
  const root = document.getElementById('reference');
  fetch('/openapi.json')
    .then((response) => response.json())
    .then((spec) => {
      const here = { url: window.location.origin, description: root.dataset.serverLabel };
      spec.servers = [here, ...(spec.servers || []).filter((server) => server.url !== here.url)];
      window.SwaggerUIBundle({
        spec,
        domNode: root,
        // Deep links put anchors inside the operations' toggle buttons: nested controls a screen reader cannot use.
        deepLinking: false,
        tryItOutEnabled: true,
        displayRequestDuration: true,
        persistAuthorization: false,
        docExpansion: 'list',
        // Operations are drawn as they scroll into view; the filter finds one among a hundred and more.
        filter: true,
        defaultModelsExpandDepth: 0,
      });
      // Swagger UI leaves its server list without a name, and its server and filter bars outside
      // any landmark; name them whenever they are drawn, so screen readers can find and use them.
      const label = (selector, attributes) => {
        const element = root.querySelector(selector);
        if (!element || element.hasAttribute('aria-label')) return;
        for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
      };
      const nameParts = () => {
        label('#servers', { 'aria-label': root.dataset.serversLabel });
        label('.scheme-container', { role: 'region', 'aria-label': root.dataset.serversLabel });
        label('.filter-container', { role: 'search', 'aria-label': root.dataset.filterLabel });
        label('.operation-filter-input', { 'aria-label': root.dataset.filterLabel });
      };
      new MutationObserver(nameParts).observe(root, { childList: true, subtree: true });
      nameParts();
    })
    .catch(() => {
      root.textContent = root.dataset.loadError;
    });
})();
`;
const initEtag = `"${createHash('sha256').update(initScript).digest('base64url').slice(0, 27)}"`;

const texts: Record<PageLocale, { title: string; intro: string; document: string; endpoints: string; filter: string; server: string; servers: string; loadError: string; other: string; otherLabel: string }> = {
  'zh-CN': {
    title: '有呼必应 API 参考',
    intro: '每个接口的参数、返回和错误。展开一个接口，点 “Try it out” 即可直接调用本服务器；需要登录的接口先点 “Authorize” 填入令牌。',
    document: 'OpenAPI 文档（JSON）',
    endpoints: '接口',
    filter: '按标签筛选接口',
    server: '本服务器',
    servers: '服务器',
    loadError: '无法读取 /openapi.json，请刷新重试。',
    other: 'English',
    otherLabel: 'Read this page in English',
  },
  en: {
    title: 'Huying API reference',
    intro: 'Every endpoint with its parameters, answers and errors. Open one and press “Try it out” to call this server; for staff or integrator endpoints press “Authorize” and give your token or API key first.',
    document: 'The OpenAPI document (JSON)',
    endpoints: 'Endpoints',
    filter: 'Filter the endpoints by tag',
    server: 'This server',
    servers: 'Servers',
    loadError: 'Could not read /openapi.json; reload the page to try again.',
    other: '中文',
    otherLabel: '以中文阅读本页',
  },
};

function docsPage(c: Context<AppEnv>): Response {
  const locale = pageLocale(c);
  const text = texts[locale];
  const otherLocale = locale === 'en' ? 'zh-CN' : 'en';
  const html = `<!doctype html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(text.title)}</title>
<link rel="icon" href="/docs/assets/favicon-32x32.png">
<link rel="stylesheet" href="/docs/assets/swagger-ui.css">
<style>
  body { margin: 0; font-family: system-ui, -apple-system, "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif; color: #1f1f1f; }
  .page-header { background: #8c1d18; color: #fff; padding: 0.75rem 1.25rem; display: flex; gap: 1rem; align-items: baseline; flex-wrap: wrap; }
  .page-header h1 { font-size: 1.25rem; margin: 0; flex: 1; }
  .page-header a { color: #fff; }
  .intro { max-width: 1460px; margin: 1rem auto 0; padding: 0 20px; line-height: 1.6; }
  .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
  /* The page's own header names the API; Swagger UI's title block would be a second h1. */
  .swagger-ui .information-container { display: none; }
  /* Swagger UI's greys are below WCAG AA contrast on white: darken them. */
  .swagger-ui .opblock-tag small, .swagger-ui .info .title small pre, .swagger-ui .parameter__in, .swagger-ui .parameter__type,
  .swagger-ui .prop-format, .swagger-ui .opblock .opblock-summary-description, .swagger-ui .response-col_links,
  .swagger-ui .opblock-description-wrapper p, .swagger-ui .renderedMarkdown p, .swagger-ui table thead tr th,
  .swagger-ui .tab li, .swagger-ui .model-title, .swagger-ui .model { color: #1f1f1f; }
  .swagger-ui .opblock.opblock-get .opblock-summary-method { background: #1f5f9e; }
  .swagger-ui .opblock.opblock-post .opblock-summary-method { background: #1d6b45; }
  .swagger-ui .opblock.opblock-put .opblock-summary-method { background: #8a4a00; }
  .swagger-ui .opblock.opblock-delete .opblock-summary-method { background: #a31f1f; }
  .swagger-ui .opblock.opblock-patch .opblock-summary-method { background: #136b5e; }
  .swagger-ui .btn.authorize { color: #1d6b45; border-color: #1d6b45; }
  .swagger-ui .btn.authorize svg { fill: #1d6b45; }
  .swagger-ui a.nostyle, .swagger-ui .info a { color: #1f4f99; }
</style>
</head>
<body>
<header>
<div class="page-header">
<h1>${escapeHtml(text.title)}</h1>
<a href="/openapi.json">${escapeHtml(text.document)}</a>
<a href="/docs?lang=${otherLocale}" lang="${otherLocale}" hreflang="${otherLocale}" aria-label="${escapeHtml(text.otherLabel)}">${escapeHtml(text.other)}</a>
</div>
<p class="intro">${escapeHtml(text.intro)}</p>
<h2 class="visually-hidden">${escapeHtml(text.endpoints)}</h2>
</header>
<!-- Swagger UI draws its own main landmark here. -->
<div id="reference" data-server-label="${escapeHtml(text.server)}" data-servers-label="${escapeHtml(text.servers)}" data-filter-label="${escapeHtml(text.filter)}" data-load-error="${escapeHtml(text.loadError)}"></div>
<script src="/docs/assets/swagger-ui-bundle.js"></script>
<script src="/docs/assets/init.js"></script>
</body>
</html>`;
  return c.html(html, 200, {
    'cache-control': 'no-store',
    // Everything the page needs comes from this server; Swagger UI's own styles are inline.
    'content-security-policy': [
      "default-src 'self'",
      "script-src 'self'",
      "style-src 'self' 'unsafe-inline'",
      "img-src 'self' data:",
      "connect-src 'self'",
      "frame-ancestors 'none'",
      "base-uri 'none'",
      "form-action 'self'",
    ].join('; '),
  });
}

const docs = createRouter();

docs.get('/docs', (c) => docsPage(c));
docs.get('/docs/assets/:file', async (c) => {
  const name = c.req.param('file');
  if (name === 'init.js') {
    const headers = { 'content-type': 'text/javascript; charset=utf-8', etag: initEtag, 'cache-control': 'public, max-age=300' };
    if (c.req.header('if-none-match') === initEtag) return c.body(null, 304, headers);
    return c.body(initScript, 200, headers);
  }
  if (!Object.hasOwn(assets, name)) throw new ProblemError('not-found', `no docs asset "${name.slice(0, 60)}"`);
  const file = await asset(name);
  const headers = { 'content-type': assets[name]!.type, etag: file.etag, 'cache-control': 'public, max-age=86400' };
  if (c.req.header('if-none-match') === file.etag) return c.body(null, 304, headers);
  return c.body(file.content as Uint8Array<ArrayBuffer>, 200, headers);
});

// The routes that describe the API itself are served by app.ts; their entries live here with the docs.
docs.openAPIRegistry.registerPath({
  method: 'get',
  path: '/openapi.json',
  tags: ['Documentation'],
  summary: 'This OpenAPI 3.1 document',
  responses: { 200: { description: 'The document', content: { 'application/json': { schema: z.object({ openapi: z.string() }).passthrough() } } } },
});
const CatalogueEntrySchema = z.object({ type: z.string(), code: z.string(), status: z.number().int(), title: z.string() }).openapi('ProblemType');
docs.openAPIRegistry.registerPath({
  method: 'get',
  path: '/problems',
  tags: ['Documentation'],
  summary: 'Every problem type the API answers with',
  responses: { 200: { description: 'The catalogue', content: { 'application/json': { schema: z.array(CatalogueEntrySchema) } } } },
});
docs.openAPIRegistry.registerPath({
  method: 'get',
  path: '/problems/{code}',
  tags: ['Documentation'],
  summary: 'One problem type (the `type` of a problem resolves here)',
  request: { params: z.object({ code: z.string().openapi({ param: { name: 'code', in: 'path' }, example: 'validation-failed' }) }) },
  responses: {
    200: { description: 'The problem type', content: { 'application/json': { schema: CatalogueEntrySchema } } },
    404: { description: 'No such problem type', content: { 'application/problem+json': { schema: ProblemSchema } } },
  },
});

export const docsRoutes = docs;
