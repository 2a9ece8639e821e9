import { formatTrackingCode, normalizeTrackingCode } from '@huying/core';
import type { AttachmentView, ResidentClient, LiveStream, PublicCase, ResidentCaseView, ResidentProof, TimelineEntry } from '@huying/sdk';
import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { HyCaseLoadEvent, HyCaseUpdateEvent, type TrackedView } from '../events/case-events.js';
import { describeFailure, failureMessage } from '../internal/api-errors.js';
import { caseWords, formatDateTime } from '../internal/case-words.js';
import { clientOf, type Connection } from '../internal/connection.js';
import { formStyles } from '../internal/form.styles.js';
import { HuyingElement } from '../internal/huying-element.js';
import { fillIn, fileSize } from '../internal/text.js';
import { buttonStyles, hostStyles } from '../internal/shared.styles.js';
import '../rating/define.js';
import { caseTrackerStyles } from './case-tracker.styles.js';
import { caseTrackerTranslations } from './case-tracker.translations.js';

type LiveState = 'off' | 'live' | 'reconnecting';

/**
 * The date the resident may expect the answer by, when the case view carries one: a `dueAt`, a
 * `deadline.dueAt`, or among `deadlines` the resolution's (else the earliest). Platforms that
 * set no deadlines send none, and the element shows none.
 */
export function deadlineOf(view: object): string | null {
  const candidate = view as { dueAt?: unknown; deadline?: { dueAt?: unknown } | null; deadlines?: { step?: unknown; dueAt?: unknown }[] | null };
  const listed = Array.isArray(candidate.deadlines) ? candidate.deadlines.filter((deadline) => typeof deadline?.dueAt === 'string') : [];
  const fromList = (listed.find((deadline) => deadline.step === 'resolution') ?? [...listed].sort((a, b) => String(a.dueAt).localeCompare(String(b.dueAt)))[0])?.dueAt;
  const due = candidate.dueAt ?? candidate.deadline?.dueAt ?? fromList;
  return typeof due === 'string' && !Number.isNaN(Date.parse(due)) ? due : null;
}

/** Reads "8 digits" as the receipt's secret and "4 digits" as the phone's last four. */
export function proofFrom(text: string): ResidentProof | null | 'invalid' {
  const digits = text.replace(/\s/g, '');
  if (digits === '') return null;
  if (/^\d{8}$/.test(digits)) return { secret: digits };
  if (/^\d{4}$/.test(digits)) return { phoneLast4: digits };
  return 'invalid';
}

/**
 * Give it `tracking-code` (and `secret` or `phone-last4` for the details), or a follower's
 * `follow-token`, or nothing: it then asks for the code. With the proof it shows the whole case,
 * every step in plain words (which unit, when, what), replies with their attachments, the
 * deadline when the platform sets one, and the rating once the case is answered; with the code
 * alone, the status. The case updates live (server-sent events) while the element is on the
 * page, and a screen reader hears each change.
 *
 * @summary Follows a case: status, timeline, replies, rating, live updates.
 *
 * @event {HyCaseLoadEvent} hy-case-load - A case is shown; `detail.view` is `resident`,
 * `status` or `public`, `detail.case` the case.
 * @event {HyCaseUpdateEvent} hy-case-update - The case changed while shown (live).
 * @event {HyRateEvent} hy-rate - From the rating inside: the resident rated the reply.
 * @event {HyReopenEvent} hy-reopen - From the rating inside: the case is back in handling.
 * @event {HyErrorEvent} hy-error - A failure the element caught: `load-failed`, `live-failed`
 * or `render-failed`; the element also explains it on screen.
 *
 * @csspart lookup - The form asking for the code and the secret.
 * @csspart case - The case.
 * @csspart status - The status badge.
 * @csspart summary - The facts: kind, category, place, handling unit, dates, deadline.
 * @csspart timeline - The list of steps.
 * @csspart step - One step.
 * @csspart reply - A unit's words to the resident.
 * @csspart attachments - A list of photos and files.
 * @csspart rating - The `<hy-rating>` element.
 * @csspart live-status - "Live updates on" / "reconnecting".
 * @csspart message - Loading and error messages.
 *
 * @cssproperty --hy-case-tracker-status-background - The status badge's background.
 * @cssproperty --hy-case-tracker-status-color - The status badge's text.
 * @cssproperty --hy-case-tracker-line-color - The timeline's line.
 * @cssproperty --hy-color-primary - Links, buttons and the latest step.
 * @cssproperty --hy-color-text-muted - Times and labels.
 * @cssproperty --hy-color-border - Fields and boxes.
 * @cssproperty --hy-radius - Corner radius.
 * @cssproperty --hy-spacing - Gaps.
 * @cssproperty --hy-font-family - Text font.
 * @cssproperty --hy-focus-ring-color - Focus outline colour.
 */
