import type { CaseRoutingSuggestion, HotSpot, LiveStream, StaffCaseChange, StaffCaseSummary, SupervisionBoard } from '@huying/sdk';
import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { describeFailure, failureMessage } from '../../internal/api-errors.js';
import { HuyingElement } from '../../internal/huying-element.js';
import { buttonStyles, hostStyles } from '../../internal/shared.styles.js';
import { HyCaseOpenEvent } from '../events.js';
import { deadlineBadge, type StaffClient } from '../staff-client.js';
import { staffStyles } from '../staff.styles.js';
import { staffWords } from '../staff-words.js';
import { dispatchConsoleTranslations } from './dispatch-console.translations.js';

type SuggestedUnit = CaseRoutingSuggestion['suggestion']['units'][number]['unit'];

/**
 * The city command centre's console: the intake queue (new and returned cases the centre holds),
 * each with the unit the routing suggestion points to and a one-click dispatch there (accepting
 * the case first when needed, and recording the decision on the suggestion); the buildings where
 * cases gather; and the overdue and supervised cases across every unit, with each unit's counts.
 * Everything is read again when a case changes.
 *
 * @summary The dispatch console: intake with routing suggestions, one-click dispatch, hot spots, supervision.
 *
 * @event {HyCaseOpenEvent} hy-case-open - A case was chosen to open: `detail.id`, `detail.trackingCode`.
 * @event {HyErrorEvent} hy-error - A failure the element caught (`load-failed`, `dispatch-failed`); also explained on screen.
 *
 * @csspart intake - The intake queue.
 * @csspart hot-spots - The hot spots.
 * @csspart board - The overdue and supervised cases and the units' counts.
 * @csspart deadline - A deadline badge.
 */
export class HyDispatchConsole extends HuyingElement {
  static override styles = [hostStyles, buttonStyles, staffStyles];

  /** The signed-in member's client (a dispatcher of the command centre, or a street's staff): a `HuyingClient` holding a staff token, or one that signed in with `auth.login()` on a page served with the API under its own origin (session cookie and CSRF token; see [signing in](staff.md#signing-in)). */
  @property({ attribute: false }) client: StaffClient | undefined;

  @state() private intake: StaffCaseSummary[] = [];
  @state() private suggestions = new Map<string, SuggestedUnit | null>();
  @state() private hotSpots: HotSpot[] = [];
  @state() private board: SupervisionBoard | null = null;
  @state() private loading = false;
  @state() private problem = '';
  @state() private announcement = '';

