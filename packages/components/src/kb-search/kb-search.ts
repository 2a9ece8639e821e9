import {
  KnowledgeBase,
  type Citation,
  type KbArticleDetail,
  type KbDocument,
  type KbFacets,
  type KbSearchPage,
  type KbSearchParams,
  type KbSearchResult,
  type ResidentClient,
} from '@huying/sdk';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { HyKbCiteEvent, HyKbOpenEvent, HyKbResultsEvent } from '../events/kb-events.js';
import { describeFailure, failureMessage } from '../internal/api-errors.js';
import { clientOf, type Connection } from '../internal/connection.js';
import { formStyles } from '../internal/form.styles.js';
import { HuyingElement } from '../internal/huying-element.js';
import { buttonStyles, hostStyles } from '../internal/shared.styles.js';
import { kbSearchStyles } from './kb-search.styles.js';
import { kbSearchTranslations } from './kb-search.translations.js';

type Range = readonly [number, number];

/** Text with its highlighted ranges wrapped in `<mark>`; everything is escaped by Lit. */
export function highlighted(text: string, ranges: readonly Range[]): TemplateResult {
  const parts: (string | TemplateResult)[] = [];
  let at = 0;
  for (const [start, end] of [...ranges].sort((a, b) => a[0] - b[0])) {
    if (start < at || end > text.length || end <= start) continue;
    parts.push(text.slice(at, start), html`<mark>${text.slice(start, end)}</mark>`);
    at = end;
  }
  parts.push(text.slice(at));
  return html`${parts}`;
}

/** A reading view: one article with its neighbours, or a whole document. */
type Reading =
  | { kind: 'article'; detail: KbArticleDetail }
  | { kind: 'document'; document: KbDocument; focusArticleId: string | null };

interface Filters {
  category: string;
  region: string;
  level: string;
  superseded: boolean;
  from: string;
  to: string;
}

const noFilters: Filters = { category: '', region: '', level: '', superseded: false, from: '', to: '' };

/**
 * Residents type a question in their own words (低保怎么申请); the knowledge base answers with
 * the laws, regulations, cases and service guides that apply, best first, the words found
 * highlighted. A result opens its provision in place, with the provisions around it and the
 * whole document a click away. Filters narrow by category, territory, type, date, and reach back
 * to superseded versions.
 *
 * For staff (`staff`, with a staff `client`), each provision has a "cite in reply" toggle, and
 * `case-id` shows the provisions suggested for that case as soon as the element appears.
 *
 * The element speaks the language of its own `lang` or the nearest ancestor's (zh-CN and en).
 *
 * @summary Searches the knowledge base in everyday words; opens provisions; lets staff cite them.
 *
 * @event {HyKbResultsEvent} hy-kb-results - Results are on screen: `detail.query`, `detail.total`, `detail.results`.
 * @event {HyKbOpenEvent} hy-kb-open - A provision or document was opened: `detail.documentId`, `detail.articleId`.
 * @event {HyKbCiteEvent} hy-kb-cite - Staff toggled "cite in reply": `detail.citation` (for the reply's
 * `citations`) and `detail.cited`.
 * @event {HyErrorEvent} hy-error - A failure the element caught: `search-failed`, `open-failed` or
 * `render-failed`; the element also explains it on screen.
 *
 * @csspart form - The search form.
 * @csspart filters - The filters (a disclosure).
 * @csspart status - The line saying what was found.
 * @csspart results - The list of results.
 * @csspart result - One result.
 * @csspart snippet - A result's passage, the words found marked.
 * @csspart cite-button - "Cite in reply" (staff).
 * @csspart more - "Load more results".
 * @csspart reader - The open provision or document.
 * @csspart message - Errors.
 *
 * @cssproperty --hy-kb-search-mark-background - Background of the words found (default a pale yellow).
 * @cssproperty --hy-color-primary - Buttons and titles.
 * @cssproperty --hy-color-text-muted - Dates, categories and hints.
 * @cssproperty --hy-color-border - Fields and dividers.
 * @cssproperty --hy-radius - Corner radius.
 * @cssproperty --hy-spacing - Gaps.
 * @cssproperty --hy-font-family - Text font.
 * @cssproperty --hy-focus-ring-color - Focus outline colour.
 */