export class HyCaseTracker extends HuyingElement implements Connection {
  static override styles = [hostStyles, buttonStyles, formStyles, caseTrackerStyles];

  /** The case's 12-digit tracking code (dashes and spaces allowed). */
  @property({ attribute: 'tracking-code' }) trackingCode = '';
  /** The 8-digit secret from the receipt. */
  @property() secret = '';
  /** Or the last four digits of the phone given with the case. */
  @property({ attribute: 'phone-last4' }) phoneLast4 = '';
  /** A follower's token (from "follow this case"), instead of a tracking code. */
  @property({ attribute: 'follow-token' }) followToken = '';
  /** The platform's address, e.g. `https://huying.example.gov.cn`; the page's own origin if empty. */
  @property({ attribute: 'api-base' }) apiBase = '';
  /** The site key issued for this website. */
  @property({ attribute: 'site-key' }) siteKey = '';
  /** Turns live updates off (the case is then loaded once). */
  @property({ type: Boolean, attribute: 'no-live' }) noLive = false;
  /** An API client to use instead of one made from `api-base` and `site-key`. */
  @property({ attribute: false }) client: ResidentClient | undefined;

  @state() private shown: TrackedView | null = null;
  @state() private loading = false;
  @state() private problem = '';
  @state() private codeError = '';
  @state() private proofError = '';
  @state() private liveState: LiveState = 'off';
  @state() private announcement = '';
  /** A confirmation that outlives the widget that caused it (the rating leaves once given). */
  @state() private notice = '';

  private stream: LiveStream<unknown> | null = null;
  private loadCount = 0;

  /** The case on screen, or null. */
  get case(): TrackedView | null {
    return this.shown;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Back on the page after being moved: pick the live stream up again.
    if (this.shown) this.guard('load-failed', () => this.load());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopLive();
  }

  protected override updated(changed: PropertyValues<this>): void {
    const keys = ['trackingCode', 'secret', 'phoneLast4', 'followToken', 'apiBase', 'siteKey', 'client', 'noLive'] as const;
    if (keys.some((key) => changed.has(key)) && (this.trackingCode || this.followToken)) this.guard('load-failed', () => this.load());
  }

  private proof(): ResidentProof | undefined {
    if (/^\d{8}$/.test(this.secret)) return { secret: this.secret };
    if (/^\d{4}$/.test(this.phoneLast4)) return { phoneLast4: this.phoneLast4 };
    return undefined;
  }

  /** Loads what the attributes name, then follows it live. */
  async load(): Promise<void> {
    const run = ++this.loadCount;
    this.stopLive();
    const terms = this.localize(caseTrackerTranslations);
    const huying = clientOf(this);
    this.problem = '';
    if (!this.followToken && !normalizeTrackingCode(this.trackingCode)) {
      this.shown = null;
      this.codeError = terms.codeInvalid;
      return;
    }
    this.loading = true;
    try {
      let shown: TrackedView;
      if (this.followToken) {
        shown = { view: 'public', case: await huying.following.get(this.followToken) };
      } else {
        const tracked = await huying.tracking.get(this.trackingCode, this.proof());
        shown = tracked.verified ? { view: 'resident', case: tracked.case } : { view: 'status', case: tracked.case };
      }
      if (run !== this.loadCount) return;
      this.shown = shown;
      this.dispatchEvent(new HyCaseLoadEvent(shown));
      if (!this.noLive) this.startLive(run);
    } catch (error) {
      if (run !== this.loadCount) return;
      this.shown = null;
      const failure = describeFailure(error);
      this.problem =
        failure.kind === 'refused' && failure.status === 404 ? terms.notFound
        : failure.kind === 'refused' && failure.status === 403 ? terms.wrongProof
        : failureMessage(failure, this.locale);
      throw error;
    } finally {
      if (run === this.loadCount) this.loading = false;
    }
  }

