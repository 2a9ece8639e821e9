import type { Building, Category, StaffCaseSummary, StaffMe } from '@huying/sdk';
import { css, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { describeFailure, failureMessage } from '../../internal/api-errors.js';
import { formatDateTime } from '../../internal/case-words.js';
import { HuyingElement } from '../../internal/huying-element.js';
import { buttonStyles, hostStyles } from '../../internal/shared.styles.js';
import { tokens } from '../../internal/tokens.js';
import { HyCaseOpenEvent, HyPatrolReportEvent } from '../events.js';
import type { StaffClient } from '../staff-client.js';
import { staffStyles } from '../staff.styles.js';
import { staffWords } from '../staff-words.js';
import { patrolReportTranslations } from './patrol-report.translations.js';

/**
 * A grid member's phone page on patrol: pick the kind of problem from large tiles, the building
 * from their grid's list (or their current location), take photos, describe it, and report —
 * the case opens at their own unit, channel patrol. Below, their own reports and where each
 * stands, kept up to date as they change.
 *
 * @summary Quick patrol report (tiles, building or location, photos) and my reports.
 *
 * @event {HyPatrolReportEvent} hy-patrol-report - A report was filed: `detail.id`, `detail.trackingCode`.
 * @event {HyCaseOpenEvent} hy-case-open - One of my reports was chosen: `detail.id`, `detail.trackingCode`.
 * @event {HyErrorEvent} hy-error - A failure the element caught (`load-failed`, `report-failed`); also explained on screen.
 *
 * @csspart form - The report form.
 * @csspart tiles - The category tiles.
 * @csspart mine - My reports.
 */
export class HyPatrolReport extends HuyingElement {
  static override styles = [
    hostStyles,
    buttonStyles,
    staffStyles,
    css`
      form {
        display: flex;
        flex-direction: column;
        gap: ${tokens.spacing};
      }
      form > label {
        display: flex;
        flex-direction: column;
        gap: 0.2em;
      }
      fieldset {
        border: 0;
        margin: 0;
        padding: 0;
      }
      .tiles {
        display: grid;
        grid-template-columns: repeat(auto-fill, minmax(7rem, 1fr));
        gap: calc(${tokens.spacing} / 2);
      }
      .tiles label {
        display: flex;
        align-items: center;
        justify-content: center;
        min-height: 3.5rem;
        padding: 0.4em;
        border: 2px solid ${tokens.colorBorder};
        border-radius: ${tokens.radius};
        text-align: center;
        cursor: pointer;
      }
      .tiles input {
        position: absolute;
        opacity: 0;
      }
      .tiles input:checked + span {
        font-weight: 700;
      }
      .tiles label:has(input:checked) {
        border-color: ${tokens.colorPrimary};
        color: ${tokens.colorPrimary};
      }
      .tiles label:has(input:focus-visible) {
        outline: ${tokens.focusRingWidth} solid ${tokens.focusRingColor};
        outline-offset: ${tokens.focusRingOffset};
      }
      .place {
        display: flex;
        flex-wrap: wrap;
        gap: calc(${tokens.spacing} / 2);
        align-items: end;
      }
      .place label {
        display: flex;
        flex-direction: column;
        flex: 1 1 12rem;
      }
      .primary {
        background: ${tokens.colorPrimary};
        color: ${tokens.colorOnPrimary};
      }
    `,
  ];

  /** The signed-in grid member's client: a `HuyingClient` holding a staff token, or one that signed in with `auth.login()` on a page served with the API under its own origin (session cookie and CSRF token; see [signing in](staff.md#signing-in)). */
  @property({ attribute: false }) client: StaffClient | undefined;

  @state() private me: StaffMe | null = null;
  @state() private categories: Category[] = [];
  @state() private buildings: Building[] = [];
  @state() private group = '';
  @state() private location: { latitude: number; longitude: number } | null = null;
  @state() private mine: StaffCaseSummary[] = [];
  @state() private busy = false;
  @state() private problem = '';
  @state() private announcement = '';

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('client') && this.client) this.guard('load-failed', () => this.load());
  }

  private async load(): Promise<void> {
    const client = this.client!;
    try {
      const me = await client.staff.me();
      const near = me.unit.kind === 'grid' ? { gridUnitId: me.unit.id } : me.unit.kind === 'community' ? { communityUnitId: me.unit.id } : me.unit.kind === 'street' ? { streetUnitId: me.unit.id } : {};
      const [categories, buildings] = await Promise.all([client.categories.list(), client.buildings.list({ ...near, limit: 200 })]);
      this.me = me;
      this.categories = categories;
      this.buildings = buildings.data;
      await this.loadMine();
    } catch (error) {
      this.problem = failureMessage(describeFailure(error), this.locale);
      throw error;
    }
  }

  private async loadMine(): Promise<void> {
    this.mine = (await this.client!.staff.patrolReports({ limit: 20 })).data;
  }

  private locate(): void {
    const terms = this.localize(patrolReportTranslations);
    if (!navigator.geolocation) {
      this.announcement = terms.locationFailed;
      return;
    }
    navigator.geolocation.getCurrentPosition(
      (position) => (this.location = { latitude: position.coords.latitude, longitude: position.coords.longitude }),
      () => (this.announcement = terms.locationFailed),
      { enableHighAccuracy: true, timeout: 10_000 },
    );
  }

  private async submit(form: HTMLFormElement): Promise<void> {
    const client = this.client;
    if (!client) return;
    const terms = this.localize(patrolReportTranslations);
    const data = new FormData(form);
    const buildingId = String(data.get('building') ?? '');
    if (!buildingId && !this.location) {
      this.problem = terms.needPlace;
      return;
    }
    this.busy = true;
    this.problem = '';
    this.announcement = terms.submitting;
    try {
      const photos = data.getAll('photos').filter((file): file is File => file instanceof File && file.size > 0);
      const attachmentIds: string[] = [];
      for (const photo of photos) attachmentIds.push((await client.attachments.upload(photo, { name: photo.name, type: photo.type })).id);
      const categoryId = String(data.get('category') ?? '');
      const receipt = await client.staff.reportPatrol({
        kind: 'complaint',
        description: String(data.get('description') ?? '').trim(),
        ...(categoryId ? { categoryId } : {}),
        ...(buildingId ? { buildingId } : this.location ?? {}),
        ...(attachmentIds.length ? { attachmentIds } : {}),
      });
      form.reset();
      this.group = '';
      this.location = null;
      this.announcement = terms.filed(receipt.trackingCode);
      this.dispatchEvent(new HyPatrolReportEvent({ id: receipt.case.id, trackingCode: receipt.trackingCode }));
      await this.loadMine();
    } catch (error) {
      this.announcement = '';
      this.problem = failureMessage(describeFailure(error), this.locale);
      throw error;
    } finally {
      this.busy = false;
    }
  }

  protected override render() {
    const terms = this.localize(patrolReportTranslations);
    const words = staffWords[this.locale];
    const groups = [...new Set(this.categories.map((category) => category.level1))];
    const inGroup = this.categories.filter((category) => category.level1 === this.group);
    return html`
      <form
        part="form"
        aria-label=${terms.heading}
        @submit=${(event: SubmitEvent) => {
          event.preventDefault();
          this.guard('report-failed', () => this.submit(event.target as HTMLFormElement));
        }}
      >
        <fieldset>
          <legend>${terms.category}</legend>
          <div class="tiles" part="tiles">
            ${groups.map(
              (group) => html`<label><input type="radio" name="group" value=${group} .checked=${this.group === group} @change=${() => (this.group = group)} /><span>${group}</span></label>`,
            )}
          </div>
        </fieldset>
        ${this.group
          ? html`<label
              >${terms.subcategory}
              <select name="category">
                ${inGroup.map((category) => html`<option value=${category.id}>${category.level2} / ${category.level3}</option>`)}
              </select></label
            >`
          : nothing}
        <div class="place">
          <label
            >${terms.building}
            <select name="building">
              <option value="">${terms.chooseBuilding}</option>
              ${this.buildings.map((building) => html`<option value=${building.id}>${building.name}</option>`)}
            </select></label
          >
          <button class="button" type="button" @click=${() => this.locate()}>${terms.useLocation}</button>
        </div>
        ${this.location ? html`<p class="muted">${terms.located(this.location.latitude.toFixed(5), this.location.longitude.toFixed(5))}</p>` : nothing}
        <label>${terms.photos}<input type="file" name="photos" accept="image/*" capture="environment" multiple /></label>
        <label>${terms.description}<textarea name="description" required minlength="5" rows="3"></textarea></label>
        <button class="button primary" type="submit" ?disabled=${this.busy}>${terms.submit}</button>
      </form>
      <p class="muted" role="status">${this.announcement}</p>
      ${this.problem ? html`<p class="error" role="alert">${this.problem}</p>` : nothing}
      <section part="mine" aria-labelledby="mine">
        <h2 id="mine">${terms.mine}</h2>
        ${this.mine.length === 0
          ? html`<p>${terms.mineEmpty}</p>`
          : html`<ul>
              ${this.mine.map(
                (row) => html`<li>
                  <button class="link" type="button" @click=${() => this.dispatchEvent(new HyCaseOpenEvent({ id: row.id, trackingCode: row.trackingCode }))}>${row.title}</button>
                  <span class="badge">${words.status[row.status]}</span>
                  <span class="muted">${row.trackingCode} · ${formatDateTime(row.createdAt, this.locale)}</span>
                </li>`,
              )}
            </ul>`}
      </section>
    `;
  }
}
