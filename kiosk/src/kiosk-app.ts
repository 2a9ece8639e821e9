import { formatTrackingCode, normalizePhone, normalizeTrackingCode } from '@huying/core';
import type { Locale } from '@huying/components';
import { HuyingElement } from '@huying/components/internal/huying-element';
import type { Category, ResidentClient, SubmitCaseParams, SubmittedCase } from '@huying/sdk';
import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { KioskConfig } from './config.js';
import type { KioskRegistration } from './device.js';
import type { PublicFigures } from './figures.js';
import { categoryIcon } from './icons.js';
import { kioskStyles } from './kiosk-app.styles.js';
import type { Outbox, OutboxStatus, QueuedReport } from './outbox.js';
import { PinGate } from './pin.js';
import { kioskLists, kioskTranslations } from './translations.js';

/** What the app element is given by main.ts; it outlives each visitor's app element. */
export interface KioskServices {
  config: KioskConfig;
  client: ResidentClient;
  outbox: Outbox;
  registration: KioskRegistration | null;
  categories: Category[];
  figures: () => PublicFigures | null;
  /** Why the kiosk cannot serve, when it cannot. */
  refusal: { code: string; message: string } | null;
  /** The visitor is done (or walked away): forget them and start a fresh app. */
  finish(): void;
  /** First-run setup: keep this device key and start again with it. */
  register(deviceKey: string): void;
}

type Screen = 'attract' | 'home' | 'report' | 'receipt' | 'queued' | 'track' | 'rate' | 'ask' | 'pin' | 'admin';
type ReportStep = 'group' | 'category' | 'description' | 'phone' | 'review';
const reportSteps: readonly ReportStep[] = ['group', 'category', 'description', 'phone', 'review'];
type LookupStep = 'code' | 'proof' | 'show';

const languages: ReadonlyArray<{ locale: Locale; name: string }> = [
  { locale: 'zh-CN', name: '中文' },
  { locale: 'en', name: 'English' },
];

const tilesPerPage = 8;

/**
 * The kiosk, one visitor at a time: the attract screen while nobody is there, then the four
 * things a visitor comes for. Everything a visitor enters lives in this element's state only;
 * main.ts replaces the element with a new one when they finish or walk away.
 */
export class KioskApp extends HuyingElement {
  static override styles = kioskStyles;

  @property({ attribute: false }) services!: KioskServices;

  @state() private screen: Screen = 'attract';
  @state() private largeText = document.documentElement.classList.contains('large-text');
  @state() private slide = 0;
  @state() private countdown: number | null = null;

  @state() private step: ReportStep = 'group';
  @state() private group: string | null = null;
  @state() private groupPage = 0;
  @state() private category: Category | null = null;
  @state() private description = '';
  @state() private phone = '';
  @state() private anonymous = false;
  @state() private consent = false;
  @state() private error = '';
  @state() private sending = false;
  @state() private receipt: SubmittedCase | null = null;
  @state() private queued: QueuedReport | null = null;

  @state() private lookupStep: LookupStep = 'code';
  @state() private code = '';
  @state() private proof = '';

  @state() private topic = '';
  @state() private setupKey = '';
  @state() private pin = '';
  @state() private outboxStatus: OutboxStatus | null = null;
  @state() private online = navigator.onLine;

  private slideTimer: ReturnType<typeof setInterval> | undefined;
  private countdownTimer: ReturnType<typeof setInterval> | undefined;
  private readonly pinGate = new PinGate();
  private readonly onNetwork = () => (this.online = navigator.onLine);
  private readonly onOutbox = () => {
    if (this.screen === 'admin') void this.refreshStatus();
  };

  override connectedCallback(): void {
    super.connectedCallback();
    this.slideTimer = setInterval(() => {
      if (this.screen === 'attract') this.slide++;
    }, 8_000);
    window.addEventListener('online', this.onNetwork);
    window.addEventListener('offline', this.onNetwork);
    this.services.outbox.addEventListener('change', this.onOutbox);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearInterval(this.slideTimer);
    clearInterval(this.countdownTimer);
    window.removeEventListener('online', this.onNetwork);
    window.removeEventListener('offline', this.onNetwork);
    this.services.outbox.removeEventListener('change', this.onOutbox);
  }