  private startLive(run: number): void {
    const huying = clientOf(this);
    const options = {
      onOpen: () => (this.liveState = 'live'),
      onReconnecting: () => (this.liveState = 'reconnecting'),
    };
    const stream: LiveStream<unknown> = this.followToken
      ? huying.following.live(this.followToken, options)
      : huying.tracking.live(this.trackingCode, this.proof(), options);
    this.stream = stream;
    this.guard('live-failed', async () => {
      try {
        for await (const event of stream) {
          if (run !== this.loadCount) return;
          const next: TrackedView =
            event.type === 'public' ? { view: 'public', case: event.data as PublicCase } : (event.data as { type: 'case' | 'status'; case: never }).type === 'case'
              ? { view: 'resident', case: (event.data as { case: ResidentCaseView }).case }
              : { view: 'status', case: (event.data as { case: never }).case };
          this.apply(next);
        }
      } finally {
        if (this.stream === stream) this.liveState = 'off';
      }
    });
  }

  private stopLive(): void {
    this.stream?.close();
    this.stream = null;
    this.liveState = 'off';
  }

  /** Shows a newer version of the case and tells a screen reader what changed. */
  private apply(next: TrackedView): void {
    const before = this.shown;
    this.shown = next;
    if (before && before.case.updatedAt === next.case.updatedAt && before.case.status === next.case.status) return;
    if (before) {
      this.announcement = this.localize(caseTrackerTranslations).updatedAnnouncement(this.localize(caseWords).status[next.case.status]);
      this.dispatchEvent(new HyCaseUpdateEvent(next));
    }
  }

  private lookup(event: SubmitEvent): void {
    event.preventDefault();
    const terms = this.localize(caseTrackerTranslations);
    const data = new FormData(event.target as HTMLFormElement);
    const code = String(data.get('code') ?? '');
    const proof = proofFrom(String(data.get('proof') ?? ''));
    this.codeError = normalizeTrackingCode(code) ? '' : terms.codeInvalid;
    this.proofError = proof === 'invalid' ? terms.proofInvalid : '';
    if (this.codeError || this.proofError) {
      this.renderRoot.querySelector<HTMLInputElement>(this.codeError ? '#code' : '#proof')?.focus();
      return;
    }
    this.followToken = '';
    this.trackingCode = normalizeTrackingCode(code)!;
    this.secret = proof && proof !== 'invalid' && proof.secret ? proof.secret : '';
    this.phoneLast4 = proof && proof !== 'invalid' && proof.phoneLast4 ? proof.phoneLast4 : '';
  }

  private onRated(event: CustomEventLike): void {
    const terms = this.localize(caseTrackerTranslations);
    this.notice = event.type === 'hy-reopen' ? terms.reopenedNotice : terms.ratedNotice;
    this.apply({ view: 'resident', case: event.detail.case });
  }

