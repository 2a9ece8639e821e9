import type { CaseKind, CaseStatus, Category, LiveStream, StaffCaseChange, StaffCaseFilter, StaffCaseSummary, StaffDeadlineState } from '@huying/sdk';
import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { describeFailure, failureMessage } from '../../internal/api-errors.js';
import { HuyingElement } from '../../internal/huying-element.js';
import { buttonStyles, hostStyles } from '../../internal/shared.styles.js';
import { HyCaseOpenEvent } from '../events.js';
import { deadlineBadge, type StaffClient } from '../staff-client.js';
import { staffStyles } from '../staff.styles.js';
import { staffWords } from '../staff-words.js';
import { staffInboxTranslations } from './staff-inbox.translations.js';

const kinds: CaseKind[] = ['complaint', 'help', 'consultation', 'suggestion', 'praise'];
const statuses: CaseStatus[] = ['submitted', 'accepted', 'in_handling', 'joint_handling', 'awaiting_resident', 'returned', 'resolved', 'rated', 'closed'];
const deadlineStates: StaffDeadlineState[] = ['overdue', 'nearing', 'running', 'none'];
const sorts = ['newest', 'oldest', 'due'] as const;

interface Filters {
  kind: string;
  status: string;
  deadline: string;
  categoryId: string;
  buildingId: string;
  sort: (typeof sorts)[number];
}

/**
 * The cases a unit holds (or its subtree, or a property company's buildings), filtered by kind,
 * category, status, deadline state and building, sorted by filing time or by the most pressing
 * deadline, each with its deadline badge (green on time, amber due soon, red overdue). Cases to
 * accept can be selected and accepted at once. The list follows every change live and reloads
 * whenever its connection (re)opens.
 *
 * @summary A staff unit's inbox: filters, sort, deadline badges, bulk accept, live.
 *
 * @event {HyCaseOpenEvent} hy-case-open - A case's title was chosen: `detail.id`, `detail.trackingCode`.
 * @event {HyErrorEvent} hy-error - A failure the element caught (`load-failed`, `accept-failed`); also explained on screen.
 *
 * @csspart filters - The filter and sort controls.
 * @csspart table - The table of cases.
 * @csspart row - One case.
 * @csspart deadline - A deadline badge.
 * @csspart bulk - The bulk-accept bar.
 * @csspart status - The live status line.
 *
 * @cssproperty --hy-deadline-running-color - Text of an on-time badge (and -background).
 * @cssproperty --hy-deadline-nearing-color - Text of a due-soon badge (and -background).
 * @cssproperty --hy-deadline-overdue-color - Text of an overdue badge (and -background).
 */
export class HyStaffInbox extends HuyingElement {
  static override styles = [hostStyles, buttonStyles, staffStyles];

  /** The signed-in member's client: a `HuyingClient` holding a staff token, or one that signed in with `auth.login()` on a page served with the API under its own origin (session cookie and CSRF token; see [signing in](staff.md#signing-in)). */
  @property({ attribute: false }) client: StaffClient | undefined;
  /** `held`: what my unit holds (default); `subtree`: held anywhere below too (a property company: every case at its buildings); `parts`: joint handlings where my unit has a part to report. */
  @property() scope: 'held' | 'subtree' | 'parts' = 'held';
  /** Cases per page. */
  @property({ type: Number }) limit = 30;
  /** Follows changes live (default on); `live="off"` turns it off. */
  @property() live: 'on' | 'off' = 'on';

  @state() private rows: StaffCaseSummary[] = [];
  @state() private nextCursor: string | null = null;
  @state() private filters: Filters = { kind: '', status: '', deadline: '', categoryId: '', buildingId: '', sort: 'newest' };
  @state() private categories: Category[] = [];
  @state() private buildings = new Map<string, string>();
  @state() private selected = new Set<string>();
  @state() private loading = false;
  @state() private problem = '';
  @state() private announcement = '';
  @state() private connection: 'live' | 'reconnecting' | 'off' = 'off';

