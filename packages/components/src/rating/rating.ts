import type { ResidentClient, RatingLevel, ResidentCaseView, ResidentProof } from '@huying/sdk';
import { html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { HyRateEvent, HyRatingChangeEvent, HyReopenEvent } from '../events/rating-events.js';
import { describeFailure, failureMessage } from '../internal/api-errors.js';
import { caseWords } from '../internal/case-words.js';
import { clientOf, type Connection } from '../internal/connection.js';
import { formStyles } from '../internal/form.styles.js';
import { HuyingElement } from '../internal/huying-element.js';
import { buttonStyles, hostStyles } from '../internal/shared.styles.js';
import { ratingStyles } from './rating.styles.js';
import { ratingTranslations } from './rating.translations.js';

const levels: readonly RatingLevel[] = ['satisfied', 'basically_satisfied', 'unsatisfied'];
const isLevel = (value: unknown): value is RatingLevel => levels.includes(value as RatingLevel);

type Phase = 'idle' | 'loading' | 'sending';

/**
 * Two ways to use it. As a form control inside the host page's own `<form>` (give it a `name`):
 * it submits `name` = the level and `name-comment` = the comment, and takes part in validation
 * (`required`) and reset. Or connected to a case (`tracking-code` with `secret` or
 * `phone-last4`, plus `api-base` and `site-key` on other sites): it sends the rating itself, once
 * per handling round, and after "unsatisfied" asks whether to reopen the case.
 *
 * It offers a rating only while the case's reply waits for one; after rating it says what was
 * given, and after an unsatisfied rating offers to reopen. Keyboard: Tab into the group, arrow
 * keys between the levels (they are radio buttons), Space to choose.
 *
 * @summary Satisfied / basically satisfied / unsatisfied, with a comment, for a case's reply.
 *
 * @event {Event} change - The resident chose another level (as native form controls send it).
 * @event {HyRatingChangeEvent} hy-rating-change - The same, with `detail.value`.
 * @event {HyRateEvent} hy-rate - The platform recorded the rating; `detail.case` is the case after it.
 * @event {HyReopenEvent} hy-reopen - The case went back into handling after an unsatisfied rating.
 * @event {HyErrorEvent} hy-error - A failure the element caught: `load-failed`, `rate-failed`,
 * `reopen-failed` or `render-failed`. The element also explains it on screen.
 *
 * @csspart base - The wrapper.
 * @csspart levels - The group of the three levels.
 * @csspart level - Each level's box.
 * @csspart comment - The comment box.
 * @csspart submit-button - The button that sends the rating.
 * @csspart message - Messages: loading, thanks, already rated, errors.
 * @csspart dialog - The "reopen?" dialog after an unsatisfied rating.
 * @csspart reopen-button - "Ask to handle it again", after an unsatisfied rating.
 *
 * @cssproperty --hy-rating-selected-color - The border of the chosen level (default the primary colour).
 * @cssproperty --hy-color-primary - Buttons.
 * @cssproperty --hy-color-danger - Errors.
 * @cssproperty --hy-color-border - Boxes and fields.
 * @cssproperty --hy-radius - Corner radius.
 * @cssproperty --hy-spacing - Gaps.
 * @cssproperty --hy-font-family - Text font.
 * @cssproperty --hy-focus-ring-color - Focus outline colour.
 * @cssproperty --hy-touch-target - Minimum height of levels and buttons.
 */
export class HyRating extends HuyingElement implements Connection {
  static formAssociated = true;
  static override shadowRootOptions = { ...HuyingElement.shadowRootOptions, delegatesFocus: true };
  static override styles = [hostStyles, buttonStyles, formStyles, ratingStyles];

  /** The form field name; the comment goes as `<name>-comment`. */
  @property() name = '';
  /** The chosen level: `satisfied`, `basically_satisfied`, `unsatisfied`, or empty. */
  @property({ reflect: true }) value: RatingLevel | '' = '';
  /** The resident's comment. */
  @property() comment = '';
  /** In a host form: a level must be chosen. */
  @property({ type: Boolean, reflect: true }) required = false;
  @property({ type: Boolean, reflect: true }) disabled = false;
  /** The case to rate (connected use). */
  @property({ attribute: 'tracking-code' }) trackingCode = '';
  /** The case's secret from the receipt, or give `phone-last4`. */
  @property() secret = '';
  /** The last four digits of the phone given with the case. */
  @property({ attribute: 'phone-last4' }) phoneLast4 = '';
  /** The platform's address, e.g. `https://huying.example.gov.cn`; the page's own origin if empty. */
  @property({ attribute: 'api-base' }) apiBase = '';
  /** The site key issued for this website. */
  @property({ attribute: 'site-key' }) siteKey = '';
  /** An API client to use instead of one made from `api-base` and `site-key`. */
  @property({ attribute: false }) client: ResidentClient | undefined;
  /** The case as the host already has it (a tracker passes it), which saves loading it. */
  @property({ attribute: false }) case: ResidentCaseView | undefined;

  @state() private phase: Phase = 'idle';
  @state() private problem = '';
  @state() private confirmation = '';
  @state() private reasonError = '';
  @state() private touched = false;

  @query('dialog') private dialog!: HTMLDialogElement | null;
  @query('input[type="radio"]') private firstRadio!: HTMLInputElement | null;

  private readonly internals: ElementInternals = this.attachInternals();

  /** The form this control belongs to, if any. */
  get form(): HTMLFormElement | null {
    return this.internals.form;
  }
  get validity(): ValidityState {
    return this.internals.validity;
  }
  get validationMessage(): string {
    return this.internals.validationMessage;
  }
  checkValidity(): boolean {
    return this.internals.checkValidity();
  }
  reportValidity(): boolean {
    return this.internals.reportValidity();
  }

  formResetCallback(): void {
    this.value = '';
    this.comment = '';
    this.touched = false;
  }

  formDisabledCallback(disabled: boolean): void {
    this.disabled = disabled;
  }

  formStateRestoreCallback(restored: FormData | string | null): void {
    if (restored instanceof FormData) {
      const level = restored.get(this.name);
      this.value = isLevel(level) ? level : '';
      this.comment = String(restored.get(`${this.name}-comment`) ?? '');
    }
  }

  private get proof(): ResidentProof | null {
    if (/^\d{8}$/.test(this.secret)) return { secret: this.secret };
    if (/^\d{4}$/.test(this.phoneLast4)) return { phoneLast4: this.phoneLast4 };
    return null;
  }

  private get connected(): boolean {
    return Boolean(this.trackingCode && this.proof);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('value') && this.value !== '' && !isLevel(this.value)) this.value = '';
    if (changed.has('value') || changed.has('comment') || changed.has('required') || changed.has('name')) this.syncForm();
  }

  protected override updated(changed: PropertyValues<this>): void {
    const identity = changed.has('trackingCode') || changed.has('secret') || changed.has('phoneLast4');
    if (identity && this.connected && !this.case) this.guard('load-failed', () => this.load());
  }

  private syncForm(): void {
    if (this.name) {
      const data = new FormData();
      if (this.value) data.append(this.name, this.value);
      if (this.comment) data.append(`${this.name}-comment`, this.comment);
      this.internals.setFormValue(data);
    } else {
      this.internals.setFormValue(this.value || null);
    }
    if (this.required && !this.value) {
      this.internals.setValidity({ valueMissing: true }, this.localize(ratingTranslations).required, this.firstRadio ?? undefined);
    } else {
      this.internals.setValidity({});
    }
  }

  private async load(): Promise<void> {
    const proof = this.proof;
    if (!proof) return;
    this.phase = 'loading';
    this.problem = '';
    try {
      const tracked = await clientOf(this).tracking.get(this.trackingCode, proof);
      if (tracked.verified) this.case = tracked.case;
    } catch (error) {
      this.problem = failureMessage(describeFailure(error), this.locale);
      throw error;
    } finally {
      this.phase = 'idle';
    }
  }

  private choose(level: RatingLevel): void {
    this.value = level;
    this.touched = true;
    this.dispatchEvent(new Event('change', { bubbles: true }));
    this.dispatchEvent(new HyRatingChangeEvent({ value: level }));
  }

  private submit(event: Event): void {
    event.preventDefault();
    this.touched = true;
    if (!this.value) {
      this.firstRadio?.focus();
      return;
    }
    if (this.value === 'unsatisfied') {
      this.reasonError = '';
      this.dialog?.showModal();
      return;
    }
    this.guard('rate-failed', () => this.send(null));
  }

  /** Sends the rating, then the reopening if asked for; `reason` null means "rating only". */
  private async send(reason: string | null): Promise<void> {
    const proof = this.proof;
    const level = this.value;
    if (!proof || !isLevel(level)) return;
    const terms = this.localize(ratingTranslations);
    const huying = clientOf(this);
    this.phase = 'sending';
    this.problem = '';
    try {
      const alreadyRated = this.case?.status === 'rated';
      if (!alreadyRated) {
        const rated = await huying.ratings.rate(this.trackingCode, proof, { level, ...(this.comment.trim() ? { comment: this.comment.trim() } : {}) });
        this.case = rated;
        this.confirmation = terms.thanks(this.localize(caseWords).rating[level]);
        this.dispatchEvent(new HyRateEvent({ level, comment: this.comment.trim(), case: rated }));
      }
      if (reason !== null) {
        const reopened = await huying.ratings.reopen(this.trackingCode, proof, reason);
        this.case = reopened;
        this.confirmation = terms.reopened;
        this.dispatchEvent(new HyReopenEvent({ reason, case: reopened }));
      }
    } catch (error) {
      this.problem = failureMessage(describeFailure(error), this.locale);
      // Someone (another tab, the same person twice) may have rated meanwhile: show what holds now.
      if (describeFailure(error).kind === 'refused') await this.load().catch(() => {});
      throw error;
    } finally {
      this.phase = 'idle';
    }
  }

  private confirmReopen(event: Event): void {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const submitter = (event as SubmitEvent).submitter as HTMLButtonElement | null;
    const reason = (new FormData(form).get('reason') ?? '').toString().trim();
    if (submitter?.value === 'rate-only') {
      this.dialog?.close();
      this.guard('rate-failed', () => this.send(null));
      return;
    }
    if (reason.length < 2) {
      this.reasonError = this.localize(ratingTranslations).reasonRequired;
      form.querySelector('textarea')?.focus();
      return;
    }
    this.dialog?.close();
    this.guard('reopen-failed', () => this.send(reason));
  }

  protected override render() {
    const terms = this.localize(ratingTranslations);
    const words = this.localize(caseWords);
    if (this.connected && !this.case) {
      return html`<p part="message" role="status">${this.problem || terms.loading}</p>`;
    }
    const current = this.case;
    const message = html`${this.problem ? html`<p part="message" class="banner danger" role="alert">${this.problem}</p>` : nothing}${
      this.confirmation ? html`<p part="message" class="banner" role="status">${this.confirmation}</p>` : nothing
    }`;
    if (current && current.status === 'rated' && current.rating) {
      // Rated this round: no second rating; an unsatisfied one may still be turned into a reopening.
      const lastEvent = current.timeline.at(-1)?.type;
      const canReopen = current.rating === 'unsatisfied' && lastEvent === 'rated';
      return html`<div part="base">
        ${message}
        ${this.confirmation ? nothing : html`<p part="message">${terms.rated(words.rating[current.rating])}</p>`}
        ${canReopen
          ? html`<p>${terms.reopenOffer}</p>
              <button class="button" part="reopen-button" type="button" ?disabled=${this.phase !== 'idle'} @click=${() => this.dialog?.showModal()}>${terms.reopenButton}</button>`
          : nothing}
        ${this.renderDialog(true)}
      </div>`;
    }
    if (current && current.status !== 'resolved') {
      return html`<div part="base">${message}${this.confirmation ? nothing : html`<p part="message">${terms.notYet}</p>`}</div>`;
    }
    const showRequired = this.touched && !this.value && (this.connected || this.required);
    return html`<form part="base" novalidate @submit=${this.submit}>
      ${message}
      <fieldset ?disabled=${this.disabled || this.phase !== 'idle'} aria-describedby=${showRequired ? 'level-error' : nothing}>
        <legend>${terms.legend}</legend>
        <div part="levels">
          ${levels.map(
            (level) => html`<label class="level" part="level">
              <input type="radio" name="level" .value=${level} .checked=${this.value === level} @change=${() => this.choose(level)} />
              <span class="choice"><span class="name">${words.rating[level]}</span><span class="hint">${terms.hints[level]}</span></span>
            </label>`,
          )}
        </div>
        <p id="level-error" class="error">${showRequired ? terms.choose : ''}</p>
      </fieldset>
      <div class="field">
        <label for="comment">${terms.comment}</label>
        <textarea
          id="comment"
          part="comment"
          maxlength="1000"
          aria-describedby="comment-hint"
          .value=${this.comment}
          ?disabled=${this.disabled || this.phase !== 'idle'}
          @input=${(event: Event) => (this.comment = (event.target as HTMLTextAreaElement).value)}
        ></textarea>
        <p id="comment-hint" class="hint">${terms.commentHint}</p>
      </div>
      ${this.connected
        ? html`<div class="actions">
            <button class="button primary" part="submit-button" type="submit" ?disabled=${this.disabled || this.phase !== 'idle'}>
              ${this.phase === 'sending' ? terms.submitting : terms.submit}
            </button>
          </div>`
        : nothing}
      ${this.renderDialog(false)}
    </form>`;
  }

  private renderDialog(reopenOnly: boolean) {
    if (!this.connected) return nothing;
    const terms = this.localize(ratingTranslations);
    return html`<dialog part="dialog" aria-labelledby="dialog-title" aria-describedby="dialog-body">
      <form method="dialog" novalidate @submit=${this.confirmReopen}>
        <h2 id="dialog-title">${terms.dialogTitle}</h2>
        <p id="dialog-body">${terms.dialogBody}</p>
        <div class="field">
          <label for="reason">${terms.reason}</label>
          <textarea id="reason" name="reason" maxlength="1000" aria-invalid=${this.reasonError ? 'true' : 'false'} aria-describedby="reason-error"></textarea>
          <p id="reason-error" class="error" role="alert">${this.reasonError}</p>
        </div>
        <div class="actions">
          <button class="button primary" type="submit" value="reopen">${reopenOnly ? terms.reopenButton : terms.reopenAndRate}</button>
          ${reopenOnly ? nothing : html`<button class="button" type="submit" value="rate-only">${terms.rateOnly}</button>`}
          <button class="button" type="button" @click=${() => this.dialog?.close()}>${terms.cancel}</button>
        </div>
      </form>
    </dialog>`;
  }
}