  protected override render() {
    const terms = this.localize(caseTrackerTranslations);
    const shown = this.shown;
    return html`
      ${this.problem ? html`<p part="message" class="banner danger" role="alert">${this.problem}</p>` : nothing}
      ${this.notice ? html`<p part="message" class="banner" role="status">${this.notice}</p>` : nothing}
      ${this.loading && !shown ? html`<p part="message" role="status">${terms.loading}</p>` : nothing}
      ${shown?.view === 'resident' ? this.renderResident(shown.case) : nothing}
      ${shown?.view === 'status' ? this.renderStatus(shown.case) : nothing}
      ${shown?.view === 'public' ? this.renderPublic(shown.case) : nothing}
      ${!shown || shown.view === 'status' ? this.renderLookup(shown?.view === 'status') : nothing}
      <p part="live-status" aria-live="polite">
        ${this.liveState === 'live' ? terms.live : this.liveState === 'reconnecting' ? terms.reconnecting : ''}
        <span class="visually-hidden">${this.announcement}</span>
      </p>
    `;
  }

  private renderLookup(detailsOnly: boolean) {
    const terms = this.localize(caseTrackerTranslations);
    const code = this.trackingCode ? formatTrackingCode(this.trackingCode.replace(/[\s-]/g, '')) : '';
    return html`<form part="lookup" novalidate @submit=${this.lookup}>
      <h2>${detailsOnly ? terms.showDetails : terms.lookupTitle}</h2>
      ${detailsOnly ? html`<p class="hint">${terms.statusOnly}</p>` : nothing}
      <div class="field" ?hidden=${detailsOnly}>
        <label for="code">${terms.code}</label>
        <input id="code" name="code" inputmode="numeric" autocomplete="off" maxlength="20" .value=${code}
          aria-invalid=${this.codeError ? 'true' : 'false'} aria-describedby="code-hint code-error" />
        <p id="code-hint" class="hint">${terms.codeHint}</p>
        <p id="code-error" class="error">${this.codeError}</p>
      </div>
      <div class="field">
        <label for="proof">${terms.proof}</label>
        <input id="proof" name="proof" inputmode="numeric" autocomplete="off" maxlength="12"
          aria-invalid=${this.proofError ? 'true' : 'false'} aria-describedby="proof-hint proof-error" />
        <p id="proof-hint" class="hint">${terms.proofHint}</p>
        <p id="proof-error" class="error">${this.proofError}</p>
      </div>
      <button class="button primary" type="submit" ?disabled=${this.loading}>${this.loading ? terms.loading : terms.lookup}</button>
    </form>`;
  }

  private renderStatus(view: { trackingCode: string; kind: ResidentCaseView['kind']; status: ResidentCaseView['status']; createdAt: string; updatedAt: string }) {
    const terms = this.localize(caseTrackerTranslations);
    const words = this.localize(caseWords);
    return html`<section part="case" aria-labelledby="case-heading">
      <h2 id="case-heading">${terms.heading(formatTrackingCode(view.trackingCode))}</h2>
      <p part="status">${words.status[view.status]}</p>
      <dl part="summary">
        <dt>${terms.kind}</dt><dd>${words.kind[view.kind]}</dd>
        <dt>${terms.filed}</dt><dd>${this.time(view.createdAt)}</dd>
        <dt>${terms.updated}</dt><dd>${this.time(view.updatedAt)}</dd>
      </dl>
    </section>`;
  }

  private renderPublic(view: PublicCase) {
    const terms = this.localize(caseTrackerTranslations);
    const words = this.localize(caseWords);
    return html`<section part="case" aria-labelledby="case-heading">
      <h2 id="case-heading">${terms.followedHeading}</h2>
      <p part="status">${words.status[view.status]}</p>
      <dl part="summary">
        <dt>${terms.category}</dt><dd>${view.category ? view.category.level3 : words.kind[view.kind]}</dd>
        ${view.building ? html`<dt>${terms.place}</dt><dd>${view.building.name}</dd>` : nothing}
        <dt>${terms.holder}</dt><dd>${view.holder.name}</dd>
        <dt>${terms.followers}</dt><dd>${terms.followersCount(view.followers)}</dd>
        <dt>${terms.filed}</dt><dd>${this.time(view.createdAt)}</dd>
        <dt>${terms.updated}</dt><dd>${this.time(view.updatedAt)}</dd>
      </dl>
    </section>`;
  }

