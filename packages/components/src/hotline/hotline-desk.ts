import type { Building, CaseKind, Category, Citation, Hotline, HotlineCallerHistory, HotlineCall, HuyingClient, LoggedHotlineCall } from '@huying/sdk';
import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { HyCallLoggedEvent } from '../events/hotline-events.js';
import type { HyKbCiteEvent } from '../events/kb-events.js';
import { describeFailure, failureMessage } from '../internal/api-errors.js';
import { caseWords, formatDateTime } from '../internal/case-words.js';
import { Combobox } from '../internal/combobox.js';
import { categoriesMatching, categoryOption } from '../internal/pickers.js';
import { PlacePicker } from '../internal/place-picker.js';
import { formStyles } from '../internal/form.styles.js';
import { HuyingElement } from '../internal/huying-element.js';
import { kindChoice } from '../internal/kind-choice.js';
import { pickerStyles } from '../internal/picker.styles.js';
import { buttonStyles, hostStyles } from '../internal/shared.styles.js';
import '../kb-search/define.js';
import { hotlineDeskStyles } from './hotline-desk.styles.js';
import { hotlineDeskTranslations } from './hotline-desk.translations.js';

type Field = 'dialled' | 'caller' | 'place' | 'description' | 'reply';

/** Which of the form's fields an API field error belongs to (`json.answer.reply` → reply). */
function fieldOf(apiField: string): Field | null {
  const name = apiField.replace(/^json\./, '');
  if (name.startsWith('dialledNumber')) return 'dialled';
  if (name.startsWith('callerNumber')) return 'caller';
  if (name.startsWith('address') || name.startsWith('buildingId') || name === 'place') return 'place';
  if (name.startsWith('description')) return 'description';
  if (name.startsWith('answer')) return 'reply';
  return null;
}

const citationKey = (citation: Citation) => citation.articleId ?? citation.documentId;
/** Enough digits to be a phone number: the look-up waits for them rather than asking on every key. */
const looksDialable = (text: string) => text.replace(/\D/g, '').length >= 7;

/**
 * The hotline operator's desk: log a call as a case while on the phone. The operator picks the
 * number the caller dialled from the city's directory, types the caller ID and sees at once how
 * often that number called before and about what, notes the kind, category, place and what was
 * said, and logs the call; the tracking code and secret to read out come back. A consultation
 * can be answered on the call: the knowledge base opens in place (`<hy-kb-search>` with its
 * "cite in reply" toggles), and the answer is logged with the provisions cited, resolving the
 * case at once.
 *
 * Give it a `client` signed in as a staff member with `hotline.intake` (the command centre's
 * dispatchers and information officers): a staff token, or the staff pages' session cookie with
 * its CSRF token (`client.auth.login`). The caller's number leaves the page only to the API,
 * which keeps it masked and hashed.
 *
 * The element speaks the language of its own `lang` or the nearest ancestor's (zh-CN and en).
 *
 * @summary Operators log hotline calls as cases, see repeat callers, and answer consultations on the call.
 *
 * @event {HyCallLoggedEvent} hy-call-logged - A call was logged: `detail.logged` (call, case, caller history).
 * @event {HyKbCiteEvent} hy-kb-cite - From the knowledge-base search inside: a provision was cited or uncited.
 * @event {HyErrorEvent} hy-error - A failure the element caught: `directory-failed`, `lookup-failed`,
 * `log-failed` or `render-failed`; the element also explains it on screen.
 *
 * @csspart form - The call form.
 * @csspart dialled - The number dialled.
 * @csspart caller - The caller's number and their history.
 * @csspart history - "Called N times before" and the earlier requests.
 * @csspart answer - The answer given on the call: knowledge base, citations, reply.
 * @csspart submit-button - "Log the call".
 * @csspart message - The form's errors and refusals.
 * @csspart receipt - The logged call: tracking code and secret.
 *
 * @cssproperty --hy-color-primary - Buttons and headings.
 * @cssproperty --hy-color-text-muted - Hints.
 * @cssproperty --hy-color-border - Fields and dividers.
 * @cssproperty --hy-color-danger - Errors.
 * @cssproperty --hy-radius - Corner radius.
 * @cssproperty --hy-spacing - Gaps.
 * @cssproperty --hy-font-family - Text font.
 * @cssproperty --hy-focus-ring-color - Focus outline colour.
 */