  /** Whether a visitor is using the kiosk (the attract screen and the refusal need no privacy timer). */
  get inUse(): boolean {
    return this.screen !== 'attract' && !this.services.refusal;
  }

  /** The idle countdown: called by main.ts once the screen has gone untouched for the idle time. */
  startCountdown(seconds: number): void {
    if (!this.inUse) return;
    clearInterval(this.countdownTimer);
    this.countdown = seconds;
    this.countdownTimer = setInterval(() => {
      this.countdown = (this.countdown ?? 1) - 1;
      if (this.countdown <= 0) {
        clearInterval(this.countdownTimer);
        this.services.finish();
      }
    }, 1_000);
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#idle-continue')?.focus());
  }

  /** Someone touched the screen during the countdown. */
  stopCountdown(): void {
    clearInterval(this.countdownTimer);
    this.countdown = null;
  }

  protected override updated(changed: PropertyValues): void {
    if (changed.has('locale')) document.title = this.terms.documentTitle(this.hallName);
    if (changed.has('screen') || changed.has('step') || changed.has('lookupStep')) {
      // A new screen: move focus to its heading, so a screen reader says where the visitor is.
      this.renderRoot.querySelector<HTMLElement>('main h1, main h2')?.focus();
    }
  }

  private get terms() {
    return this.localize(kioskTranslations);
  }

  private get hallName(): string {
    const registration = this.services.registration;
    if (!registration) return '';
    return this.locale === 'en' ? (registration.hallNameEn ?? registration.hallName) : registration.hallName;
  }

  private go(screen: Screen): void {
    // Loaded when first needed, so the attract screen starts fast on a slow kiosk; the service
    // worker precaches both chunks, so they load offline too.
    if (screen === 'track' || screen === 'rate') void import('@huying/components/case-tracker/define');
    if (screen === 'ask') void import('@huying/components/kb-search/define');
    if (screen === 'report') void import('@huying/components/qr-code/define');
    this.error = '';
    this.screen = screen;
    if (screen === 'track' || screen === 'rate') {
      this.lookupStep = 'code';
      this.code = '';
      this.proof = '';
    }
    if (screen === 'report') this.step = 'group';
    if (screen === 'admin') void this.refreshStatus();
  }

  private chooseLanguage(locale: Locale): void {
    document.documentElement.lang = locale;
  }

  private toggleLargeText(): void {
    this.largeText = !this.largeText;
    document.documentElement.classList.toggle('large-text', this.largeText);
  }

  protected override render() {
    const terms = this.terms;
    return html`
      <header>
        <img src="${import.meta.env.BASE_URL}icons/icon.svg" alt="" width="56" height="56" />
        <div class="hall">
          <p class="brand">${terms.brand}</p>
          <p class="hall-name">${this.hallName || terms.brand}</p>
        </div>
        <div class="settings" role="group" aria-label=${terms.settings}>
          <div role="group" aria-label=${terms.language}>
            ${languages.map(
              ({ locale, name }) => html`<button class="button" type="button" lang=${locale} aria-pressed=${this.locale === locale ? 'true' : 'false'} @click=${() => this.chooseLanguage(locale)}>${name}</button>`,
            )}
          </div>
          <button class="button" type="button" role="switch" aria-checked=${this.largeText ? 'true' : 'false'} @click=${() => this.toggleLargeText()}>${terms.largeText}</button>
        </div>
      </header>
      ${this.renderScreen()}
      <footer>
        ${this.screen !== 'attract' && this.screen !== 'home' && !this.services.refusal
          ? html`<button class="button" type="button" @click=${() => this.services.finish()}>${terms.home}</button>`
          : html`<span></span>`}
        ${this.services.registration
          ? html`<button class="button staff" type="button" @click=${() => ((this.pin = ''), this.go('pin'))}>${terms.staff}</button>`
          : nothing}
      </footer>
      ${this.countdown !== null ? this.renderCountdown() : nothing}
    `;
  }