export class HyKbSearch extends HuyingElement implements Connection {
  static override styles = [hostStyles, buttonStyles, formStyles, kbSearchStyles];

  /** The words to search for; setting it searches. */
  @property() query = '';
  /** Staff: the case to suggest provisions for (needs a staff `client`). */
  @property({ attribute: 'case-id' }) caseId = '';
  /** Shows "cite in reply" on every provision (staff answering a consultation). */
  @property({ type: Boolean }) staff = false;
  /** Results per page. */
  @property({ type: Number }) limit = 10;
  /** The platform's address; the page's own origin if empty. */
  @property({ attribute: 'api-base' }) apiBase = '';
  /** The site key issued for this website. */
  @property({ attribute: 'site-key' }) siteKey = '';
  /** An API client to use instead of one made from `api-base` and `site-key` (a staff client for `case-id`). */
  @property({ attribute: false }) client: ResidentClient | undefined;
  /** The article ids currently cited (staff); the element keeps it up to date as they are toggled. */
  @property({ attribute: false }) cited: string[] = [];

  @state() private page: KbSearchPage | null = null;
  @state() private results: KbSearchResult[] = [];
  @state() private searchedFor = '';
  @state() private loading = false;
  @state() private problem = '';
  @state() private announcement = '';
  @state() private reading: Reading | null = null;
  @state() private facets: KbFacets | null = null;
  @state() private filters: Filters = noFilters;

  @query('#q') private input!: HTMLInputElement | null;

  private requestCount = 0;
  /** Where focus goes back to when the reader closes. */
  private returnFocusTo: string | null = null;

  private knowledgeBase(): KnowledgeBase {
    return new KnowledgeBase(clientOf(this));
  }

