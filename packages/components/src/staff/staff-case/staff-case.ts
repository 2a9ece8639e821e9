import type { Attachment, Citation, StaffCaseView, StaffMe, Unit } from '@huying/sdk';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { HyKbCiteEvent } from '../../events/kb-events.js';
import { describeFailure, failureMessage } from '../../internal/api-errors.js';
import { formatDateTime } from '../../internal/case-words.js';
import { HuyingElement } from '../../internal/huying-element.js';
import { buttonStyles, hostStyles } from '../../internal/shared.styles.js';
import { HyCaseActionEvent } from '../events.js';
import { deadlineBadge, type StaffClient } from '../staff-client.js';
import { staffStyles } from '../staff.styles.js';
import { staffWords } from '../staff-words.js';
import { staffCaseStyles } from './staff-case.styles.js';
import { staffCaseTranslations } from './staff-case.translations.js';
import '../../kb-search/define.js';

/** The actions this element offers, in the order shown; each is a POST under the case (`rule_return` → `rule-return`). */
const offered = [
  'accept',
  'respond',
  'dispatch',
  'escalate',
  'return',
  'rule_return',
  'start_joint',
  'report_part',
  'request_extension',
  'rule_extension',
  'answer_supervision',
  'note',
  'hold',
  'resume',
  'resolve',
  'close',
] as const;
type OfferedAction = (typeof offered)[number];

/** A unit in the picker: its depth under the signed-in member's unit. */
interface PickableUnit {
  unit: Unit;
  depth: number;
}

/** The units below `rootId` (itself excluded), depth-first, children by kind then name: the dispatch picker's tree. */
export function unitTree(units: readonly Unit[], rootId: string): PickableUnit[] {
  const children = new Map<string, Unit[]>();
  for (const unit of units) {
    if (!unit.parentId) continue;
    const list = children.get(unit.parentId) ?? [];
    list.push(unit);
    children.set(unit.parentId, list);
  }
  const order = ['street', 'community', 'grid', 'property', 'department', 'city'];
  const result: PickableUnit[] = [];
  const walk = (id: string, depth: number) => {
    const below = (children.get(id) ?? []).sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind) || a.name.localeCompare(b.name, 'zh-CN'));
    for (const unit of below) {
      result.push({ unit, depth });
      walk(unit.id, depth + 1);
    }
  };
  walk(rootId, 0);
  return result;
}

/**
 * One case as staff work it: what was reported, where and by whom (the phone masked), its
 * deadlines with their badges, the handling timeline beside what the resident sees of it, and
 * the actions the loop allows the signed-in member now — accept, dispatch through a picker of
 * the units below, escalate, return with a reason, start joint handling, ask for more time,
 * reply with attachments and provisions cited from the knowledge base — each a short form.
 *
 * @summary A case for staff: timeline beside the resident's view, and the actions allowed now.
 *
 * @event {HyCaseActionEvent} hy-case-action - An action succeeded: `detail.action` and `detail.case` after it.
 * @event {HyErrorEvent} hy-error - A failure the element caught (`load-failed`, `action-failed`); also explained on screen.
 *
 * @csspart details - What was reported.
 * @csspart timelines - The two timelines side by side.
 * @csspart staff-timeline - The handling timeline.
 * @csspart resident-timeline - What the resident sees.
 * @csspart actions - The action buttons.
 * @csspart action-form - The open action's form.
 * @csspart deadline - A deadline badge.
 */
export class HyStaffCase extends HuyingElement {
  static override styles = [hostStyles, buttonStyles, staffStyles, staffCaseStyles];

  /** The signed-in member's client: a `HuyingClient` holding a staff token, or one that signed in with `auth.login()` on a page served with the API under its own origin (session cookie and CSRF token; see [signing in](staff.md#signing-in)). */
  @property({ attribute: false }) client: StaffClient | undefined;
  /** The case to show. */
  @property({ attribute: 'case-id' }) caseId = '';

  @state() private view: StaffCaseView | null = null;
  @state() private me: StaffMe | null = null;
  @state() private units: Unit[] = [];
  @state() private open: OfferedAction | null = null;
  @state() private citations: Citation[] = [];
  @state() private busy = false;
  @state() private problem = '';
  @state() private announcement = '';