  private renderScreen() {
    if (this.services.refusal && this.screen !== 'pin' && this.screen !== 'admin') return this.renderRefusal();
    switch (this.screen) {
      case 'attract':
        return this.renderAttract();
      case 'home':
        return this.renderHome();
      case 'report':
        return this.renderReport();
      case 'receipt':
        return this.renderReceipt();
      case 'queued':
        return this.renderQueued();
      case 'track':
      case 'rate':
        return this.renderLookup();
      case 'ask':
        return this.renderAsk();
      case 'pin':
        return this.renderPin();
      case 'admin':
        return this.renderAdmin();
    }
  }

  private renderRefusal() {
    const terms = this.terms;
    const refusal = this.services.refusal!;
    if (refusal.code === 'no-device-key' || refusal.code === 'kiosk-key-invalid') return this.renderSetup(refusal.code === 'kiosk-key-invalid');
    const revoked = refusal.code === 'kiosk-revoked';
    const unreachable = refusal.code === 'unreachable';
    return html`<main class="refusal">
      <h1 tabindex="-1">${revoked ? terms.revokedTitle : unreachable ? terms.unreachableTitle : terms.unregisteredTitle}</h1>
      <p class="lead">${revoked ? terms.revokedBody : unreachable ? terms.unreachableBody : terms.unregisteredBody}</p>
      ${unreachable ? nothing : html`<p class="detail"><strong>${terms.forStaff}</strong> ${refusal.message}</p>`}
    </main>`;
  }

  /** What a real kiosk shows on its first start: where to enter the key it was registered with. */
  private renderSetup(refused: boolean) {
    const terms = this.terms;
    const save = (event: SubmitEvent) => {
      event.preventDefault();
      const key = this.setupKey.trim();
      if (!/^hy_kiosk_[A-Za-z0-9_-]{8,}$/.test(key)) {
        this.error = terms.setupInvalid;
        return;
      }
      this.services.register(key);
    };
    return html`<main class="setup">
      <h1 tabindex="-1">${refused ? terms.keyRefusedTitle : terms.setupTitle}</h1>
      <p class="lead">${refused ? terms.keyRefusedBody : terms.setupBody}</p>
      <form novalidate @submit=${save}>
        <label for="device-key">${terms.setupLabel}</label>
        <input id="device-key" autocomplete="off" autocapitalize="off" spellcheck="false" .value=${this.setupKey} aria-describedby="setup-error" aria-invalid=${this.error ? 'true' : 'false'}
          @input=${(event: Event) => ((this.setupKey = (event.target as HTMLInputElement).value), (this.error = ''))} />
        <p id="setup-error" class="error" role="alert">${this.error}</p>
        <div class="actions"><button class="button primary" type="submit">${terms.setupSave}</button></div>
      </form>
    </main>`;
  }