  private renderResident(view: ResidentCaseView) {
    const terms = this.localize(caseTrackerTranslations);
    const words = this.localize(caseWords);
    const deadline = deadlineOf(view);
    const place = [view.place.buildingName, view.place.address].filter(Boolean).join(' · ');
    const rateable = view.status === 'resolved' || (view.status === 'rated' && view.rating === 'unsatisfied' && view.timeline.at(-1)?.type === 'rated');
    return html`<section part="case" aria-labelledby="case-heading">
      <h2 id="case-heading">${terms.heading(formatTrackingCode(view.trackingCode))}</h2>
      <p part="status">${words.status[view.status]}</p>
      <dl part="summary">
        <dt>${terms.kind}</dt><dd>${words.kind[view.kind]}</dd>
        ${view.category ? html`<dt>${terms.category}</dt><dd>${view.category.level1} › ${view.category.level2} › ${view.category.level3}</dd>` : nothing}
        ${place ? html`<dt>${terms.place}</dt><dd>${place}</dd>` : nothing}
        ${view.open ? html`<dt>${terms.holder}</dt><dd>${view.holder.name}</dd>` : nothing}
        <dt>${terms.filed}</dt><dd>${this.time(view.createdAt)}</dd>
        ${deadline && view.open ? html`<dt>${terms.deadline}</dt><dd>${this.time(deadline)}</dd>` : nothing}
      </dl>
      <h3>${terms.description}</h3>
      <p class="description">${view.description}</p>
      ${view.attachments.length ? html`<h3>${terms.photos}</h3>${this.renderAttachments(view.attachments)}` : nothing}
      <h3>${terms.timeline}</h3>
      <ol part="timeline">${view.timeline.map((entry) => this.renderStep(entry))}</ol>
      ${rateable
        ? html`<h3>${terms.rateHeading}</h3>
            <hy-rating
              part="rating"
              exportparts="base: rating-base, levels: rating-levels, level: rating-level, submit-button: rating-submit-button, dialog: rating-dialog"
              .client=${clientOf(this)}
              .case=${view}
              tracking-code=${view.trackingCode}
              secret=${this.secret}
              phone-last4=${this.phoneLast4}
              @hy-rate=${this.onRated}
              @hy-reopen=${this.onRated}
            ></hy-rating>`
        : nothing}
    </section>`;
  }

  private renderStep(entry: TimelineEntry) {
    const terms = this.localize(caseTrackerTranslations);
    const words = this.localize(caseWords);
    const events = terms.events as Record<string, string>;
    const template = events[entry.type] ?? events.other!;
    const what = fillIn(template, {
      unit: entry.unit?.name ?? terms.unnamedUnit,
      from: entry.fromUnit?.name ?? terms.unnamedUnit,
      status: words.status[entry.status],
      rating: entry.rating ? words.rating[entry.rating] : '',
    });
    return html`<li part="step">
      ${this.time(entry.at)}
      <p class="what">${what}</p>
      ${entry.message ? html`<blockquote part="reply">${entry.message}</blockquote>` : nothing}
      ${entry.attachments.length ? this.renderAttachments(entry.attachments) : nothing}
    </li>`;
  }

  private renderAttachments(attachments: AttachmentView[]) {
    const terms = this.localize(caseTrackerTranslations);
    return html`<ul part="attachments">
      ${attachments.map((attachment) => {
        const label = terms.attachment(attachment.name, fileSize(attachment.size, this.locale));
        if (!attachment.url) return html`<li>${label}</li>`;
        return attachment.contentType.startsWith('image/')
          ? html`<li><a href=${attachment.url} target="_blank" rel="noopener"><img src=${attachment.url} alt=${label} loading="lazy" /></a></li>`
          : html`<li><a href=${attachment.url} target="_blank" rel="noopener" download=${attachment.name}>${label}</a></li>`;
      })}
    </ul>`;
  }

  private time(iso: string) {
    return html`<time datetime=${iso}>${formatDateTime(iso, this.locale, { withYear: true })}</time>`;
  }
}

interface CustomEventLike extends Event {
  detail: { case: ResidentCaseView };
}