  private stream: LiveStream<StaffCaseChange> | null = null;
  private reloadTimer: ReturnType<typeof setTimeout> | undefined;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stream?.close();
    clearTimeout(this.reloadTimer);
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('client') && this.client) {
      this.stream?.close();
      const stream = this.client.staff.cases.live();
      this.stream = stream;
      this.guard('load-failed', async () => {
        for await (const _change of stream) {
          clearTimeout(this.reloadTimer);
          this.reloadTimer = setTimeout(() => this.guard('load-failed', () => this.reload()), 200);
        }
      });
    }
  }

  /** Reads the queue, the hot spots and the board again. */
  async reload(): Promise<void> {
    const client = this.client;
    if (!client) return;
    this.loading = true;
    this.problem = '';
    try {
      const [intake, hotSpots, board] = await Promise.all([
        client.staff.cases.list({ scope: 'held', status: ['submitted', 'accepted', 'returned'], sort: 'due', limit: 50 }),
        client.staff.hotSpots({ days: 7 }),
        client.staff.supervisionBoard({ limit: 20 }),
      ]);
      this.intake = intake.data;
      this.hotSpots = hotSpots;
      this.board = board;
      const missing = intake.data.filter((row) => !this.suggestions.has(row.id));
      const found = await Promise.all(
        missing.map(async (row) => {
          try {
            const { suggestion } = await client.staff.suggestions.forCase(row.id);
            return [row.id, suggestion.units.find((entry) => entry.unit.kind !== 'city')?.unit ?? null] as const;
          } catch {
            return [row.id, null] as const;
          }
        }),
      );
      if (found.length > 0) this.suggestions = new Map([...this.suggestions, ...found]);
    } catch (error) {
      this.problem = failureMessage(describeFailure(error), this.locale);
      throw error;
    } finally {
      this.loading = false;
    }
  }

  /** Accepts the case if it waits to be, records the suggestion taken, and dispatches it to the unit. */
  async dispatchTo(row: StaffCaseSummary, unit: SuggestedUnit): Promise<void> {
    const client = this.client;
    if (!client) return;
    const terms = this.localize(dispatchConsoleTranslations);
    this.problem = '';
    try {
      if (row.status === 'submitted') await client.staff.cases.accept(row.id);
      await client.staff.suggestions.decide(row.id, { unitId: unit.id }).catch(() => undefined);
      await client.staff.cases.dispatch(row.id, { toUnitId: unit.id });
      this.announcement = terms.dispatched(row.trackingCode, unit.name);
      await this.reload();
    } catch (error) {
      this.problem = failureMessage(describeFailure(error), this.locale);
      throw error;
    }
  }

  protected override firstUpdated(): void {
    this.guard('load-failed', () => this.reload());
  }

  private openButton(row: StaffCaseSummary) {
    return html`<button class="link" type="button" @click=${() => this.dispatchEvent(new HyCaseOpenEvent({ id: row.id, trackingCode: row.trackingCode }))}>
      ${row.title}
    </button>`;
  }

  protected override render() {
    const terms = this.localize(dispatchConsoleTranslations);
    const words = staffWords[this.locale];
    return html`
      <p class="muted" role="status">${this.loading ? terms.loading : ''} ${this.announcement}</p>
      ${this.problem ? html`<p class="error" role="alert">${this.problem}</p>` : nothing}
      <button class="button" type="button" @click=${() => this.guard('load-failed', () => this.reload())}>${terms.refresh}</button>
      <section part="intake" aria-labelledby="intake">
        <h2 id="intake">${terms.intake}</h2>
        ${this.intake.length === 0
          ? html`<p>${terms.intakeEmpty}</p>`
          : html`<ul class="cards">
              ${this.intake.map((row) => {
                const unit = this.suggestions.get(row.id);
                return html`<li data-id=${row.id}>
                  ${this.openButton(row)}
                  <div class="muted">${row.trackingCode} · ${words.kind[row.kind]} · ${words.status[row.status]} · ${row.building?.name ?? ''}</div>
                  <div>${deadlineBadge(row.deadline, this.locale)}</div>
                  ${unit
                    ? html`<div>
                        ${terms.suggested}: ${unit.name}
                        <button class="button" type="button" @click=${() => this.guard('dispatch-failed', () => this.dispatchTo(row, unit))}>${terms.dispatchTo(unit.name)}</button>
                      </div>`
                    : html`<div class="muted">${unit === null ? terms.noSuggestion : terms.loading}</div>`}
                </li>`;
              })}
            </ul>`}
      </section>
      <section part="hot-spots" aria-labelledby="hot-spots">
        <h2 id="hot-spots">${terms.hotSpots}</h2>
        ${this.hotSpots.length === 0
          ? html`<p>${terms.hotSpotsEmpty}</p>`
          : html`<ol>
              ${this.hotSpots.map(
                (spot) => html`<li>
                  <strong>${spot.building.name}</strong> — ${terms.hotSpot(spot.cases, spot.open)}
                  <span class="muted">${spot.categories.map((category) => `${category.name} ${category.cases}`).join('、')}</span>
                </li>`,
              )}
            </ol>`}
      </section>
      <section part="board" aria-labelledby="board">
        <h2 id="board">${terms.overdue}</h2>
        ${this.caseList(this.board?.overdue ?? [], terms.overdueEmpty)}
        <h2>${terms.supervised}</h2>
        ${this.caseList(this.board?.supervised ?? [], terms.supervisedEmpty)}
        <h2>${terms.units}</h2>
        <table>
          <thead>
            <tr>
              ${(['unit', 'held', 'overdue', 'nearing', 'supervised'] as const).map((column) => html`<th scope="col">${terms.columns[column]}</th>`)}
            </tr>
          </thead>
          <tbody>
            ${(this.board?.units ?? []).map(
              (row) => html`<tr>
                <th scope="row">${row.unit.name}</th>
                <td>${row.held}</td>
                <td>${row.overdue}</td>
                <td>${row.nearing}</td>
                <td>${row.supervised}</td>
              </tr>`,
            )}
          </tbody>
        </table>
      </section>
    `;
  }

  private caseList(rows: readonly StaffCaseSummary[], empty: string) {
    if (rows.length === 0) return html`<p>${empty}</p>`;
    return html`<ul>
      ${rows.map((row) => html`<li>${this.openButton(row)} <span class="muted">${row.holder.name}</span> ${deadlineBadge(row.deadline, this.locale)}</li>`)}
    </ul>`;
  }
}
