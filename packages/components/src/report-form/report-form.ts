import { formatTrackingCode, normalizePhone } from '@huying/core';
import type { CaseKind, Category, FollowReceipt, ResidentClient, SimilarCase, SubmitCaseParams, SubmittedCase } from '@huying/sdk';
import { html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { HyBeforeSubmitEvent, HyFollowEvent, HySubmitEvent } from '../events/report-events.js';
import { describeFailure, failureMessage } from '../internal/api-errors.js';
import { caseWords, daysAgo } from '../internal/case-words.js';
import { copyText } from '../internal/clipboard.js';
import { Combobox } from '../internal/combobox.js';
import { categoriesMatching, categoryOption } from '../internal/pickers.js';
import { PlacePicker } from '../internal/place-picker.js';
import { clientOf, type Connection } from '../internal/connection.js';
import { formStyles } from '../internal/form.styles.js';
import { HuyingElement } from '../internal/huying-element.js';
import { caseKinds, kindChoice } from '../internal/kind-choice.js';
import { PhotoError, preparePhoto } from '../internal/photo.js';
import { buttonStyles, hostStyles } from '../internal/shared.styles.js';
import '../qr-code/define.js';
import { reportFormStyles } from './report-form.styles.js';
import { reportFormTranslations } from './report-form.translations.js';

export const maxDescription = 5000;
export const maxPhotos = 9;
const minDescription = 5;

type Field = 'place' | 'kind' | 'category' | 'description' | 'photos' | 'phone' | 'consent';
type Place = { id: string; name: string; address: string };

interface Photo {
  key: number;
  name: string;
  preview: string;
  state: 'preparing' | 'uploading' | 'done' | 'failed';
  attachmentId?: string;
  prepared?: { blob: Blob; name: string };
}

/** Where a field error from the API belongs on the form. */
function fieldOf(apiField: string): Field | null {
  const name = apiField.replace(/^json\./, '').split('.')[0] ?? '';
  if (['buildingId', 'address', 'place', 'qrToken', 'latitude', 'longitude'].includes(name)) return 'place';
  if (name === 'contact') return 'phone';
  if (name === 'attachmentIds') return 'photos';
  if (name === 'categoryId') return 'category';
  if (name === 'description' || name === 'kind') return name;
  return null;
}

/**
 * A resident's report, from anywhere: the place (a building found by name or address, or
 * typed; prefilled and locked when opened from a building's QR sign with `building-token`),
 * the kind, a category found as you type, the description with a live count, photos (shrunk
 * and stripped of location data on the device, then uploaded), a phone number or anonymity,
 * and consent to the privacy notice. While the resident types, open cases of the same kind at
 * the same building or community are offered, to follow one instead of filing a duplicate.
 * After sending it shows the tracking code and the secret, copyable, and a QR code of the
 * tracking link. A retry after a lost connection never files the case twice.
 *
 * Put it on any page with the script tag and `site-key` + `api-base`, or import it.
 *
 * @summary The resident's report form: place, kind, category, description, photos, contact.
 *
 * @event {HyBeforeSubmitEvent} hy-before-submit - About to send; `detail.request` is the body.
 * Cancel it to stop the sending.
 * @event {HySubmitEvent} hy-submit - The case was filed: `trackingCode`, `secret`, `trackingUrl`, `case`.
 * @event {HyFollowEvent} hy-follow - The resident followed an open case instead: `followToken`,
 * `followUrl`, `case`.
 * @event {HyErrorEvent} hy-error - A failure the element caught (it also explains it on
 * screen): `submit-failed`, `follow-failed`, `photo-failed`, `lookup-failed`, `sign-failed`,
 * `copy-failed` or `render-failed`.
 *
 * @csspart form - The form.
 * @csspart place - The place section.
 * @csspart similar - The "already reported nearby" box.
 * @csspart photos - The list of photo previews.
 * @csspart submit-button - The send button.
 * @csspart receipt - What is shown after sending or following.
 * @csspart qr-code - The `<hy-qr-code>` of the tracking link.
 * @csspart message - Errors about the whole form.
 *
 * @cssproperty --hy-report-form-section-background - Behind each part of the form.
 * @cssproperty --hy-color-primary - Buttons, links, the chosen option.
 * @cssproperty --hy-color-on-primary - Text on primary buttons.
 * @cssproperty --hy-color-danger - Errors.
 * @cssproperty --hy-color-border - Fields.
 * @cssproperty --hy-color-text-muted - Hints.
 * @cssproperty --hy-radius - Corner radius.
 * @cssproperty --hy-spacing - Gaps.
 * @cssproperty --hy-font-family - Text font.
 * @cssproperty --hy-font-size-small - Hints and counts.
 * @cssproperty --hy-focus-ring-color - Focus outline colour.
 * @cssproperty --hy-touch-target - Minimum height of fields and buttons.
 */
export class HyReportForm extends HuyingElement implements Connection {
  static override shadowRootOptions = { ...HuyingElement.shadowRootOptions, delegatesFocus: true };
  static override styles = [hostStyles, buttonStyles, formStyles, reportFormStyles];

  /** The platform's address, e.g. `https://huying.example.gov.cn`; the page's own origin if empty. */
  @property({ attribute: 'api-base' }) apiBase = '';
  /** The site key issued for this website. */
  @property({ attribute: 'site-key' }) siteKey = '';
  /** The token of a building's QR sign: the place is then that building, locked. */
  @property({ attribute: 'building-token' }) buildingToken = '';
  /** The kind chosen at the start. */
  @property() kind: CaseKind = 'complaint';
  /** A page with the full privacy notice; without it a short notice unfolds in place. */
  @property({ attribute: 'privacy-url' }) privacyUrl = '';
  /** Hides the offer of similar open cases. */
  @property({ type: Boolean, attribute: 'no-suggestions' }) noSuggestions = false;
  /** An API client to use instead of one made from `api-base` and `site-key`. */
  @property({ attribute: false }) client: ResidentClient | undefined;

  @state() private place: Place | null = null;
  @state() private placeLocked = false;
  @state() private resolvingSign = false;
  @state() private category: Category | null = null;
  @state() private description = '';
  @state() private photos: Photo[] = [];
  @state() private anonymous = false;
  @state() private phone = '';
  @state() private consent = false;
  @state() private errors: Partial<Record<Field, string>> = {};
  @state() private problem = '';
  @state() private sending = false;
  @state() private similar: SimilarCase[] = [];
  @state() private followingRef = '';
  @state() private receipt: SubmittedCase | null = null;
  @state() private followed: FollowReceipt | null = null;
  @state() private copied = '';
  @state() private lengthNotice = '';

  @query('#description') private descriptionBox!: HTMLTextAreaElement | null;
  @query('#photo-input') private photoInput!: HTMLInputElement | null;

  private categories: Category[] | null = null;
  private lookupFailed = false;
  private photoKey = 0;
  /** Kept from the first attempt until the case is filed, so every retry is the same request. */
  private idempotencyKey: string | null = null;
  private similarTimer: ReturnType<typeof setTimeout> | undefined;
  private similarRequest: AbortController | null = null;

  private readonly placePicker = new PlacePicker(this, {
    select: (building) => this.choosePlace({ id: building.id, name: building.name, address: building.address }),
    lookup: (query, show) => this.lookup(async () => show((await clientOf(this).buildings.list({ q: query, limit: 8 })).data)),
    edited: () => this.clearError('place'),
  });

  private readonly categoryBox = new Combobox<Category>(this, {
    id: 'category',
    render: categoryOption,
    select: (category) => {
      this.category = category;
      this.clearError('category');
    },
  });

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.similarTimer);
    this.similarRequest?.abort();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('kind') && !caseKinds.includes(this.kind)) this.kind = 'complaint';
  }

  protected override updated(changed: PropertyValues): void {
    if (changed.has('buildingToken')) this.guard('sign-failed', () => this.resolveSign());
    if (changed.has('place') || changed.has('category') || changed.has('description')) this.scheduleSimilar();
  }

  /** Starts over with an empty form (after a report, or from the host page). */
  reset(): void {
    for (const photo of this.photos) URL.revokeObjectURL(photo.preview);
    Object.assign(this, {
      category: null,
      description: '',
      photos: [],
      phone: '',
      anonymous: false,
      consent: false,
      errors: {},
      problem: '',
      similar: [],
      receipt: null,
      followed: null,
      copied: '',
      idempotencyKey: null,
    });
    this.placePicker.clear();
    if (!this.placeLocked) this.place = null;
  }

  private async resolveSign(): Promise<void> {
    const token = this.buildingToken.trim();
    if (!token) {
      this.placeLocked = false;
      return;
    }
    this.resolvingSign = true;
    try {
      const sign = await clientOf(this).buildings.fromQrToken(token);
      this.place = { id: sign.building.id, name: sign.building.name, address: sign.building.address };
      this.placeLocked = true;
      this.clearError('place');
    } catch (error) {
      this.placeLocked = false;
      this.place = null;
      const failure = describeFailure(error);
      this.errors = { ...this.errors, place: failure.kind === 'refused' ? this.localize(reportFormTranslations).signInvalid : failureMessage(failure, this.locale) };
      throw error;
    } finally {
      this.resolvingSign = false;
    }
  }

  private choosePlace(place: Place): void {
    this.place = place;
    this.clearError('place');
  }

  private clearError(field: Field): void {
    if (this.errors[field]) {
      const { [field]: _, ...rest } = this.errors;
      this.errors = rest;
    }
  }

  private searchCategories(text: string): void {
    if (!text.trim()) {
      this.categoryBox.close();
      return;
    }
    this.lookup(async () => {
      this.categories ??= await clientOf(this).categories.list();
      this.categoryBox.show(categoriesMatching(this.categories, text));
    });
  }

  /**
   * A lookup while typing. Its failure is explained at the top of the form: a site that may not
   * use the key, or no connection, would otherwise only show as suggestions that never come.
   */
  private lookup(run: () => Promise<void>): void {
    this.guard('lookup-failed', async () => {
      try {
        await run();
        if (this.lookupFailed) this.problem = '';
        this.lookupFailed = false;
      } catch (error) {
        this.problem = failureMessage(describeFailure(error), this.locale);
        this.lookupFailed = true;
        throw error;
      }
    });
  }

  private onDescription(event: Event): void {
    this.description = (event.target as HTMLTextAreaElement).value;
    this.clearError('description');
    const left = maxDescription - this.description.length;
    // Announced only near the limit: a screen reader reading every keystroke's count helps nobody.
    this.lengthNotice = left <= 100 ? this.localize(reportFormTranslations).descriptionLeft(Math.max(0, left)) : '';
  }

  private scheduleSimilar(): void {
    clearTimeout(this.similarTimer);
    if (this.noSuggestions || !this.place || (!this.category && this.description.trim().length < 8)) {
      this.similar = [];
      return;
    }
    this.similarTimer = setTimeout(
      () =>
        this.guard('lookup-failed', async () => {
          this.similarRequest?.abort();
          const request = new AbortController();
          this.similarRequest = request;
          const found = await clientOf(this).following.similar(
            { buildingId: this.place!.id, ...(this.category ? { categoryId: this.category.id } : {}), ...(this.description.trim() ? { q: this.description.trim().slice(0, 500) } : {}), limit: 3 },
            { signal: request.signal },
          );
          if (!request.signal.aborted) this.similar = found;
        }),
      600,
    );
  }

  private addPhotos(files: FileList | null): void {
    const terms = this.localize(reportFormTranslations);
    const chosen = [...(files ?? [])];
    if (this.photoInput) this.photoInput.value = '';
    const room = maxPhotos - this.photos.length;
    const problems: string[] = chosen.length > room ? [terms.photoTooMany(maxPhotos)] : [];
    for (const file of chosen.slice(0, Math.max(0, room))) {
      const photo: Photo = { key: ++this.photoKey, name: file.name, preview: '', state: 'preparing' };
      this.photos = [...this.photos, photo];
      this.guard('photo-failed', async () => {
        try {
          const prepared = await preparePhoto(file);
          this.updatePhoto(photo.key, { prepared, preview: URL.createObjectURL(prepared.blob) });
          await this.upload(photo.key);
        } catch (error) {
          if (!(error instanceof PhotoError)) throw error;
          this.photos = this.photos.filter((item) => item.key !== photo.key);
          const message = error.problem === 'not-an-image' ? terms.photoNotImage(file.name) : error.problem === 'too-large' ? terms.photoTooLarge(file.name) : terms.photoUnreadable(file.name);
          this.errors = { ...this.errors, photos: message };
        }
      });
    }
    if (problems.length) this.errors = { ...this.errors, photos: problems.join(' ') };
    else this.clearError('photos');
  }

  private updatePhoto(key: number, change: Partial<Photo>): void {
    this.photos = this.photos.map((photo) => (photo.key === key ? { ...photo, ...change } : photo));
  }

  private async upload(key: number): Promise<void> {
    const photo = this.photos.find((item) => item.key === key);
    if (!photo?.prepared) return;
    this.updatePhoto(key, { state: 'uploading' });
    try {
      const uploaded = await clientOf(this).attachments.upload(photo.prepared.blob, { name: photo.prepared.name });
      this.updatePhoto(key, { state: 'done', attachmentId: uploaded.id });
    } catch (error) {
      this.updatePhoto(key, { state: 'failed' });
      this.errors = { ...this.errors, photos: failureMessage(describeFailure(error), this.locale) };
      throw error;
    }
  }

  private removePhoto(key: number): void {
    const photo = this.photos.find((item) => item.key === key);
    if (photo?.preview) URL.revokeObjectURL(photo.preview);
    this.photos = this.photos.filter((item) => item.key !== key);
    this.clearError('photos');
    this.renderRoot.querySelector<HTMLButtonElement>('#add-photos')?.focus();
  }

  /** The form's own checks, before anything is sent. */
  private validate(): Partial<Record<Field, string>> {
    const terms = this.localize(reportFormTranslations);
    const errors: Partial<Record<Field, string>> = {};
    if (!this.place && this.placePicker.address.length < 2) errors.place = this.errors.place && this.buildingToken ? this.errors.place : terms.placeRequired;
    const length = this.description.trim().length;
    if (length < minDescription) errors.description = terms.descriptionTooShort;
    else if (length > maxDescription) errors.description = terms.descriptionTooLong(maxDescription);
    if (this.photos.some((photo) => photo.state !== 'done')) errors.photos = terms.photosPending;
    if (!this.anonymous && !normalizePhone(this.phone)) errors.phone = terms.phoneInvalid;
    if (!this.consent) errors.consent = terms.consentRequired;
    return errors;
  }

  private request(): SubmitCaseParams {
    const usesSign = this.placeLocked && this.buildingToken;
    return {
      kind: this.kind,
      channel: usesSign ? 'qr' : 'web',
      description: this.description.trim(),
      language: this.locale,
      ...(this.category ? { categoryId: this.category.id } : {}),
      ...(usesSign ? { qrToken: this.buildingToken.trim() } : this.place ? { buildingId: this.place.id } : { address: this.placePicker.address }),
      ...(this.anonymous ? {} : { contact: { phone: this.phone.trim() } }),
      ...(this.photos.length ? { attachmentIds: this.photos.map((photo) => photo.attachmentId!) } : {}),
    };
  }

  private submit(event: Event): void {
    event.preventDefault();
    this.guard('submit-failed', () => this.send());
  }

  private async send(): Promise<void> {
    if (this.sending) return;
    this.problem = '';
    this.errors = this.validate();
    if (Object.keys(this.errors).length > 0) {
      this.problem = this.localize(reportFormTranslations).errorsSummary(Object.keys(this.errors).length);
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('[aria-invalid="true"], .invalid-target')?.focus();
      return;
    }
    const request = this.request();
    if (!this.dispatchEvent(new HyBeforeSubmitEvent(request))) return;
    this.idempotencyKey ??= globalThis.crypto.randomUUID();
    this.sending = true;
    try {
      const filed = await clientOf(this).cases.create(request, { idempotencyKey: this.idempotencyKey });
      this.receipt = filed;
      this.idempotencyKey = null;
      this.dispatchEvent(new HySubmitEvent(filed));
      await this.focusReceipt();
    } catch (error) {
      this.explain(error);
      throw error;
    } finally {
      this.sending = false;
    }
  }

  private explain(error: unknown): void {
    const failure = describeFailure(error);
    if (failure.kind === 'refused' && failure.fields.length > 0) {
      const errors: Partial<Record<Field, string>> = {};
      for (const { field, message } of failure.fields) {
        const target = fieldOf(field);
        if (target) errors[target] ??= message;
      }
      this.errors = errors;
      this.problem = this.localize(reportFormTranslations).errorsSummary(Math.max(1, Object.keys(errors).length));
    } else {
      this.problem = failureMessage(failure, this.locale);
    }
  }

  private follow(item: SimilarCase): void {
    this.guard('follow-failed', async () => {
      this.followingRef = item.ref;
      this.problem = '';
      try {
        const phone = !this.anonymous && normalizePhone(this.phone) ? this.phone.trim() : undefined;
        const receipt = await clientOf(this).following.follow(item.ref, phone ? { phone } : {});
        this.followed = receipt;
        this.dispatchEvent(new HyFollowEvent(receipt));
        await this.focusReceipt();
      } catch (error) {
        this.problem = failureMessage(describeFailure(error), this.locale);
        throw error;
      } finally {
        this.followingRef = '';
      }
    });
  }

  private async focusReceipt(): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('.receipt h2')?.focus();
  }

  private copy(what: string, text: string): void {
    const terms = this.localize(reportFormTranslations);
    this.guard('copy-failed', async () => {
      this.copied = (await copyText(text)) ? terms.copied(what) : terms.copyFailed;
    });
  }

  protected override render() {
    if (this.receipt) return this.renderReceipt(this.receipt);
    if (this.followed) return this.renderFollowed(this.followed);
    const terms = this.localize(reportFormTranslations);
    return html`<form part="form" novalidate @submit=${this.submit} aria-labelledby="form-title">
      <h2 id="form-title">${terms.title}</h2>
      ${this.problem ? html`<p part="message" class="banner danger" role="alert">${this.problem}</p>` : nothing}
      ${this.renderPlace()} ${this.renderKind()} ${this.renderCategory()} ${this.renderDescription()} ${this.renderSimilar()}
      ${this.renderPhotos()} ${this.renderContact()} ${this.renderConsent()}
      <button class="button primary" part="submit-button" type="submit" ?disabled=${this.sending}>${this.sending ? terms.submitting : terms.submit}</button>
    </form>`;
  }

  private error(field: Field) {
    return html`<p id="${field}-error" class="error">${this.errors[field] ?? ''}</p>`;
  }

  private renderPlace() {
    const terms = this.localize(reportFormTranslations);
    let body;
    if (this.resolvingSign) {
      body = html`<p role="status">${terms.resolvingSign}</p>`;
    } else if (this.place) {
      body = html`<div class="chosen">
        <div><p><strong>${this.place.name}</strong></p><p class="hint">${this.placeLocked ? `${this.place.address} · ${terms.placeFromSign}` : this.place.address}</p></div>
        ${this.placeLocked ? nothing : html`<button class="link" type="button" @click=${() => (this.place = null)}>${terms.changePlace}</button>`}
      </div>`;
    } else {
      body = this.placePicker.render(terms, { invalid: Boolean(this.errors.place), autocomplete: 'street-address' });
    }
    return html`<section class="field" part="place" aria-labelledby="place-title">
      <h3 id="place-title">${terms.place}</h3>
      ${body} ${this.error('place')}
    </section>`;
  }

  private renderKind() {
    const terms = this.localize(reportFormTranslations);
    return kindChoice({ locale: this.locale, chosen: this.kind, choose: (kind) => (this.kind = kind), hints: terms.kindHints });
  }

  private renderCategory() {
    const terms = this.localize(reportFormTranslations);
    if (this.category) {
      return html`<div class="field">
        <span class="label" id="category-label">${terms.category}</span>
        <div class="chosen" aria-labelledby="category-label" role="group">
          <p>${this.category.level1} › ${this.category.level2} › <strong>${this.category.level3}</strong></p>
          <button class="link" type="button" @click=${() => (this.category = null)}>${terms.clearCategory}</button>
        </div>
        ${this.error('category')}
      </div>`;
    }
    return html`<div class="field">
      <label for="category">${terms.category}</label>
      ${this.categoryBox.field({ label: terms.categoryOptions, describedBy: 'category-hint category-error', onInput: (text) => this.searchCategories(text) })}
      <p id="category-hint" class="hint">${terms.categoryHint}</p>
      ${this.error('category')}
    </div>`;
  }

  private renderDescription() {
    const terms = this.localize(reportFormTranslations);
    return html`<div class="field">
      <label for="description">${terms.description}</label>
      <textarea id="description" maxlength=${maxDescription} .value=${this.description} aria-invalid=${this.errors.description ? 'true' : 'false'}
        aria-describedby="description-hint description-count description-error" @input=${this.onDescription}></textarea>
      <p id="description-hint" class="hint">${terms.descriptionHint}</p>
      <p id="description-count" class="hint count">${terms.descriptionCount(this.description.length, maxDescription)}</p>
      <p class="visually-hidden" aria-live="polite">${this.lengthNotice}</p>
      ${this.error('description')}
    </div>`;
  }

  private renderSimilar() {
    if (this.similar.length === 0) return nothing;
    const terms = this.localize(reportFormTranslations);
    const words = this.localize(caseWords);
    return html`<section part="similar" aria-labelledby="similar-title">
      <h3 id="similar-title">${terms.similarTitle}</h3>
      <p class="hint">${terms.similarHint}</p>
      <ul>
        ${this.similar.map(
          (item) => html`<li>
            <p><strong>${terms.similarItem(item.category?.level3 ?? words.kind[item.kind], item.building?.name ?? '')}</strong> (${item.nearness === 'building' ? terms.sameBuilding : terms.sameCommunity})</p>
            <p class="hint">${terms.similarMeta(words.status[item.status], item.holder.name, daysAgo(item.createdAt, this.locale), item.followers)}</p>
            <button class="button" type="button" ?disabled=${this.followingRef !== ''} @click=${() => this.follow(item)}>
              ${this.followingRef === item.ref ? terms.following : terms.follow}
            </button>
          </li>`,
        )}
      </ul>
    </section>`;
  }

  private renderPhotos() {
    const terms = this.localize(reportFormTranslations);
    const status = { preparing: terms.photoPreparing, uploading: terms.photoUploading, done: terms.photoDone, failed: terms.photoFailed };
    return html`<div class="field">
      <span class="label" id="photos-label">${terms.photos}</span>
      <p id="photos-hint" class="hint">${terms.photosHint(maxPhotos)}</p>
      ${this.photos.length
        ? html`<ul part="photos" aria-labelledby="photos-label">
            ${this.photos.map(
              (photo, index) => html`<li>
                ${photo.preview ? html`<img src=${photo.preview} alt=${terms.photoPreview(index + 1)} />` : nothing}
                <span role="status">${status[photo.state]}</span>
                ${photo.state === 'failed'
                  ? html`<button class="button" type="button" aria-label=${terms.retryPhoto(index + 1)} @click=${() => this.guard('photo-failed', () => this.upload(photo.key))}>↻</button>`
                  : nothing}
                <button class="button" type="button" aria-label=${terms.removePhoto(index + 1)} @click=${() => this.removePhoto(photo.key)}>✕</button>
              </li>`,
            )}
          </ul>`
        : nothing}
      <input id="photo-input" type="file" accept="image/*" multiple hidden @change=${(event: Event) => this.addPhotos((event.target as HTMLInputElement).files)} />
      <div class="actions">
        <button id="add-photos" class="button invalid-target" type="button" aria-describedby="photos-hint photos-error"
          aria-invalid=${this.errors.photos ? 'true' : 'false'} ?disabled=${this.photos.length >= maxPhotos} @click=${() => this.photoInput?.click()}>${terms.addPhotos}</button>
      </div>
      ${this.error('photos')}
    </div>`;
  }

  private renderContact() {
    const terms = this.localize(reportFormTranslations);
    return html`<fieldset>
      <legend>${terms.contact}</legend>
      <div class="choices">
        <label class="choice-row"><input type="radio" name="contact" .checked=${!this.anonymous} @change=${() => (this.anonymous = false)} /><span>${terms.withPhone}</span></label>
        <label class="choice-row"><input type="radio" name="contact" .checked=${this.anonymous} @change=${() => ((this.anonymous = true), this.clearError('phone'))} /><span>${terms.anonymous}</span></label>
      </div>
      ${this.anonymous
        ? nothing
        : html`<div class="field">
            <label for="phone">${terms.phone}</label>
            <input id="phone" type="tel" inputmode="tel" autocomplete="tel" maxlength="32" .value=${this.phone}
              aria-invalid=${this.errors.phone ? 'true' : 'false'} aria-describedby="phone-hint phone-error"
              @input=${(event: Event) => ((this.phone = (event.target as HTMLInputElement).value), this.clearError('phone'))} />
            <p id="phone-hint" class="hint">${terms.phoneHint}</p>
            ${this.error('phone')}
          </div>`}
    </fieldset>`;
  }

  private renderConsent() {
    const terms = this.localize(reportFormTranslations);
    return html`<div class="field">
      <label class="choice-row">
        <input id="consent" type="checkbox" .checked=${this.consent} aria-invalid=${this.errors.consent ? 'true' : 'false'} aria-describedby="consent-error"
          @change=${(event: Event) => ((this.consent = (event.target as HTMLInputElement).checked), this.clearError('consent'))} />
        <span>${terms.consent}</span>
      </label>
      ${this.privacyUrl
        ? html`<a href=${this.privacyUrl} target="_blank" rel="noopener">${terms.privacy}</a>`
        : html`<details><summary>${terms.privacy}</summary><p class="hint">${terms.privacyText}</p></details>`}
      ${this.error('consent')}
    </div>`;
  }

  private renderReceipt(receipt: SubmittedCase) {
    const terms = this.localize(reportFormTranslations);
    const code = formatTrackingCode(receipt.trackingCode);
    return html`<section part="receipt" class="receipt" aria-labelledby="receipt-title">
      <h2 id="receipt-title" tabindex="-1">${terms.receiptTitle}</h2>
      <p>${terms.receiptBody}</p>
      <dl>
        <dt>${terms.trackingCode}</dt>
        <dd><span class="value">${code}</span><button class="button" type="button" @click=${() => this.copy(terms.trackingCode, code)}>${terms.copy(terms.trackingCode)}</button></dd>
        <dt>${terms.secret}</dt>
        <dd><span class="value">${receipt.secret}</span><button class="button" type="button" @click=${() => this.copy(terms.secret, receipt.secret)}>${terms.copy(terms.secret)}</button></dd>
      </dl>
      <p class="banner">${terms.secretWarning}</p>
      <p role="status">${this.copied}</p>
      <hy-qr-code part="qr-code" value=${receipt.trackingUrl} label=${terms.qrLabel} filename=${`huying-${receipt.trackingCode}`}></hy-qr-code>
      <div class="actions">
        <a href=${receipt.trackingUrl} target="_blank" rel="noopener">${terms.trackLink}</a>
        <button class="button" type="button" @click=${() => this.reset()}>${terms.another}</button>
      </div>
    </section>`;
  }

  private renderFollowed(receipt: FollowReceipt) {
    const terms = this.localize(reportFormTranslations);
    return html`<section part="receipt" class="receipt" aria-labelledby="receipt-title">
      <h2 id="receipt-title" tabindex="-1">${terms.followedTitle}</h2>
      <p>${terms.followedBody(receipt.case.followers + 1)}</p>
      <p role="status">${this.copied}</p>
      <hy-qr-code part="qr-code" value=${receipt.followUrl} label=${terms.followQrLabel} filename="huying-follow"></hy-qr-code>
      <div class="actions">
        <a href=${receipt.followUrl} target="_blank" rel="noopener">${terms.trackLink}</a>
        <button class="button" type="button" @click=${() => this.copy(terms.followLink, receipt.followUrl)}>${terms.copy(terms.followLink)}</button>
        <button class="button" type="button" @click=${() => this.reset()}>${terms.another}</button>
      </div>
    </section>`;
  }
}
