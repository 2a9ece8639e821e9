import { randomBytes } from 'node:crypto';
import { Hono, type Context } from 'hono';
import { compress } from 'hono/compress';
import { html, raw } from 'hono/html';
import type { HtmlEscapedString } from 'hono/utils/html';
import type { AppEnv } from '../../../context.js';
import { ProblemError } from '../../../http/problems.js';
import { buildingDetails, openCasesAt, type BuildingDetail, type PublicCaseSummary } from '../../../services/buildings/queries.js';
import { getCity } from '../../../services/directory.js';
import { recordScan, verifySignToken, type VerifiedSign } from '../../../services/qr/signs.js';
import { scanStyles } from './styles.js';
import { chooseLanguage, scanTexts, type ScanLanguage, type ScanTexts } from './translations.js';

/**
 * The page a sign's QR code opens (`/s/{token}`): small enough for a slow phone connection (no
 * framework, styles and a few lines of script inline), it shows the building, lets the resident
 * report a problem there, track a case, and see what is already being handled. The report form
 * is the `<hy-report-form>` element from `/embed/huying.js`, loaded only when asked for.
 */

const openCasesShown = 5;

interface PageContext {
  language: ScanLanguage;
  texts: ScanTexts;
  nonce: string;
  path: string;
  publicUrl: string;
  hotline: string | null;
}

function layout(page: PageContext, title: string, body: HtmlEscapedString | Promise<HtmlEscapedString>) {
  const other = page.texts.otherLanguageName;
  return html`<!doctype html>
<html lang="${page.language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${title}</title>
<style nonce="${page.nonce}">${raw(scanStyles)}</style>
</head>
<body>
<header class="bar"><span class="brand">${page.texts.brand}</span><a class="lang" href="${page.path}?lang=${other}" hreflang="${other}" lang="${other}">${page.texts.otherLanguage}</a></header>
<main>${body}</main>
${page.hotline ? html`<footer><p>${page.texts.hotline} <a href="tel:${page.hotline}">${page.hotline}</a></p></footer>` : ''}
</body>
</html>`;
}

/** The report section: a button that loads the form element on demand, so the first view stays light. */
function reportSection(page: PageContext, options: { heading: string; button: string; hint: string | null; token: string | null }) {
  const { texts } = page;
  const form = options.token
    ? html`<hy-report-form api-base="${page.publicUrl}" building-token="${options.token}" lang="${page.language}"></hy-report-form>`
    : html`<hy-report-form api-base="${page.publicUrl}" lang="${page.language}"></hy-report-form>`;
  return html`<section aria-labelledby="report-heading">
<h2 id="report-heading">${options.heading}</h2>
${options.hint ? html`<p class="hint">${options.hint}</p>` : ''}
<button type="button" class="primary" id="report-button" aria-expanded="false" aria-controls="report-region">${options.button}</button>
<div id="report-region" hidden><p id="report-status" role="status">${texts.formLoading}</p>${form}</div>
</section>
<script nonce="${page.nonce}">
(function () {
  var button = document.getElementById('report-button');
  var region = document.getElementById('report-region');
  var status = document.getElementById('report-status');
  var loaded = false;
  button.addEventListener('click', function () {
    region.hidden = false;
    button.setAttribute('aria-expanded', 'true');
    button.hidden = true;
    if (loaded) return;
    loaded = true;
    var script = document.createElement('script');
    script.type = 'module';
    script.src = '/embed/huying.js';
    script.onerror = function () { status.textContent = ${raw(JSON.stringify(texts.formFailed(page.hotline ?? '')))}; };
    document.head.appendChild(script);
    customElements.whenDefined('hy-report-form').then(function () {
      status.textContent = '';
      var form = region.querySelector('hy-report-form');
      if (form) form.focus();
    });
  });
})();
</script>`;
}

function trackSection(page: PageContext) {
  const { texts } = page;
  return html`<section aria-labelledby="track-heading">
<h2 id="track-heading">${texts.trackHeading}</h2>
<form id="track-form" action="/track" method="get" novalidate>
<label for="track-code">${texts.trackLabel}</label>
<p class="hint" id="track-hint">${texts.trackHint}</p>
<div class="row"><input id="track-code" name="code" inputmode="numeric" autocomplete="off" maxlength="20" aria-describedby="track-hint track-error" required>
<button type="submit">${texts.trackButton}</button></div>
<p id="track-error" class="error" role="alert"></p>
</form>
</section>
<script nonce="${page.nonce}">
document.getElementById('track-form').addEventListener('submit', function (event) {
  event.preventDefault();
  var input = document.getElementById('track-code');
  var code = input.value.replace(/[\\s-]/g, '');
  if (!/^\\d{12}$/.test(code)) {
    input.setAttribute('aria-invalid', 'true');
    document.getElementById('track-error').textContent = ${raw(JSON.stringify(texts.trackInvalid))};
    input.focus();
    return;
  }
  location.href = '/track/' + code + '?lang=' + document.documentElement.lang;
});
</script>`;
}