  /** The results on screen. */
  get currentResults(): readonly KbSearchResult[] {
    return this.results;
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('query') && this.query.trim()) this.guard('search-failed', () => this.search(this.query));
    else if ((changed.has('caseId') || changed.has('client')) && this.caseId && !this.searchedFor) this.guard('search-failed', () => this.suggest());
    if ((changed.has('apiBase') || changed.has('siteKey') || changed.has('client')) && !this.facets) this.guard('search-failed', () => this.loadFacets());
  }

  /**
   * Runs one request to the API: the latest request wins (an older answer arriving late is
   * dropped), the element shows it is busy, and a failure is explained on screen and rethrown
   * for `guard` to report as `hy-error`.
   */
  private async fetchLatest<T>(work: () => Promise<T>, show: (value: T) => void | Promise<void>): Promise<void> {
    const run = ++this.requestCount;
    this.loading = true;
    this.problem = '';
    try {
      const value = await work();
      if (run === this.requestCount) await show(value);
    } catch (error) {
      if (run === this.requestCount) {
        this.problem = failureMessage(describeFailure(error), this.locale);
        throw error;
      }
    } finally {
      if (run === this.requestCount) this.loading = false;
    }
  }

  /** Searches for `words` with the filters set in the form. */
  async search(words: string, options: { append?: boolean } = {}): Promise<void> {
    const terms = this.localize(kbSearchTranslations);
    const text = words.trim();
    if (!text) {
      this.problem = terms.nothingToSearch;
      return;
    }
    this.reading = null;
    if (!options.append) this.announcement = terms.searching;
    const params: KbSearchParams = { q: text, limit: this.limit, ...this.filterParams() };
    if (options.append && this.page?.nextCursor) params.cursor = this.page.nextCursor;
    await this.fetchLatest(
      () => this.knowledgeBase().search(params),
      (page) => {
        this.page = page;
        this.results = options.append ? [...this.results, ...page.data] : page.data;
        this.searchedFor = text;
        this.announcement = page.total === 0 ? terms.noResults : terms.found(page.total);
        this.dispatchEvent(new HyKbResultsEvent({ query: text, total: page.total, results: this.results }));
      },
    ).catch((error: unknown) => {
      this.announcement = '';
      throw error;
    });
  }

  /** Loads the provisions suggested for `case-id`. */
  async suggest(): Promise<void> {
    if (!this.caseId) return;
    const terms = this.localize(kbSearchTranslations);
    await this.fetchLatest(
      () => this.knowledgeBase().suggestions(this.caseId, { limit: this.limit }),
      (page) => {
        this.page = { ...page, nextCursor: null };
        this.results = page.data;
        this.searchedFor = '';
        this.announcement = terms.suggestionsFound(page.total);
        this.dispatchEvent(new HyKbResultsEvent({ query: '', total: page.total, results: page.data }));
      },
    );
  }

  /** Opens one provision of a result (its best one by default). */
  async openArticle(articleId: string, returnFocusTo: string | null = null): Promise<void> {
    this.returnFocusTo = returnFocusTo ?? this.returnFocusTo;
    await this.fetchLatest(
      () => this.knowledgeBase().article(articleId),
      async (detail) => {
        this.reading = { kind: 'article', detail };
        this.dispatchEvent(new HyKbOpenEvent({ documentId: detail.document.id, articleId }));
        await this.updateComplete;
        this.renderRoot.querySelector<HTMLElement>('#reader-title')?.focus();
      },
    );
  }

  /** Opens a whole document, scrolled to one of its provisions. */
  async openDocument(documentId: string, focusArticleId: string | null = null): Promise<void> {
    await this.fetchLatest(
      () => this.knowledgeBase().document(documentId),
      async (document) => {
        this.reading = { kind: 'document', document, focusArticleId };
        this.dispatchEvent(new HyKbOpenEvent({ documentId, articleId: focusArticleId }));
        await this.updateComplete;
        const target = focusArticleId ? this.renderRoot.querySelector<HTMLElement>(`[data-article="${focusArticleId}"]`) : null;
        (target ?? this.renderRoot.querySelector<HTMLElement>('#reader-title'))?.focus();
      },
    );
  }

  /** Back from the reader to the results, focus where it was. */
  async closeReader(): Promise<void> {
    this.reading = null;
    await this.updateComplete;
    const back = this.returnFocusTo ? this.renderRoot.querySelector<HTMLElement>(`#${CSS.escape(this.returnFocusTo)}`) : null;
    (back ?? this.input)?.focus();
  }

  private async loadFacets(): Promise<void> {
    try {
      this.facets = await this.knowledgeBase().facets();
    } catch {
      // The filters still work without counts; the search itself reports a failing connection.
    }
  }

  private filterParams(): Partial<KbSearchParams> {
    const { category, region, level, superseded, from, to } = this.filters;
    return {
      ...(category ? { category: [category] } : {}),
      ...(region ? { region: [region as KbSearchResult['region']] } : {}),
      ...(level ? { level: [level as KbSearchResult['issuingLevel']] } : {}),
      ...(superseded ? { status: 'all' as const } : {}),
      ...(from ? { from } : {}),
      ...(to ? { to } : {}),
    };
  }

  private toggleCite(citation: Citation): void {
    const terms = this.localize(kbSearchTranslations);
    const id = citation.articleId ?? citation.documentId;
    const cited = !this.cited.includes(id);
    this.cited = cited ? [...this.cited, id] : this.cited.filter((item) => item !== id);
    const article = citation.articleNumber ?? '';
    this.announcement = cited ? terms.citedAnnouncement(citation.title, article) : terms.uncitedAnnouncement(citation.title, article);
    this.dispatchEvent(new HyKbCiteEvent({ citation, cited }));
  }

  private onSubmit(event: SubmitEvent): void {
    event.preventDefault();
    const words = this.input?.value ?? '';
    this.guard('search-failed', () => this.search(words));
  }

  private setFilter<Key extends keyof Filters>(key: Key, value: Filters[Key]): void {
    this.filters = { ...this.filters, [key]: value };
  }

  protected override render() {
    const terms = this.localize(kbSearchTranslations);
    return html`
      ${this.renderForm()}
      <p part="status" class="status" role="status">${this.announcement}</p>
      ${this.problem ? html`<p part="message" class="error" role="alert">${this.problem}</p>` : nothing}
      ${this.reading ? this.renderReader(this.reading) : this.renderResults()}
      ${this.loading && this.reading === null && this.results.length > 0 ? html`<p class="hint">${terms.searching}</p>` : nothing}
    `;
  }

  private renderForm() {
    const terms = this.localize(kbSearchTranslations);
    const option = (value: string, label: string, selected: string) => html`<option value=${value} ?selected=${value === selected}>${label}</option>`;
    return html`
      <form part="form" role="search" @submit=${this.onSubmit}>
        <label for="q">${terms.label}</label>
        <div class="search-row">
          <input id="q" type="search" name="q" .value=${this.query} aria-describedby="q-hint" autocomplete="off" enterkeyhint="search" />
          <button class="button primary" type="submit" ?disabled=${this.loading}>${terms.search}</button>
        </div>
        <p id="q-hint" class="hint">${terms.hint}</p>
        <details part="filters">
          <summary>${terms.filters}</summary>
          <div class="filters">
            <div class="field">
              <label for="f-category">${terms.category}</label>
              <select id="f-category" @change=${(event: Event) => this.setFilter('category', (event.target as HTMLSelectElement).value)}>
                ${option('', terms.any, this.filters.category)}
                ${(this.facets?.categories ?? []).map((facet) => option(facet.value, `${facet.value}（${facet.count}）`, this.filters.category))}
              </select>
            </div>
            <div class="field">
              <label for="f-region">${terms.region}</label>
              <select id="f-region" @change=${(event: Event) => this.setFilter('region', (event.target as HTMLSelectElement).value)}>
                ${option('', terms.any, this.filters.region)}
                ${(['national', 'province', 'city'] as const).map((region) => option(region, terms.regions[region], this.filters.region))}
              </select>
            </div>
            <div class="field">
              <label for="f-level">${terms.level}</label>
              <select id="f-level" @change=${(event: Event) => this.setFilter('level', (event.target as HTMLSelectElement).value)}>
                ${option('', terms.any, this.filters.level)}
                ${Object.entries(terms.levels).map(([level, label]) => option(level, label, this.filters.level))}
              </select>
            </div>
            <div class="field dates">
              <div>
                <label for="f-from">${terms.from}</label>
                <input id="f-from" type="date" .value=${this.filters.from} @change=${(event: Event) => this.setFilter('from', (event.target as HTMLInputElement).value)} />
              </div>
              <div>
                <label for="f-to">${terms.to}</label>
                <input id="f-to" type="date" .value=${this.filters.to} @change=${(event: Event) => this.setFilter('to', (event.target as HTMLInputElement).value)} />
              </div>
            </div>
            <div class="check">
              <input id="f-superseded" type="checkbox" .checked=${this.filters.superseded} @change=${(event: Event) => this.setFilter('superseded', (event.target as HTMLInputElement).checked)} />
              <label for="f-superseded">${terms.includeSuperseded}</label>
            </div>
          </div>
        </details>
      </form>
    `;
  }

  private citation(result: Pick<KbSearchResult, 'documentId' | 'title' | 'version'>, article: { id: string | null; number: string | null }): Citation {
    return { documentId: result.documentId, title: result.title, articleId: article.id, articleNumber: article.number, version: result.version };
  }

  private renderCiteButton(citation: Citation) {
    if (!this.staff) return nothing;
    const terms = this.localize(kbSearchTranslations);
    const pressed = this.cited.includes(citation.articleId ?? citation.documentId);
    return html`<button part="cite-button" class="button cite" type="button" aria-pressed=${pressed ? 'true' : 'false'} @click=${() => this.toggleCite(citation)}>
      <span aria-hidden="true" class="tick">${pressed ? '✓' : '+'}</span>${terms.cite}<span class="visually-hidden">${terms.citeContext(citation.title, citation.articleNumber ?? '')}</span>
    </button>`;
  }

  private meta(document: Pick<KbSearchResult, 'category' | 'region' | 'province' | 'locality' | 'issuingLevel' | 'status' | 'version' | 'promulgatedOn' | 'effectiveOn'>) {
    const terms = this.localize(kbSearchTranslations);
    const place = document.locality ?? (document.region === 'national' ? terms.regions.national : document.province) ?? '';
    const facts = [terms.levels[document.issuingLevel] ?? document.category, place, document.promulgatedOn ? terms.promulgated(document.promulgatedOn) : document.version ? terms.version(document.version) : '', document.effectiveOn ? terms.effective(document.effectiveOn) : ''].filter(Boolean);
    return html`<p class="meta">
      ${facts.join(' · ')}
      <span class="badge ${document.status}">${document.status === 'superseded' ? terms.superseded : terms.inForce}</span>
    </p>`;
  }

  private renderResults() {
    const terms = this.localize(kbSearchTranslations);
    if (this.results.length === 0) {
      return this.page && this.page.query.words.length > 0 && this.page.total === 0
        ? html`<p class="hint">${terms.readAs(this.page.query.words.map((word) => word.text).join('、'))}</p>`
        : nothing;
    }
    return html`
      ${this.searchedFor === '' && this.caseId ? html`<h2 class="suggestions">${terms.suggestionsHeading}</h2>` : nothing}
      <ol part="results" class="results" aria-label=${terms.resultsLabel}>
        ${this.results.map((result, index) => this.renderResult(result, index))}
      </ol>
      ${this.page?.nextCursor
        ? html`<button part="more" class="button more" type="button" ?disabled=${this.loading} @click=${() => this.guard('search-failed', () => this.search(this.searchedFor, { append: true }))}>
            ${terms.more}
          </button>`
        : nothing}
    `;
  }

  private renderResult(result: KbSearchResult, index: number) {
    const terms = this.localize(kbSearchTranslations);
    const titleId = `result-${index}`;
    const [best, ...others] = result.hits;
    const open = (articleId: string | null, focusId: string) => () =>
      this.guard('open-failed', () => (articleId ? this.openArticle(articleId, focusId) : this.openDocument(result.documentId)));
    return html`<li part="result" class="result">
      <h3 class="title">
        <button id=${titleId} class="link" type="button" @click=${open(result.articleId, titleId)}>${highlighted(result.title, result.titleHighlights)}</button>
      </h3>
      ${this.meta(result)}
      ${best
        ? html`<p part="snippet" class="snippet">
              ${best.number ? html`<span class="number">${best.number}</span> ` : nothing}${highlighted(best.snippet.text, best.snippet.highlights)}
            </p>
            ${this.renderCiteButton(this.citation(result, { id: best.articleId, number: best.number }))}`
        : nothing}
      ${others.length > 0
        ? html`<details class="other-hits">
            <summary>${terms.otherHits}（${others.length}）</summary>
            <ul>
              ${others.map(
                (hit, hitIndex) => html`<li>
                  <button id=${`${titleId}-${hitIndex}`} class="link" type="button" @click=${open(hit.articleId, `${titleId}-${hitIndex}`)}>
                    ${hit.number ?? terms.paragraph}
                  </button>
                  <span class="snippet">${highlighted(hit.snippet.text, hit.snippet.highlights)}</span>
                  ${this.renderCiteButton(this.citation(result, { id: hit.articleId, number: hit.number }))}
                </li>`,
              )}
            </ul>
          </details>`
        : nothing}
    </li>`;
  }

  private renderReader(reading: Reading) {
    const terms = this.localize(kbSearchTranslations);
    const document = reading.kind === 'article' ? reading.detail.document : reading.document;
    const guide = reading.kind === 'document' ? reading.document.guide : null;
    return html`<section part="reader" class="reader" aria-labelledby="reader-title">
      <button class="button" type="button" @click=${() => this.guard('open-failed', () => this.closeReader())}>${terms.back}</button>
      <h2 id="reader-title" tabindex="-1">${document.title}${document.subtitle ? ` ${document.subtitle}` : ''}</h2>
      ${this.meta(document)}
      ${guide
        ? html`<dl class="guide">
            <dt>${terms.department}</dt>
            <dd>${guide.department}</dd>
            ${guide.timeLimit ? html`<dt>${terms.timeLimit}</dt><dd>${guide.timeLimit}</dd>` : nothing}
            ${guide.legalTimeLimit ? html`<dt>${terms.legalTimeLimit}</dt><dd>${guide.legalTimeLimit}</dd>` : nothing}
            ${guide.location ? html`<dt>${terms.location}</dt><dd>${guide.location}</dd>` : nothing}
            ${guide.consultPhone ? html`<dt>${terms.consultPhone}</dt><dd><a href=${`tel:${guide.consultPhone}`}>${guide.consultPhone}</a></dd>` : nothing}
            ${guide.complaintPhone ? html`<dt>${terms.complaintPhone}</dt><dd><a href=${`tel:${guide.complaintPhone}`}>${guide.complaintPhone}</a></dd>` : nothing}
            ${guide.materials.length ? html`<dt>${terms.materials}</dt><dd><ul>${guide.materials.map((item) => html`<li>${item}</li>`)}</ul></dd>` : nothing}
          </dl>`
        : nothing}
      ${reading.kind === 'article' ? this.renderArticle(reading.detail) : this.renderDocument(reading.document)}
    </section>`;
  }

  private renderProvision(document: { id: string; title: string; version: string | null }, article: { id: string; number: string | null; headings: string[]; body: string }, focusable = false) {
    const lines = article.body.split('\n');
    return html`<article class="provision" data-article=${article.id} tabindex=${focusable ? '-1' : nothing}>
      ${article.headings.length ? html`<p class="headings">${article.headings.join(' · ')}</p>` : nothing}
      ${lines.map((line) => html`<p>${line}</p>`)}
      ${this.renderCiteButton({ documentId: document.id, title: document.title, articleId: article.id, articleNumber: article.number, version: document.version })}
    </article>`;
  }

  private renderArticle(detail: KbArticleDetail) {
    const terms = this.localize(kbSearchTranslations);
    return html`
      ${this.renderProvision(detail.document, detail.article)}
      <nav class="neighbours" aria-label=${terms.articleNavigation}>
        ${detail.previous
          ? html`<button class="button" type="button" @click=${() => this.guard('open-failed', () => this.openArticle(detail.previous!.id))}>
              ${terms.previous(detail.previous.number ?? terms.paragraph)}
            </button>`
          : nothing}
        ${detail.next
          ? html`<button class="button" type="button" @click=${() => this.guard('open-failed', () => this.openArticle(detail.next!.id))}>
              ${terms.next(detail.next.number ?? terms.paragraph)}
            </button>`
          : nothing}
        <button class="button" type="button" @click=${() => this.guard('open-failed', () => this.openDocument(detail.document.id, detail.article.id))}>
          ${terms.wholeDocument}
        </button>
      </nav>
    `;
  }

  private renderDocument(document: KbDocument) {
    const focus = this.reading?.kind === 'document' ? this.reading.focusArticleId : null;
    return html`<div class="document">${document.articles.map((article) => this.renderProvision(document, article, article.id === focus))}</div>`;
  }
}