  private renderAttract() {
    const terms = this.terms;
    const registration = this.services.registration;
    const figures = this.services.figures();
    const notices = registration?.notices ?? [];
    const notice = notices.length ? notices[this.slide % notices.length]! : null;
    const number = (value: number, digits = 0) => new Intl.NumberFormat(this.locale, { maximumFractionDigits: digits }).format(value);
    return html`<main class="attract" @click=${() => this.go('home')}>
      <h1 tabindex="-1">${this.hallName}</h1>
      ${figures
        ? html`<section class="figures" aria-labelledby="figures-title">
            <h2 id="figures-title">${terms.figuresTitle}</h2>
            <dl>
              <div><dt>${terms.handled}</dt><dd>${number(figures.resolvedThisMonth)}</dd></div>
              ${figures.satisfactionRate !== null ? html`<div><dt>${terms.satisfaction}</dt><dd>${number(figures.satisfactionRate * 100, 1)}%</dd></div>` : nothing}
              ${figures.averageResponseHours !== null ? html`<div><dt>${terms.responseTime}</dt><dd>${terms.hours(number(figures.averageResponseHours, 1))}</dd></div>` : nothing}
            </dl>
            <p class="as-of">${terms.figuresAsOf(new Intl.DateTimeFormat(this.locale, { month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' }).format(new Date(figures.asOf)))}</p>
          </section>`
        : nothing}
      ${notice
        ? html`<section class="notice" aria-labelledby="notice-title">
            <h2 id="notice-title">${terms.noticesTitle}</h2>
            <p>${this.locale === 'en' ? notice.en : notice.zh}</p>
          </section>`
        : nothing}
      <button class="button primary start" type="button">${terms.touchToStart}</button>
    </main>`;
  }

  private renderHome() {
    const terms = this.terms;
    const choices: { screen: Screen; title: string; hint: string; icon: string }[] = [
      { screen: 'report', title: terms.report, hint: terms.reportHint, icon: '建设' },
      { screen: 'track', title: terms.track, hint: terms.trackHint, icon: '交通' },
      { screen: 'ask', title: terms.ask, hint: terms.askChoiceHint, icon: '社会' },
      { screen: 'rate', title: terms.rate, hint: terms.rateHint, icon: '安全' },
    ];
    return html`<main>
      <h1 tabindex="-1">${terms.homeTitle}</h1>
      <div class="tiles home-tiles">
        ${choices.map(
          (choice) => html`<button class="tile" type="button" @click=${() => this.go(choice.screen)}>
            ${categoryIcon(choice.icon)}<span class="tile-title">${choice.title}</span><span class="tile-hint">${choice.hint}</span>
          </button>`,
        )}
      </div>
    </main>`;
  }

  /** The taxonomy's first level, in the city's order. */
  private groups(): string[] {
    return [...new Set(this.services.categories.map((category) => category.level1))];
  }

  private renderReport() {
    const terms = this.terms;
    const index = reportSteps.indexOf(this.step);
    const body = {
      group: () => this.renderGroups(),
      category: () => this.renderCategories(),
      description: () => this.renderDescription(),
      phone: () => this.renderPhone(),
      review: () => this.renderReview(),
    }[this.step]();
    return html`<main class="report">
      <p class="progress">${terms.step(index + 1, reportSteps.length)}</p>
      ${body}
    </main>`;
  }

  private stepBack(): void {
    this.error = '';
    const index = reportSteps.indexOf(this.step);
    if (index === 0) this.go('home');
    else if (this.step === 'description' && !this.group) this.step = 'group';
    else this.step = reportSteps[index - 1]!;
  }

  private navigation(next?: () => void, nextLabel = this.terms.next) {
    return html`<div class="actions">
      <button class="button" type="button" @click=${() => this.stepBack()}>${this.terms.back}</button>
      ${next ? html`<button class="button primary" type="button" ?disabled=${this.sending} @click=${next}>${nextLabel}</button>` : nothing}
    </div>`;
  }

  private renderGroups() {
    const terms = this.terms;
    const groups = this.groups();
    return html`<h1 tabindex="-1">${terms.categoryTitle}</h1>
      ${groups.length === 0 ? html`<p class="banner">${terms.noCategories}</p>` : nothing}
      <div class="tiles">
        ${groups.map(
          (group) => html`<button class="tile" type="button" @click=${() => ((this.group = group), (this.groupPage = 0), (this.step = 'category'))}>
            ${categoryIcon(group)}<span class="tile-title">${group}</span>
          </button>`,
        )}
        <button class="tile" type="button" @click=${() => ((this.group = null), (this.category = null), (this.step = 'description'))}>
          ${categoryIcon('')}<span class="tile-title">${terms.otherCategory}</span>
        </button>
      </div>
      ${this.navigation()}`;
  }

  private renderCategories() {
    const terms = this.terms;
    const inGroup = this.services.categories.filter((category) => category.level1 === this.group);
    const pages = Math.max(1, Math.ceil(inGroup.length / tilesPerPage));
    const page = inGroup.slice(this.groupPage * tilesPerPage, (this.groupPage + 1) * tilesPerPage);
    return html`<h1 tabindex="-1">${terms.categoryDetailTitle(this.group ?? '')}</h1>
      <div class="tiles">
        ${page.map(
          (category) => html`<button class="tile" type="button" @click=${() => ((this.category = category), (this.step = 'description'))}>
            ${categoryIcon(`${category.level2}${category.level3}`)}<span class="tile-title">${category.level3}</span><span class="tile-hint">${category.level2}</span>
          </button>`,
        )}
        ${pages > 1
          ? html`<button class="tile" type="button" @click=${() => (this.groupPage = (this.groupPage + 1) % pages)}>
              <span class="tile-title">${terms.moreChoices}</span><span class="tile-hint">${this.groupPage + 1} / ${pages}</span>
            </button>`
          : nothing}
      </div>
      ${this.navigation()}`;
  }

  private addPhrase(phrase: string): void {
    const text = this.description.trimEnd();
    const joiner = this.locale === 'en' ? (text && !/[.!?]$/.test(text) ? '. ' : text ? ' ' : '') : text && !/[，。！？,.]$/.test(text) ? '，' : '';
    this.description = `${text}${joiner}${phrase}`;
    this.error = '';
  }

  private renderDescription() {
    const terms = this.terms;
    const next = () => {
      if (this.description.trim().length < 5) {
        this.error = terms.descriptionTooShort;
        this.renderRoot.querySelector<HTMLTextAreaElement>('#description')?.focus();
        return;
      }
      this.error = '';
      this.step = 'phone';
    };
    return html`<h1 tabindex="-1">${terms.descriptionTitle}</h1>
      ${this.category ? html`<p class="chosen">${categoryIcon(this.category.level1)} ${this.category.level1} › ${this.category.level3}</p>` : nothing}
      <label for="description">${terms.descriptionLabel}</label>
      <p id="description-hint" class="hint">${terms.descriptionHint}</p>
      <textarea id="description" maxlength="2000" .value=${this.description} aria-describedby="description-hint description-error" aria-invalid=${this.error ? 'true' : 'false'}
        @input=${(event: Event) => ((this.description = (event.target as HTMLTextAreaElement).value), (this.error = ''))}></textarea>
      <p id="description-error" class="error" role="alert">${this.error}</p>
      <h2 class="phrases-title" id="phrases-title">${terms.quickPhrases}</h2>
      <div class="phrases" role="group" aria-labelledby="phrases-title">
        ${kioskLists[this.locale].phrases.map((phrase) => html`<button class="button chip" type="button" @click=${() => this.addPhrase(phrase)}>${phrase}</button>`)}
      </div>
      ${this.navigation(next)}`;
  }

  private renderPhone() {
    const terms = this.terms;
    const next = () => {
      if (!this.anonymous && !normalizePhone(this.phone)) {
        this.error = terms.phoneInvalid;
        return;
      }
      this.error = '';
      this.step = 'review';
    };
    return html`<h1 tabindex="-1">${terms.phoneTitle}</h1>
      <kiosk-keypad
        label=${terms.phoneLabel}
        hint=${terms.phoneHint}
        error=${this.error}
        grouping="phone"
        maxlength="11"
        .value=${this.phone}
        @input=${(event: Event) => ((this.phone = (event.target as HTMLInputElement).value), (this.anonymous = false), (this.error = ''))}
      ></kiosk-keypad>
      <div class="actions">
        <button class="button" type="button" @click=${() => this.stepBack()}>${terms.back}</button>
        <button class="button" type="button" @click=${() => ((this.anonymous = true), (this.phone = ''), (this.error = ''), (this.step = 'review'))}>${terms.anonymous}</button>
        <button class="button primary" type="button" @click=${next}>${terms.next}</button>
      </div>`;
  }

  private request(): SubmitCaseParams {
    return {
      kind: 'complaint',
      description: this.description.trim(),
      language: this.locale,
      ...(this.category ? { categoryId: this.category.id } : {}),
      ...(this.anonymous || !this.phone ? {} : { contact: { phone: this.phone } }),
    } as SubmitCaseParams;
  }

  private renderReview() {
    const terms = this.terms;
    const place = this.services.registration?.place;
    return html`<h1 tabindex="-1">${terms.reviewTitle}</h1>
      <dl class="review">
        <dt>${terms.reviewCategory}</dt>
        <dd>${this.category ? `${this.category.level1} › ${this.category.level3}` : terms.otherCategory} <button class="link" type="button" @click=${() => (this.step = 'group')}>${terms.change}</button></dd>
        <dt>${terms.reviewDescription}</dt>
        <dd class="text">${this.description.trim()} <button class="link" type="button" @click=${() => (this.step = 'description')}>${terms.change}</button></dd>
        <dt>${terms.reviewPhone}</dt>
        <dd>${this.anonymous || !this.phone ? terms.noPhone : this.phone} <button class="link" type="button" @click=${() => (this.step = 'phone')}>${terms.change}</button></dd>
        ${place ? html`<dt>${terms.reviewPlace}</dt><dd>${this.hallName}（${place.address}）</dd>` : nothing}
      </dl>
      <label class="consent">
        <input type="checkbox" .checked=${this.consent} aria-describedby="consent-error" aria-invalid=${this.error ? 'true' : 'false'}
          @change=${(event: Event) => ((this.consent = (event.target as HTMLInputElement).checked), (this.error = ''))} />
        <span>${terms.consent}</span>
      </label>
      <p id="consent-error" class="error" role="alert">${this.error}</p>
      ${this.navigation(() => void this.send(), this.sending ? terms.submitting : terms.submit)}`;
  }

  private async send(): Promise<void> {
    if (this.sending) return;
    if (!this.consent) {
      this.error = this.terms.consentRequired;
      return;
    }
    this.sending = true;
    try {
      const outcome = await this.services.outbox.submit(this.request());
      if (outcome.kind === 'sent') {
        this.receipt = outcome.filed;
        this.go('receipt');
      } else if (outcome.kind === 'queued') {
        this.queued = outcome.report;
        this.go('queued');
      } else {
        this.error = `${this.terms.refusedTitle}: ${outcome.fields[0]?.message ?? outcome.message}`;
      }
    } finally {
      this.sending = false;
    }
  }

  private renderReceipt() {
    const terms = this.terms;
    const receipt = this.receipt!;
    const printedAt = new Intl.DateTimeFormat(this.locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date());
    return html`<main class="receipt">
      <h1 tabindex="-1">${terms.receiptTitle}</h1>
      <p class="lead">${terms.receiptBody}</p>
      <div class="receipt-body">
        <dl>
          <dt>${terms.trackingCode}</dt>
          <dd class="code">${formatTrackingCode(receipt.trackingCode)}</dd>
          <dt>${terms.secret}</dt>
          <dd class="secret">${receipt.secret}</dd>
        </dl>
        <hy-qr-code value=${receipt.trackingUrl} label=${terms.qrLabel} size="240" error-correction="Q" hide-actions></hy-qr-code>
      </div>
      <p class="hint">${terms.secretHint}</p>
      <p class="print-only">${this.hallName} · ${terms.printedAt(printedAt)}</p>
      <div class="actions">
        <button class="button" type="button" @click=${() => window.print()}>${terms.print}</button>
        <button class="button primary" type="button" @click=${() => this.services.finish()}>${terms.done}</button>
      </div>
    </main>`;
  }

  private renderQueued() {
    const terms = this.terms;
    const queued = this.queued!;
    return html`<main class="receipt">
      <h1 tabindex="-1">${terms.queuedTitle}</h1>
      <p class="badge">${terms.willBeSent}</p>
      <p class="lead">${terms.queuedBody}</p>
      <dl>
        <dt>${terms.queuedReference}</dt>
        <dd class="code">${queued.reference}</dd>
      </dl>
      <p>${terms.queuedContact(this.services.registration?.city.hotline ?? '12345')}</p>
      <div class="actions">
        <button class="button" type="button" @click=${() => window.print()}>${terms.print}</button>
        <button class="button primary" type="button" @click=${() => this.services.finish()}>${terms.done}</button>
      </div>
    </main>`;
  }

  private renderLookup() {
    const terms = this.terms;
    const rating = this.screen === 'rate';
    const title = rating ? terms.rateTitle : terms.trackTitle;
    if (this.lookupStep === 'code') {
      const next = () => {
        if (!normalizeTrackingCode(this.code)) {
          this.error = terms.codeInvalid;
          return;
        }
        this.error = '';
        this.lookupStep = 'proof';
      };
      return html`<main>
        <h1 tabindex="-1">${title}</h1>
        <kiosk-keypad label=${terms.codeLabel} hint=${terms.codeHint} error=${this.error} grouping="code" maxlength="12" .value=${this.code}
          @input=${(event: Event) => ((this.code = (event.target as HTMLInputElement).value), (this.error = ''))}></kiosk-keypad>
        <div class="actions">
          <button class="button" type="button" @click=${() => this.go('home')}>${terms.back}</button>
          <button class="button primary" type="button" @click=${next}>${terms.next}</button>
        </div>
      </main>`;
    }
    if (this.lookupStep === 'proof') {
      const show = () => {
        if (!/^(\d{4}|\d{8})$/.test(this.proof)) {
          this.error = rating && !this.proof ? terms.proofRequiredForRating : terms.proofInvalid;
          return;
        }
        this.error = '';
        this.lookupStep = 'show';
      };
      return html`<main>
        <h1 tabindex="-1">${terms.proofTitle}</h1>
        <kiosk-keypad label=${terms.proofLabel} hint=${rating ? terms.proofRequiredForRating : terms.proofHint} error=${this.error} maxlength="8" masked .value=${this.proof}
          @input=${(event: Event) => ((this.proof = (event.target as HTMLInputElement).value), (this.error = ''))}></kiosk-keypad>
        <div class="actions">
          <button class="button" type="button" @click=${() => ((this.lookupStep = 'code'), (this.error = ''))}>${terms.back}</button>
          ${rating ? nothing : html`<button class="button" type="button" @click=${() => ((this.proof = ''), (this.lookupStep = 'show'))}>${terms.skip}</button>`}
          <button class="button primary" type="button" @click=${show}>${terms.show}</button>
        </div>
      </main>`;
    }
    const secret = this.proof.length === 8 ? this.proof : '';
    const phoneLast4 = this.proof.length === 4 ? this.proof : '';
    return html`<main class="tracked">
      <h1 class="visually-hidden" tabindex="-1">${title}</h1>
      <hy-case-tracker .client=${this.services.client} tracking-code=${normalizeTrackingCode(this.code) ?? ''} secret=${secret} phone-last4=${phoneLast4}></hy-case-tracker>
      <div class="actions">
        <button class="button" type="button" @click=${() => ((this.lookupStep = 'proof'), (this.proof = ''))}>${terms.back}</button>
      </div>
    </main>`;
  }

  private renderAsk() {
    const terms = this.terms;
    const labels = kioskLists[this.locale].topics;
    // The knowledge base is in Chinese: a topic is searched by its Chinese words in either language.
    const queries = kioskLists['zh-CN'].topics;
    return html`<main class="ask">
      <h1 tabindex="-1">${terms.askTitle}</h1>
      <p class="hint">${terms.askHint}</p>
      <h2 id="topics-title">${terms.askTopics}</h2>
      <div class="phrases" role="group" aria-labelledby="topics-title">
        ${labels.map((label, index) => html`<button class="button chip" type="button" aria-pressed=${this.topic === queries[index] ? 'true' : 'false'} @click=${() => (this.topic = queries[index]!)}>${label}</button>`)}
      </div>
      <hy-kb-search .client=${this.services.client} query=${this.topic} limit="5"></hy-kb-search>
      <div class="actions">
        <button class="button" type="button" @click=${() => this.go('home')}>${terms.back}</button>
      </div>
    </main>`;
  }

  private renderPin() {
    const terms = this.terms;
    const pinHash = this.services.registration?.adminPin ?? null;
    const enter = async () => {
      const outcome = await this.pinGate.check(this.pin, pinHash);
      this.pin = '';
      if (outcome.ok) {
        this.error = '';
        this.go('admin');
      } else {
        this.error = outcome.reason === 'unavailable' ? terms.pinUnavailable : outcome.reason === 'locked' ? terms.pinLocked(outcome.minutes) : terms.pinWrong(outcome.triesLeft);
      }
    };
    return html`<main>
      <h1 tabindex="-1">${terms.pinTitle}</h1>
      <kiosk-keypad label=${terms.pinLabel} error=${this.error} maxlength="8" masked .value=${this.pin}
        @input=${(event: Event) => ((this.pin = (event.target as HTMLInputElement).value), (this.error = ''))}></kiosk-keypad>
      <div class="actions">
        <button class="button" type="button" @click=${() => this.services.finish()}>${terms.back}</button>
        <button class="button primary" type="button" @click=${() => void enter()}>${terms.enter}</button>
      </div>
    </main>`;
  }

  private async refreshStatus(): Promise<void> {
    this.outboxStatus = await this.services.outbox.status();
  }

  private renderAdmin() {
    const terms = this.terms;
    const status = this.outboxStatus;
    const time = (at: number | null) => (at ? new Intl.DateTimeFormat(this.locale, { dateStyle: 'short', timeStyle: 'medium' }).format(new Date(at)) : terms.adminNone);
    const registration = this.services.registration;
    return html`<main class="admin">
      <h1 tabindex="-1">${terms.adminTitle}</h1>
      <dl class="review">
        <dt>${terms.adminDevice}</dt>
        <dd>${registration ? `${registration.label} · ${registration.place.address}` : (this.services.refusal?.message ?? terms.adminNone)}</dd>
        <dt>${terms.adminNetwork}</dt>
        <dd>${this.online ? terms.online : terms.offline}</dd>
        <dt>${terms.adminWaiting}</dt>
        <dd class="count" data-testid="waiting">${status?.waiting ?? '…'}</dd>
        ${status?.held ? html`<dt>${terms.adminHeld}</dt><dd class="count">${status.held}</dd>` : nothing}
        <dt>${terms.adminOldest}</dt>
        <dd>${time(status?.oldestQueuedAt ?? null)}</dd>
        <dt>${terms.adminNextAttempt}</dt>
        <dd>${time(status?.nextAttemptAt ?? null)}</dd>
        <dt>${terms.adminLastError}</dt>
        <dd>${status?.lastError ?? terms.adminNone}</dd>
        <dt>${terms.adminLastSent}</dt>
        <dd>${time(status?.lastSentAt ?? null)}</dd>
      </dl>
      <h2>${terms.adminSent}</h2>
      ${status?.sent.length
        ? html`<ul class="sent">${status.sent.slice(0, 10).map((item) => html`<li>${item.reference} → ${formatTrackingCode(item.trackingCode)} (${time(item.sentAt)})</li>`)}</ul>`
        : html`<p>${terms.adminNone}</p>`}
      <div class="actions">
        <button class="button" type="button" @click=${() => void this.services.outbox.flush(true).then(() => this.refreshStatus())}>${terms.sendNow}</button>
        <button class="button primary" type="button" @click=${() => this.services.finish()}>${terms.leaveAdmin}</button>
      </div>
    </main>`;
  }

  private renderCountdown() {
    const terms = this.terms;
    return html`<div class="overlay">
      <div class="dialog" role="alertdialog" aria-modal="true" aria-labelledby="idle-title" aria-describedby="idle-body">
        <h2 id="idle-title">${terms.idleTitle}</h2>
        <p id="idle-body">${terms.idleBody(this.countdown ?? 0)}</p>
        <p class="countdown" aria-hidden="true">${this.countdown}</p>
        <div class="actions">
          <button class="button" type="button" @click=${() => this.services.finish()}>${terms.idleFinish}</button>
          <button id="idle-continue" class="button primary" type="button" @click=${() => this.stopCountdown()}>${terms.idleContinue}</button>
        </div>
      </div>
    </div>`;
  }
}