  protected override updated(changed: PropertyValues<this>): void {
    if ((changed.has('client') || changed.has('caseId')) && this.client && this.caseId) {
      this.open = null;
      this.citations = [];
      this.guard('load-failed', () => this.load());
    }
  }

  /** The case as shown. */
  get case(): StaffCaseView | null {
    return this.view;
  }

  /** Reads the case again (after a change elsewhere, say). */
  async load(): Promise<void> {
    const client = this.client;
    if (!client || !this.caseId) return;
    this.problem = '';
    try {
      const [view, me] = await Promise.all([client.staff.cases.get(this.caseId), this.me ? Promise.resolve(this.me) : client.staff.me()]);
      this.view = view;
      this.me = me;
    } catch (error) {
      this.problem = failureMessage(describeFailure(error), this.locale);
      throw error;
    }
  }

  private async loadUnits(): Promise<void> {
    if (this.units.length > 0 || !this.client) return;
    this.units = await this.client.directory.units({ limit: 200 }).toArray();
  }

  private openForm(action: OfferedAction): void {
    this.open = action;
    this.problem = '';
    if (['dispatch', 'start_joint'].includes(action)) this.guard('load-failed', () => this.loadUnits());
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('[part~="action-form"] :is(select, textarea, input)')?.focus());
  }

  private async act(action: OfferedAction, form: HTMLFormElement | null): Promise<void> {
    const client = this.client;
    const view = this.view;
    if (!client || !view) return;
    const terms = this.localize(staffCaseTranslations);
    const data = form ? new FormData(form) : new FormData();
    const text = (name: string) => String(data.get(name) ?? '').trim();
    this.busy = true;
    this.problem = '';
    try {
      let body: Record<string, unknown>;
      switch (action) {
        case 'respond':
        case 'note':
          body = { message: text('message') };
          break;
        case 'dispatch':
          body = { toUnitId: text('unit'), ...(text('note') ? { note: text('note') } : {}) };
          break;
        case 'escalate':
        case 'return':
        case 'hold':
          body = { reason: text('reason') };
          break;
        case 'rule_return':
          body = { upheld: data.get('upheld') === 'on', ...(text('note') ? { note: text('note') } : {}) };
          break;
        case 'start_joint':
          body = {
            leadUnitId: text('lead'),
            parts: [
              { unitId: text('lead'), share: text('leadShare') },
              { unitId: text('coUnit'), share: text('coShare') },
            ],
          };
          break;
        case 'report_part':
          body = { report: text('report') };
          break;
        case 'request_extension':
          body = { until: new Date(text('until')).toISOString(), reason: text('reason') };
          break;
        case 'rule_extension':
          body = { approved: data.get('approved') === 'on' };
          break;
        case 'answer_supervision':
          body = { noticeId: text('notice'), answer: text('answer') };
          break;
        case 'resolve': {
          const files = data.getAll('attachments').filter((file): file is File => file instanceof File && file.size > 0);
          if (files.length > 0) this.announcement = terms.uploading;
          const uploaded: Attachment[] = [];
          for (const file of files) {
            const { url: _url, ...attachment } = (await client.attachments.upload(file, { name: file.name, type: file.type, caseId: view.id })) as Attachment & { url?: string };
            uploaded.push(attachment);
          }
          body = { reply: text('reply'), ...(uploaded.length ? { attachments: uploaded } : {}), ...(this.citations.length ? { citations: this.citations } : {}) };
          break;
        }
        default:
          body = {};
      }
      const path = action.replace(/_/g, '-');
      const after = await client.request<StaffCaseView>('POST', `/api/v1/staff/cases/${encodeURIComponent(view.id)}/${path}`, {
        body: { ...body, expectedVersion: view.version },
      });
      this.view = after;
      this.open = null;
      this.citations = [];
      this.announcement = terms.done(terms.action[action] ?? action);
      this.dispatchEvent(new HyCaseActionEvent({ action: path, case: after }));
    } catch (error) {
      this.announcement = '';
      this.problem = failureMessage(describeFailure(error), this.locale);
      throw error;
    } finally {
      this.busy = false;
    }
  }

  private onCite(event: HyKbCiteEvent): void {
    const { citation, cited } = event.detail;
    const key = (item: Citation) => item.articleId ?? item.documentId;
    this.citations = cited ? [...this.citations, citation] : this.citations.filter((item) => key(item) !== key(citation));
  }

  protected override render() {
    const terms = this.localize(staffCaseTranslations);
    if (!this.view) {
      return html`<p role="status">${this.problem ? nothing : terms.loading}</p>
        ${this.problem ? html`<p class="error" role="alert">${this.problem}</p>` : nothing}`;
    }
    const view = this.view;
    const words = staffWords[this.locale];
    return html`
      <section part="details" aria-labelledby="title">
        <h2 id="title">${view.title}</h2>
        <p>
          <span class="badge">${words.status[view.status]}</span>
          <span class="muted">${view.trackingCode} · ${words.kind[view.kind]} · ${words.channel[view.channel] ?? view.channel}</span>
        </p>
        <dl class="facts">
          <dt>${terms.description}</dt>
          <dd class="pre">${view.description}</dd>
          <dt>${terms.place}</dt>
          <dd>${view.place.buildingName ?? view.place.address ?? ''}</dd>
          <dt>${terms.category}</dt>
          <dd>${view.category ? `${view.category.level1} / ${view.category.level2} / ${view.category.level3}` : ''}</dd>
          <dt>${terms.holder}</dt>
          <dd>${view.holder.name}</dd>
          ${view.contact ? html`<dt>${terms.contact}</dt><dd>${[view.contact.name, view.contact.phone].filter(Boolean).join(' ')}</dd>` : nothing}
          <dt>${terms.deadlines}</dt>
          <dd>
            <ul class="plain">
              ${view.deadlines.map((deadline) => html`<li>${deadlineBadge(deadline, this.locale)}</li>`)}
            </ul>
          </dd>
        </dl>
      </section>
      ${this.renderActions()}
      <div class="timelines" part="timelines">
        <section part="staff-timeline" aria-labelledby="staff-timeline">
          <h3 id="staff-timeline">${terms.staffTimeline}</h3>
          <ol class="timeline">
            ${view.timeline.map(
              (entry) => html`<li>
                <strong>${terms.event[entry.type] ?? entry.type}</strong>
                <span class="muted">${formatDateTime(entry.at, this.locale)}</span>
                <div>${entry.fromUnit ? `${entry.fromUnit.name} → ` : ''}${entry.unit.name}</div>
                ${entry.reason ? html`<div class="pre">${entry.reason}</div>` : nothing}
                ${typeof entry.payload['message'] === 'string' ? html`<div class="pre">${entry.payload['message']}</div>` : nothing}
                ${typeof entry.payload['reply'] === 'string' ? html`<div class="pre">${entry.payload['reply']}</div>` : nothing}
              </li>`,
            )}
          </ol>
        </section>
        <section part="resident-timeline" aria-labelledby="resident-timeline">
          <h3 id="resident-timeline">${terms.residentTimeline}</h3>
          <ol class="timeline">
            ${view.residentTimeline.map(
              (entry) => html`<li>
                <strong>${words.status[entry.status]}</strong>
                <span class="muted">${formatDateTime(entry.at, this.locale)}</span>
                <div>${entry.unit.name}</div>
                ${entry.message ? html`<div class="pre">${entry.message}</div>` : nothing}
                ${entry.rating ? html`<div>${terms.rating[entry.rating]}</div>` : nothing}
              </li>`,
            )}
          </ol>
        </section>
      </div>
    `;
  }

  private renderActions() {
    const terms = this.localize(staffCaseTranslations);
    const allowed = offered.filter((action) => (this.view!.allowedActions as string[]).includes(action));
    return html`<section aria-labelledby="actions-heading">
      <h3 id="actions-heading">${terms.actions}</h3>
      <p class="muted" role="status">${this.announcement}</p>
      ${this.problem ? html`<p class="error" role="alert">${this.problem}</p>` : nothing}
      ${allowed.length === 0
        ? html`<p>${terms.noActions}</p>`
        : html`<div class="toolbar" part="actions">
            ${allowed.map((action) =>
              action === 'accept' || action === 'resume' || action === 'close'
                ? html`<button class="button" type="button" ?disabled=${this.busy} @click=${() => this.guard('action-failed', () => this.act(action, null))}>
                    ${terms.action[action]}
                  </button>`
                : html`<button class="button" type="button" aria-expanded=${this.open === action ? 'true' : 'false'} @click=${() => this.openForm(action)}>
                    ${terms.action[action]}
                  </button>`,
            )}
          </div>`}
      ${this.open ? this.renderForm(this.open) : nothing}
    </section>`;
  }

  private renderForm(action: OfferedAction) {
    const terms = this.localize(staffCaseTranslations);
    const fields = terms.fields;
    const textarea = (name: string, label: string) => html`<label>${label}<textarea name=${name} required rows="3"></textarea></label>`;
    const unitSelect = (name: string, label: string) => {
      const tree = this.me ? unitTree(this.units, this.me.unit.id) : [];
      return html`<label
        >${label}
        <select name=${name} required>
          <option value=""></option>
          ${tree.map(({ unit, depth }) => html`<option value=${unit.id}>${'\u3000'.repeat(depth)}${unit.name}</option>`)}
        </select></label
      >`;
    };
    let body: TemplateResult;
    switch (action) {
      case 'respond':
        body = textarea('message', fields.message!);
        break;
      case 'note':
        body = textarea('message', fields.note!);
        break;
      case 'dispatch':
        body = html`${unitSelect('unit', fields.unit!)}<label>${fields.dispatchNote}<input name="note" /></label>`;
        break;
      case 'escalate':
      case 'return':
      case 'hold':
        body = textarea('reason', fields.reason!);
        break;
      case 'rule_return':
        body = html`<label class="inline"><input type="checkbox" name="upheld" /> ${fields.upheld}</label>`;
        break;
      case 'rule_extension':
        body = html`<label class="inline"><input type="checkbox" name="approved" checked /> ${fields.approved}</label>`;
        break;
      case 'start_joint':
        body = html`${unitSelect('lead', fields.lead!)}${textarea('leadShare', fields.leadShare!)}${unitSelect('coUnit', fields.coUnit!)}${textarea('coShare', fields.coShare!)}`;
        break;
      case 'report_part':
        body = textarea('report', fields.report!);
        break;
      case 'request_extension':
        body = html`<label>${fields.until}<input type="datetime-local" name="until" required /></label>${textarea('reason', fields.reason!)}`;
        break;
      case 'answer_supervision':
        body = html`<label
            >${fields.supervision}
            <select name="notice" required>
              ${this.view!.supervisions
                .filter((notice) => notice.unitId === this.me?.unit.id)
                .map((notice) => html`<option value=${notice.noticeId}>${staffWords[this.locale].step[notice.step] ?? notice.step} · ${formatDateTime(notice.issuedAt, this.locale)}</option>`)}
            </select></label
          >${textarea('answer', fields.answer!)}`;
        break;
      case 'resolve':
        body = html`${textarea('reply', fields.reply!)}
          <label>${fields.attachments}<input type="file" name="attachments" multiple accept="image/*,application/pdf" /></label>
          <p class="muted" role="status">${terms.citations(this.citations.length)}</p>
          <details>
            <summary>${terms.kbHeading}</summary>
            <hy-kb-search staff .client=${this.client} case-id=${this.view!.id} @hy-kb-cite=${(event: HyKbCiteEvent) => this.onCite(event)}></hy-kb-search>
          </details>`;
        break;
      default:
        body = html``;
    }
    return html`<form
      part="action-form"
      aria-label=${terms.action[action]!}
      @submit=${(event: SubmitEvent) => {
        event.preventDefault();
        this.guard('action-failed', () => this.act(action, event.target as HTMLFormElement));
      }}
    >
      ${body}
      <div class="toolbar">
        <button class="button primary" type="submit" ?disabled=${this.busy}>${terms.action[action]}</button>
        <button class="button" type="button" @click=${() => (this.open = null)}>${terms.cancel}</button>
      </div>
    </form>`;
  }
}