export class HyHotlineDesk extends HuyingElement {
  static override styles = [hostStyles, buttonStyles, formStyles, pickerStyles, hotlineDeskStyles];

  /** A client signed in as a staff member with `hotline.intake` (staff token or session). */
  @property({ attribute: false }) client: HuyingClient | undefined;
  /** The directory number this desk answers, chosen to begin with (the city's service line if empty). */
  @property({ attribute: 'dialled-number' }) dialledNumber = '';

  @state() private dialled: Hotline | null = null;
  @state() private callerNumber = '';
  @state() private history: HotlineCallerHistory | null = null;
  @state() private lookingUp = false;
  @state() private callerName = '';
  @state() private callBack = false;
  @state() private kind: CaseKind = 'complaint';
  @state() private category: Category | null = null;
  @state() private building: Building | null = null;
  @state() private description = '';
  @state() private urgent = false;
  @state() private answering = false;
  @state() private reply = '';
  @state() private citations: Citation[] = [];
  @state() private errors: Partial<Record<Field, string>> = {};
  @state() private problem = '';
  @state() private sending = false;
  @state() private logged: LoggedHotlineCall | null = null;
  @state() private announcement = '';

  private categories: Category[] | null = null;
  /** The message of the last failed look-up, cleared once the API answers again. */
  private connectionProblem = '';
  /** The ids `<hy-kb-search>` shows as cited, kept as one array while the citations stay the same. */
  private citedIds: string[] = [];
  private lookupRun = 0;
  private lookupTimer: ReturnType<typeof setTimeout> | undefined;
  private searchTimer: ReturnType<typeof setTimeout> | undefined;

  private readonly dialledBox = new Combobox<Hotline>(this, {
    id: 'dialled',
    render: (hotline) => html`${hotline.number}<small>${this.localize(hotlineDeskTranslations).labels[hotline.label]} · ${hotline.unit.name}</small>`,
    select: (hotline) => this.chooseDialled(hotline),
  });

  private readonly placePicker = new PlacePicker(this, {
    select: (building) => {
      this.building = building;
      this.clearError('place');
    },
    lookup: (query, show) =>
      this.guard('lookup-failed', async () => show((await this.explainingFailure(() => this.client!.buildings.list({ q: query, limit: 8 }))).data)),
    edited: () => this.clearError('place'),
  });