  private stream: LiveStream<StaffCaseChange> | null = null;
  private reloadTimer: ReturnType<typeof setTimeout> | undefined;
  private requestCount = 0;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopLive();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.client && this.hasUpdated) this.startLive();
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('client') || changed.has('scope') || changed.has('limit')) {
      this.guard('load-failed', () => this.reload());
      if (this.client && this.categories.length === 0) this.guard('load-failed', async () => (this.categories = await this.client!.categories.list()));
    }
    if (changed.has('client') || changed.has('live')) {
      this.stopLive();
      this.startLive();
    }
  }

  /** The cases on screen. */
  get cases(): readonly StaffCaseSummary[] {
    return this.rows;
  }

  private query(): StaffCaseFilter {
    const { kind, status, deadline, categoryId, buildingId, sort } = this.filters;
    return {
      scope: this.scope,
      limit: this.limit,
      sort,
      ...(kind ? { kind: [kind as CaseKind] } : {}),
      ...(status ? { status: [status as CaseStatus] } : {}),
      ...(deadline ? { deadline: [deadline as StaffDeadlineState] } : {}),
      ...(categoryId ? { categoryId } : {}),
      ...(buildingId ? { buildingId } : {}),
    };
  }

  /** Loads the first page again with the filters set. */
  async reload(): Promise<void> {
    if (!this.client) return;
    const run = ++this.requestCount;
    this.loading = true;
    this.problem = '';
    try {
      const page = await this.client.staff.cases.list(this.query());
      if (run !== this.requestCount) return;
      this.rows = page.data;
      this.nextCursor = page.nextCursor;
      this.rememberBuildings(page.data);
      this.selected = new Set([...this.selected].filter((id) => page.data.some((row) => row.id === id)));
    } catch (error) {
      if (run === this.requestCount) this.problem = failureMessage(describeFailure(error), this.locale);
      throw error;
    } finally {
      if (run === this.requestCount) this.loading = false;
    }
  }

  private async loadMore(): Promise<void> {
    if (!this.client || !this.nextCursor) return;
    const page = await this.client.request<{ data: StaffCaseSummary[]; nextCursor: string | null }>('GET', '/api/v1/staff/cases', {
      query: { ...this.query(), cursor: this.nextCursor },
    });
    this.rows = [...this.rows, ...page.data];
    this.nextCursor = page.nextCursor;
    this.rememberBuildings(page.data);
  }

  /** The building filter offers every building seen in the lists so far. */
  private rememberBuildings(rows: StaffCaseSummary[]): void {
    const next = new Map(this.buildings);
    for (const row of rows) if (row.building) next.set(row.building.id, row.building.name);
    if (next.size !== this.buildings.size) this.buildings = next;
  }

  private startLive(): void {
    if (!this.client || this.live === 'off' || !this.isConnected) return;
    const stream = this.client.staff.cases.live({
      onOpen: () => (this.connection = 'live'),
      onReconnecting: () => (this.connection = 'reconnecting'),
    });
    this.stream = stream;
    this.guard('load-failed', async () => {
      for await (const change of stream) {
        // A (re)opened connection replays nothing: the list is read again. A change may move a
        // case into or out of the filters, so it is read again too, a burst of changes at once.
        if (change.data.type === 'ready' || change.data.type === 'case') this.scheduleReload();
      }
    });
  }

  private stopLive(): void {
    this.stream?.close();
    this.stream = null;
    this.connection = 'off';
    clearTimeout(this.reloadTimer);
  }

  private scheduleReload(): void {
    clearTimeout(this.reloadTimer);
    this.reloadTimer = setTimeout(() => this.guard('load-failed', () => this.reload()), 150);
  }

  private setFilter(key: keyof Filters, value: string): void {
    this.filters = { ...this.filters, [key]: value };
    this.guard('load-failed', () => this.reload());
  }

  private acceptable(row: StaffCaseSummary): boolean {
    return row.status === 'submitted' && this.scope !== 'parts';
  }

  private toggle(id: string, on: boolean): void {
    const next = new Set(this.selected);
    if (on) next.add(id);
    else next.delete(id);
    this.selected = next;
  }

  private async acceptSelected(): Promise<void> {
    if (!this.client) return;
    const terms = this.localize(staffInboxTranslations);
    const ids = [...this.selected];
    const results = await Promise.allSettled(ids.map((id) => this.client!.staff.cases.accept(id)));
    const failed = results.filter((result) => result.status === 'rejected');
    this.selected = new Set();
    this.announcement = terms.accepted(ids.length - failed.length, failed.length);
    await this.reload();
    if (failed[0]) this.reportError('accept-failed', (failed[0] as PromiseRejectedResult).reason);
  }

  protected override render() {
    const terms = this.localize(staffInboxTranslations);
    const words = staffWords[this.locale];
    const acceptable = this.rows.filter((row) => this.acceptable(row));
    const select = (key: keyof Filters, label: string, options: [string, string][], withAny = true) => html`<label>
      ${label}
      <select @change=${(event: Event) => this.setFilter(key, (event.target as HTMLSelectElement).value)}>
        ${withAny ? html`<option value="" ?selected=${this.filters[key] === ''}>${terms.any}</option>` : nothing}
        ${options.map(([value, text]) => html`<option value=${value} ?selected=${this.filters[key] === value}>${text}</option>`)}
      </select>
    </label>`;
    return html`
      <div class="toolbar" part="filters" role="group" aria-label=${terms.filters}>
        ${select('kind', terms.kind, kinds.map((kind) => [kind, words.kind[kind]!]))}
        ${select('status', terms.status, statuses.map((status) => [status, words.status[status]!]))}
        ${select('deadline', terms.deadline, deadlineStates.map((value) => [value, words.deadline[value]!]))}
        ${select('categoryId', terms.category, this.categories.map((category) => [category.id, `${category.level2} / ${category.level3}`]))}
        ${select('buildingId', terms.building, [...this.buildings].sort((a, b) => a[1].localeCompare(b[1], 'zh-CN')))}
        ${select('sort', terms.sort, sorts.map((sort) => [sort, terms.sorts[sort]!]), false)}
      </div>
      <p class="muted" part="status" role="status">
        ${this.connection === 'live' ? terms.live : this.connection === 'reconnecting' ? terms.reconnecting : ''}
        ${this.loading ? terms.loading : terms.count(this.rows.length, this.nextCursor !== null)}
        ${this.announcement}
      </p>
      ${this.problem ? html`<p class="error" role="alert">${this.problem}</p>` : nothing}
      ${acceptable.length > 0
        ? html`<div class="toolbar" part="bulk">
            <label class="inline"
              ><input
                type="checkbox"
                .checked=${acceptable.every((row) => this.selected.has(row.id))}
                @change=${(event: Event) => (this.selected = (event.target as HTMLInputElement).checked ? new Set(acceptable.map((row) => row.id)) : new Set())}
              />
              ${terms.selectAll}</label
            >
            <button class="button" type="button" ?disabled=${this.selected.size === 0} @click=${() => this.guard('accept-failed', () => this.acceptSelected())}>
              ${terms.acceptSelected(this.selected.size)}
            </button>
          </div>`
        : nothing}
      ${this.rows.length === 0 && !this.loading ? html`<p>${terms.empty}</p>` : this.renderTable()}
      ${this.nextCursor ? html`<button class="button" type="button" @click=${() => this.guard('load-failed', () => this.loadMore())}>${terms.more}</button>` : nothing}
    `;
  }

  private renderTable() {
    const terms = this.localize(staffInboxTranslations);
    const words = staffWords[this.locale];
    return html`<table part="table">
      <caption class="visually-hidden">${terms.heading}</caption>
      <thead>
        <tr>
          <th scope="col"><span class="visually-hidden">${terms.selectAll}</span></th>
          <th scope="col">${terms.columns.title}</th>
          <th scope="col">${terms.columns.place}</th>
          <th scope="col">${terms.columns.status}</th>
          <th scope="col">${terms.columns.deadline}</th>
        </tr>
      </thead>
      <tbody>
        ${this.rows.map(
          (row) => html`<tr part="row" data-id=${row.id}>
            <td>
              ${this.acceptable(row)
                ? html`<input
                    type="checkbox"
                    aria-label=${terms.select(row.trackingCode)}
                    .checked=${this.selected.has(row.id)}
                    @change=${(event: Event) => this.toggle(row.id, (event.target as HTMLInputElement).checked)}
                  />`
                : nothing}
            </td>
            <td>
              <button class="link" type="button" @click=${() => this.dispatchEvent(new HyCaseOpenEvent({ id: row.id, trackingCode: row.trackingCode }))}>${row.title}</button>
              <div class="muted">
                ${row.trackingCode} · ${words.kind[row.kind]} · ${words.channel[row.channel] ?? row.channel}${row.category ? ` · ${row.category.level3}` : ''}
              </div>
            </td>
            <td>${row.building?.name ?? ''}<div class="muted">${row.holder.name}</div></td>
            <td>
              ${words.status[row.status]}
              ${row.openSupervisions > 0 ? html`<div><span class="badge overdue">${words.supervisions(row.openSupervisions)}</span></div>` : nothing}
            </td>
            <td>${deadlineBadge(row.deadline, this.locale)}</td>
          </tr>`,
        )}
      </tbody>
    </table>`;
  }
}