function openCasesSection(page: PageContext, open: { total: number; data: PublicCaseSummary[] }, timeZone: string) {
  const { texts } = page;
  const date = new Intl.DateTimeFormat(page.language, { timeZone, month: 'short', day: 'numeric' });
  const items = open.data.map(
    (item) => html`<li><span class="what">${item.category?.level3 ?? texts.kind[item.kind]}</span>
<span class="status">${texts.status[item.status]}</span>
<span class="meta">${texts.handledBy(item.holder.name)} · ${texts.reportedOn(date.format(new Date(item.createdAt)))}</span></li>`,
  );
  return html`<section aria-labelledby="open-heading">
<h2 id="open-heading">${texts.openHeading}</h2>
${open.total === 0 ? html`<p>${texts.openNone}</p>` : html`<ul class="open">${items}</ul>`}
${open.total > open.data.length ? html`<p class="hint">${texts.openMore(open.data.length, open.total)}</p>` : ''}
</section>`;
}

function buildingPage(page: PageContext, verified: VerifiedSign, building: BuildingDetail, open: { total: number; data: PublicCaseSummary[] }, token: string) {
  const { texts } = page;
  const gridLine = [building.grid.name, building.community?.name, building.street?.name].filter(Boolean).join(' · ');
  return layout(
    page,
    `${building.name} · ${texts.brand}`,
    html`<h1>${building.name}</h1>
<p class="address">${building.address}</p>
<dl class="facts"><div><dt>${texts.grid}</dt><dd>${gridLine}</dd></div>${building.property ? html`<div><dt>${texts.property}</dt><dd>${building.property.name}</dd></div>` : ''}</dl>
${reportSection(page, { heading: texts.reportHeading, button: texts.reportButton, hint: texts.reportHint, token })}
${openCasesSection(page, open, verified.city.timeZone)}
${trackSection(page)}
<p class="sign">${texts.signLabel(verified.sign.serial, verified.sign.version)}</p>`,
  );
}

function refusalPage(page: PageContext, problem: ProblemError) {
  const { texts } = page;
  const revoked = problem.code === 'qr-token-revoked';
  return layout(
    page,
    `${revoked ? texts.revokedTitle : texts.invalidTitle} · ${texts.brand}`,
    html`<h1>${revoked ? texts.revokedTitle : texts.invalidTitle}</h1>
<p>${revoked ? texts.revokedBody : texts.invalidBody}</p>
${reportSection(page, { heading: texts.chooseHeading, button: texts.chooseButton, hint: null, token: null })}
${trackSection(page)}`,
  );
}

function securityHeaders(c: Context<AppEnv>, nonce: string) {
  c.header(
    'content-security-policy',
    // Scripts: ours inline (by nonce) and the same-origin form bundle. Lit's constructed styles need no inline allowance.
    `default-src 'self'; script-src 'self' 'nonce-${nonce}'; style-src 'self' 'nonce-${nonce}'; img-src 'self' data: blob:; connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'`,
  );
  c.header('cache-control', 'no-store');
}

export const scanPageRoutes = new Hono<AppEnv>();
scanPageRoutes.use('/s/*', compress());

scanPageRoutes.get('/s/:token', async (c) => {
  const deps = c.get('deps');
  const token = c.req.param('token');
  const language = chooseLanguage(c.req.query('lang'), c.req.header('accept-language'));
  const nonce = randomBytes(16).toString('base64');
  securityHeaders(c, nonce);
  const base = { language, texts: scanTexts[language], nonce, path: `/s/${encodeURIComponent(token)}`, publicUrl: deps.publicUrl };
  let verified: VerifiedSign;
  try {
    verified = await verifySignToken(deps.database.db, token);
  } catch (error) {
    if (!(error instanceof ProblemError) || (error.code !== 'qr-token-invalid' && error.code !== 'qr-token-revoked')) throw error;
    // The token names no trustworthy city: the platform's own city gives the hotline.
    const city = await getCity(deps.database.db, deps.defaultCityId).catch(() => null);
    return c.html(refusalPage({ ...base, hotline: city?.hotline ?? null }, error), error.status as 400 | 410);
  }
  const page = { ...base, hotline: verified.city.hotline };
  const [[building], open] = await Promise.all([
    buildingDetails(deps.database.db, [verified.building]),
    openCasesAt(deps.database.db, verified.city.id, verified.building.id, openCasesShown),
  ]);
  // Browsers' speculative prefetches are not scans.
  if (!/prefetch|prerender/i.test(c.req.header('sec-purpose') ?? c.req.header('purpose') ?? '')) {
    await recordScan(deps.database.db, verified, deps.clock.now());
  }
  return c.html(buildingPage(page, verified, building!, open, token));
});