  private readonly categoryBox = new Combobox<Category>(this, {
    id: 'category',
    render: categoryOption,
    select: (category) => (this.category = category),
  });

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.lookupTimer);
    clearTimeout(this.searchTimer);
  }

  protected override updated(changed: PropertyValues<this>): void {
    if ((changed.has('client') || changed.has('dialledNumber')) && this.client && !this.dialled) {
      this.guard('directory-failed', () => this.chooseStartingNumber());
    }
  }

  /** The number the desk starts with: `dialled-number` from the directory, else the city's service line. */
  private async chooseStartingNumber(): Promise<void> {
    const client = this.client!;
    const query = this.dialledNumber.trim() ? { q: this.dialledNumber.trim(), limit: 1 } : { label: 'service' as const, limit: 1 };
    const { data } = await this.explainingFailure(() => client.hotline.directory(query));
    if (data[0] && !this.dialled) this.dialled = data[0];
  }

  /** Runs a request whose failure the operator must see (a desk that cannot reach the directory is not usable). */
  private async explainingFailure<T>(work: () => PromiseLike<T>): Promise<T> {
    try {
      const value = await work();
      if (this.problem === this.connectionProblem) this.problem = '';
      return value;
    } catch (error) {
      this.connectionProblem = failureMessage(describeFailure(error), this.locale);
      this.problem = this.connectionProblem;
      throw error;
    }
  }

  private chooseDialled(hotline: Hotline): void {
    this.dialled = hotline;
    this.clearError('dialled');
  }

  private searchDirectory(text: string): void {
    clearTimeout(this.searchTimer);
    this.searchTimer = setTimeout(() => {
      this.guard('directory-failed', async () => {
        const { data } = await this.explainingFailure(() => this.client!.hotline.directory({ q: text.trim(), limit: 8 }));
        this.dialledBox.show(data);
      });
    }, 200);
  }

  private searchCategories(text: string): void {
    if (!text.trim()) {
      this.categoryBox.close();
      return;
    }
    this.guard('lookup-failed', async () => {
      this.categories ??= await this.explainingFailure(() => this.client!.categories.list());
      this.categoryBox.show(categoriesMatching(this.categories, text));
    });
  }

  private onCallerInput(value: string): void {
    this.callerNumber = value;
    this.history = null;
    this.clearError('caller');
    clearTimeout(this.lookupTimer);
    if (looksDialable(value)) this.lookupTimer = setTimeout(() => this.guard('lookup-failed', () => this.lookUpCaller()), 400);
  }

  /** How often the caller called before; the latest number typed wins over a slower earlier answer. */
  async lookUpCaller(): Promise<void> {
    clearTimeout(this.lookupTimer);
    const number = this.callerNumber.trim();
    if (!this.client || !number) return;
    const terms = this.localize(hotlineDeskTranslations);
    const run = ++this.lookupRun;
    this.lookingUp = true;
    try {
      const history = await this.client.hotline.lookUpCaller(number);
      if (run !== this.lookupRun) return;
      this.history = history;
      this.announcement = history.previousCalls === 0 ? terms.firstCall(history.masked) : terms.calledBefore(history.masked, history.previousCalls);
    } catch (error) {
      if (run !== this.lookupRun) return;
      const failure = describeFailure(error);
      if (failure.kind === 'refused' && failure.status === 400) this.errors = { ...this.errors, caller: terms.refusedField['caller']! };
      else throw error;
    } finally {
      if (run === this.lookupRun) this.lookingUp = false;
    }
  }

  private onCite(event: HyKbCiteEvent): void {
    const { citation, cited } = event.detail;
    const key = citationKey(citation);
    this.setCitations(cited ? [...this.citations.filter((item) => citationKey(item) !== key), citation] : this.citations.filter((item) => citationKey(item) !== key));
  }

  private setCitations(citations: Citation[]): void {
    this.citations = citations;
    this.citedIds = citations.map(citationKey);
  }

  private clearError(field: Field): void {
    if (!this.errors[field]) return;
    const { [field]: _cleared, ...rest } = this.errors;
    this.errors = rest;
  }

  private missingFields(): Partial<Record<Field, string>> {
    const required = this.localize(hotlineDeskTranslations).required;
    const errors: Partial<Record<Field, string>> = {};
    if (!this.dialled) errors.dialled = required['dialled']!;
    if (!this.callerNumber.trim()) errors.caller = required['caller']!;
    if (!this.building && !this.placePicker.address) errors.place = required['place']!;
    if (this.description.trim().length < 5) errors.description = required['description']!;
    if (this.answering && this.reply.trim().length < 2) errors.reply = required['reply']!;
    return errors;
  }

  private callBody(): HotlineCall {
    const name = this.callerName.trim();
    return {
      dialledNumber: this.dialled!.number,
      callerNumber: this.callerNumber.trim(),
      kind: this.kind,
      description: this.description.trim(),
      ...(this.urgent ? { urgency: 'urgent' as const } : {}),
      ...(this.category ? { categoryId: this.category.id } : {}),
      ...(this.building ? { buildingId: this.building.id } : { address: this.placePicker.address }),
      ...(name || this.callBack ? { caller: { ...(name ? { name } : {}), ...(this.callBack ? { callBack: true } : {}) } } : {}),
      ...(this.answering ? { answer: { reply: this.reply.trim(), ...(this.citations.length ? { citations: this.citations } : {}) } } : {}),
    };
  }

  /** Logs the call as the form stands; refusals are explained on screen and nothing is stored. */
  async logCall(): Promise<void> {
    const terms = this.localize(hotlineDeskTranslations);
    this.problem = '';
    const missing = this.missingFields();
    if (Object.keys(missing).length > 0) {
      this.errors = missing;
      this.problem = terms.checkFields;
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
      return;
    }
    if (!this.client) return;
    this.sending = true;
    try {
      const logged = await this.client.hotline.logCall(this.callBody());
      this.logged = logged;
      this.announcement = terms.logged(logged.case.trackingCode);
      this.dispatchEvent(new HyCallLoggedEvent({ logged }));
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#receipt-title')?.focus();
    } catch (error) {
      const failure = describeFailure(error);
      if (failure.kind === 'refused') {
        const errors: Partial<Record<Field, string>> = {};
        for (const item of failure.fields) {
          const field = fieldOf(item.field);
          // The API words its refusals for developers; the two an operator meets are said in their language.
          if (field) errors[field] ??= terms.refusedField[field] ?? item.message;
        }
        this.errors = errors;
        this.problem = failure.status === 422 && this.answering ? terms.refusedAnswer : terms.refused(failure.detail);
      } else {
        this.problem = failureMessage(failure, this.locale);
      }
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('[part~="message"]')?.focus();
      if (failure.kind !== 'refused') throw error;
    } finally {
      this.sending = false;
    }
  }

  /** Clears the form for the next call, keeping the number dialled (the line this desk answers). */
  async nextCall(): Promise<void> {
    Object.assign(this, {
      callerNumber: '',
      history: null,
      callerName: '',
      callBack: false,
      kind: 'complaint',
      category: null,
      building: null,
      description: '',
      urgent: false,
      answering: false,
      reply: '',
      errors: {},
      problem: '',
      logged: null,
      announcement: '',
    });
    this.placePicker.clear();
    this.setCitations([]);
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#caller')?.focus();
  }

  private onSubmit(event: SubmitEvent): void {
    event.preventDefault();
    this.guard('log-failed', () => this.logCall());
  }

  protected override render() {
    const terms = this.localize(hotlineDeskTranslations);
    if (!this.client) return html`<p part="message" class="banner">${terms.needsClient}</p>`;
    return html`
      <h2>${terms.heading}</h2>
      <p class="visually-hidden" role="status">${this.announcement}</p>
      ${this.logged ? this.renderReceipt(this.logged) : this.renderForm()}
    `;
  }

  private error(field: Field) {
    return html`<p id="${field}-error" class="error">${this.errors[field] ?? ''}</p>`;
  }

  private invalid(field: Field): 'true' | 'false' {
    return this.errors[field] ? 'true' : 'false';
  }

  private renderForm() {
    const terms = this.localize(hotlineDeskTranslations);
    return html`<form part="form" novalidate @submit=${this.onSubmit}>
      ${this.problem ? html`<p part="message" class="banner danger" role="alert" tabindex="-1">${this.problem}</p>` : nothing}
      <div class="columns">
        <div>${this.renderDialled()} ${this.renderCaller()}</div>
        <div>${this.renderKind()} ${this.renderCategory()} ${this.renderPlace()}</div>
      </div>
      <div class="field">
        <label for="description">${terms.description}</label>
        <textarea id="description" maxlength="5000" .value=${this.description} aria-invalid=${this.invalid('description')} aria-describedby="description-hint description-error"
          @input=${(event: Event) => ((this.description = (event.target as HTMLTextAreaElement).value), this.clearError('description'))}></textarea>
        <p id="description-hint" class="hint">${terms.descriptionHint}</p>
        ${this.error('description')}
      </div>
      <label class="choice-row"><input type="checkbox" .checked=${this.urgent} @change=${(event: Event) => (this.urgent = (event.target as HTMLInputElement).checked)} /><span>${terms.urgent}</span></label>
      ${this.kind === 'consultation' ? this.renderAnswer() : nothing}
      <button class="button primary" part="submit-button" type="submit" ?disabled=${this.sending}>${this.sending ? terms.submitting : terms.submit}</button>
    </form>`;
  }

  private renderDialled() {
    const terms = this.localize(hotlineDeskTranslations);
    if (this.dialled) {
      return html`<div class="field" part="dialled">
        <span class="label" id="dialled-label">${terms.dialled}</span>
        <div class="chosen" role="group" aria-labelledby="dialled-label">
          <p><strong class="number">${this.dialled.number}</strong> <span class="hint">${terms.labels[this.dialled.label]} · ${this.dialled.unit.name}</span></p>
          <button class="link" type="button" @click=${() => (this.dialled = null)}>${terms.changeDialled}</button>
        </div>
      </div>`;
    }
    return html`<div class="field" part="dialled">
      <label for="dialled">${terms.dialled}</label>
      ${this.dialledBox.field({
        label: terms.dialledOptions,
        describedBy: 'dialled-hint dialled-error',
        invalid: Boolean(this.errors.dialled),
        onInput: (text) => this.searchDirectory(text),
        onFocus: (text) => this.searchDirectory(text),
      })}
      <p id="dialled-hint" class="hint">${terms.dialledHint}</p>
      ${this.error('dialled')}
    </div>`;
  }

  private renderCaller() {
    const terms = this.localize(hotlineDeskTranslations);
    return html`<div class="field" part="caller">
        <label for="caller">${terms.caller}</label>
        <input id="caller" type="tel" autocomplete="off" .value=${this.callerNumber} maxlength="40" aria-invalid=${this.invalid('caller')} aria-describedby="caller-hint caller-error caller-history"
          @input=${(event: Event) => this.onCallerInput((event.target as HTMLInputElement).value)}
          @change=${() => this.guard('lookup-failed', () => this.lookUpCaller())}
          @keydown=${(event: KeyboardEvent) => {
            // Enter here looks the caller up; it must not log a half-filled call.
            if (event.key === 'Enter') {
              event.preventDefault();
              this.guard('lookup-failed', () => this.lookUpCaller());
            }
          }} />
        <p id="caller-hint" class="hint">${terms.callerHint}</p>
        ${this.error('caller')} ${this.renderHistory()}
      </div>
      <div class="field">
        <label for="caller-name">${terms.callerName}</label>
        <input id="caller-name" type="text" maxlength="50" autocomplete="off" .value=${this.callerName} @input=${(event: Event) => (this.callerName = (event.target as HTMLInputElement).value)} />
      </div>
      <label class="choice-row"><input type="checkbox" .checked=${this.callBack} @change=${(event: Event) => (this.callBack = (event.target as HTMLInputElement).checked)} /><span>${terms.callBack}</span></label>`;
  }

  private renderHistory() {
    const terms = this.localize(hotlineDeskTranslations);
    const words = this.localize(caseWords);
    const history = this.history;
    if (!history) return html`<div id="caller-history" part="history" class="history">${this.lookingUp ? html`<p class="hint">${terms.lookingUp}</p>` : nothing}</div>`;
    const repeat = history.previousCalls > 0;
    return html`<div id="caller-history" part="history" class="history ${repeat ? 'repeat' : ''}">
      <p class="count">${repeat ? terms.calledBefore(history.masked, history.previousCalls) : terms.firstCall(history.masked)}
        ${history.lastCallAt ? html`<span class="hint">${terms.lastCall(formatDateTime(history.lastCallAt, this.locale, { withYear: true }))}</span>` : nothing}</p>
      ${history.recentCases.length
        ? html`<p class="label" id="earlier-label">${terms.earlierCases}</p>
            <ul class="earlier" aria-labelledby="earlier-label">
              ${history.recentCases.map(
                (item) => html`<li><span class="code">${item.trackingCode}</span> ${words.kind[item.kind]} · ${words.status[item.status]}<br /><span>${item.title}</span>
                  <span class="hint">${formatDateTime(item.calledAt, this.locale)}</span></li>`,
              )}
            </ul>`
        : nothing}
    </div>`;
  }

  private renderKind() {
    return kindChoice({
      locale: this.locale,
      chosen: this.kind,
      choose: (kind) => {
        this.kind = kind;
        if (kind !== 'consultation') this.answering = false;
      },
    });
  }

  private renderCategory() {
    const terms = this.localize(hotlineDeskTranslations);
    if (this.category) {
      return html`<div class="field">
        <span class="label" id="category-label">${terms.category}</span>
        <div class="chosen" role="group" aria-labelledby="category-label">
          <p>${this.category.level1} › ${this.category.level2} › <strong>${this.category.level3}</strong></p>
          <button class="link" type="button" @click=${() => (this.category = null)}>${terms.clearCategory}</button>
        </div>
      </div>`;
    }
    return html`<div class="field">
      <label for="category">${terms.category}</label>
      ${this.categoryBox.field({ label: terms.categoryOptions, describedBy: 'category-hint', onInput: (text) => this.searchCategories(text) })}
      <p id="category-hint" class="hint">${terms.categoryHint}</p>
    </div>`;
  }

  private renderPlace() {
    const terms = this.localize(hotlineDeskTranslations);
    let body;
    if (this.building) {
      body = html`<div class="chosen">
        <div><p><strong>${this.building.name}</strong></p><p class="hint">${this.building.address}</p></div>
        <button class="link" type="button" @click=${() => (this.building = null)}>${terms.changePlace}</button>
      </div>`;
    } else {
      body = this.placePicker.render(terms, { invalid: Boolean(this.errors.place) });
    }
    return html`<section class="field" aria-labelledby="place-title">
      <h3 id="place-title">${terms.place}</h3>
      ${body} ${this.error('place')}
    </section>`;
  }

  private renderAnswer() {
    const terms = this.localize(hotlineDeskTranslations);
    return html`<section part="answer" class="answer" aria-labelledby="answer-toggle-label">
      <label class="choice-row" id="answer-toggle-label">
        <input id="answer-toggle" type="checkbox" .checked=${this.answering} aria-describedby="answer-hint"
          @change=${(event: Event) => (this.answering = (event.target as HTMLInputElement).checked)} />
        <span>${terms.answerOnCall}</span>
      </label>
      <p id="answer-hint" class="hint">${terms.answerHint}</p>
      ${this.answering
        ? html`<hy-kb-search staff .client=${this.client} .cited=${this.citedIds} limit="5" @hy-kb-cite=${(event: HyKbCiteEvent) => this.onCite(event)}></hy-kb-search>
            <div class="field">
              <span class="label" id="cited-label">${terms.cited}</span>
              ${this.citations.length
                ? html`<ul class="cited" aria-labelledby="cited-label">
                    ${this.citations.map(
                      (citation) => html`<li>
                        <span>${citation.title} ${citation.articleNumber ?? ''}</span>
                        <button class="link" type="button" aria-label=${terms.removeCitation(`${citation.title} ${citation.articleNumber ?? ''}`.trim())}
                          @click=${() => this.setCitations(this.citations.filter((item) => citationKey(item) !== citationKey(citation)))}>×</button>
                      </li>`,
                    )}
                  </ul>`
                : html`<p class="hint">${terms.noCitations}</p>`}
            </div>
            <div class="field">
              <label for="reply">${terms.reply}</label>
              <textarea id="reply" maxlength="5000" .value=${this.reply} aria-invalid=${this.invalid('reply')} aria-describedby="reply-error"
                @input=${(event: Event) => ((this.reply = (event.target as HTMLTextAreaElement).value), this.clearError('reply'))}></textarea>
              ${this.error('reply')}
            </div>`
        : nothing}
    </section>`;
  }

  private renderReceipt(logged: LoggedHotlineCall) {
    const terms = this.localize(hotlineDeskTranslations);
    const words = this.localize(caseWords);
    const caller = logged.caller;
    return html`<section part="receipt" class="receipt" aria-labelledby="receipt-title">
      <h3 id="receipt-title" tabindex="-1">${terms.loggedHeading}</h3>
      <dl>
        <dt>${terms.trackingCode}</dt>
        <dd class="code tracking-code">${logged.case.trackingCode}</dd>
        <dt>${terms.secret}</dt>
        <dd class="code">${logged.case.secret}</dd>
        <dt>${terms.status}</dt>
        <dd>${words.status[logged.case.status]}</dd>
        <dt>${terms.caller}</dt>
        <dd>${caller.previousCalls > 0 ? terms.calledBefore(caller.masked, caller.previousCalls) : terms.firstCall(caller.masked)}</dd>
      </dl>
      <p>${logged.call.answeredOnCall ? terms.answeredOnCall : terms.routed}</p>
      <p class="hint">${terms.readOut}</p>
      <button class="button primary" type="button" @click=${() => this.guard('render-failed', () => this.nextCall())}>${terms.another}</button>
    </section>`;
  }
}
