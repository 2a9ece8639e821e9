import type { AnalyticsDashboard, HuyingClient } from '@huying/sdk';
import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { HuyingElement } from '../../internal/huying-element.js';
import { analyticsDashboardStyles } from './analytics-dashboard.styles.js';
import { analyticsDashboardTranslations } from './analytics-dashboard.translations.js';
import { heat, horizontalBars, palette, shareLines, stackedColumns } from './charts.js';

type Words = (typeof analyticsDashboardTranslations)['zh-CN'];

const monthPattern = /^\d{4}-(0[1-9]|1[0-2])$/;
const channelOrder = ['qr', 'kiosk', 'web', 'hotline', 'patrol', 'counter', 'open311'];

/**
 * Live analysis for staff of the command centre, a street or a community: cases over time by
 * channel, the largest categories, hot-spot communities (a heat table by month) and buildings,
 * deadline performance, time spent per step and the satisfaction trend, all bounded to the
 * signed-in member's subtree. Every chart has a table with the same figures beside it.
 *
 * @summary The live analysis dashboard (实时分析).
 * @event {HyErrorEvent} hy-error - Loading failed (the element shows a message too).
 * @csspart chart - Each chart's SVG.
 * @csspart controls - The period controls.
 * @cssproperty --hy-color-primary - Headings' accent.
 */
export class HyAnalyticsDashboard extends HuyingElement {
  static override styles = analyticsDashboardStyles;

  /** A staff client of the signed-in member (see @huying/sdk). */
  @property({ attribute: false }) client: HuyingClient | null = null;
  /** First month shown, `YYYY-MM` (default: eleven months before `to`). */
  @property() from = '';
  /** Last month shown, `YYYY-MM` (default: this month). */
  @property() to = '';
  /** `day` or `month` (default: by the length of the period). */
  @property() interval: '' | 'day' | 'month' = '';
  /** A unit of the member's subtree (default: their own). */
  @property({ attribute: 'unit-id' }) unitId = '';

  @state() private data: (AnalyticsDashboard & { unit: { name: string } }) | null = null;
  @state() private status: 'idle' | 'loading' | 'failed' = 'idle';
  private requested = '';

  // Starting the load before rendering, not after, so its state change joins this update.
  protected override willUpdate(): void {
    const key = [this.client ? 'client' : '', this.from, this.to, this.interval, this.unitId].join('|');
    if (this.client && key !== this.requested) {
      this.requested = key;
      this.guard('load-failed', () => this.load());
    }
  }

  /** Loads the dashboard again (the figures are live). */
  async load(): Promise<void> {
    if (!this.client) return;
    this.status = 'loading';
    try {
      this.data = await this.client.assessment.dashboard({
        ...(monthPattern.test(this.from) ? { from: this.from } : {}),
        ...(monthPattern.test(this.to) ? { to: this.to } : {}),
        ...(this.interval ? { interval: this.interval } : {}),
        ...(this.unitId ? { unitId: this.unitId } : {}),
      });
      this.status = 'idle';
    } catch (error) {
      this.status = 'failed';
      this.reportError('load-failed', error);
    }
  }

  private change(event: Event, field: 'from' | 'to' | 'interval') {
    const value = (event.target as HTMLInputElement | HTMLSelectElement).value;
    if (field === 'interval') this.interval = value as '' | 'day' | 'month';
    else if (value === '' || monthPattern.test(value)) this[field] = value;
  }

  override render() {
    const words = this.localize(analyticsDashboardTranslations);
    const data = this.data;
    return html`<section aria-labelledby="heading" aria-busy=${this.status === 'loading' ? 'true' : 'false'}>
      <h2 id="heading">${words.heading}</h2>
      ${data ? html`<p class="muted">${words.scope(data.unit.name, data.from, data.to)} · ${words.asOf(new Date(data.asOf).toLocaleString(this.locale))}</p>` : nothing}
      <form part="controls" class="controls" @submit=${(event: Event) => { event.preventDefault(); this.guard('load-failed', () => this.load()); }}>
        <label>${words.from} <input type="month" .value=${this.from || data?.from || ''} @change=${(event: Event) => this.change(event, 'from')} /></label>
        <label>${words.to} <input type="month" .value=${this.to || data?.to || ''} @change=${(event: Event) => this.change(event, 'to')} /></label>
        <label>${words.interval}
          <select @change=${(event: Event) => this.change(event, 'interval')}>
            ${['', 'day', 'month'].map((value) => html`<option value=${value} ?selected=${this.interval === value}>${value ? words.intervals[value] : '—'}</option>`)}
          </select>
        </label>
        <button type="submit">${words.refresh}</button>
      </form>
      <p role="status" class="muted">${this.status === 'loading' ? words.loading : ''}</p>
      ${this.status === 'failed' ? html`<p role="alert" class="error">${words.failed}</p>` : nothing}
      ${data ? this.charts(data, words) : nothing}
    </section>`;
  }

  private charts(data: AnalyticsDashboard, words: Words) {
    return html`<div class="grid">
      ${this.volume(data, words)} ${this.satisfaction(data, words)} ${this.deadlines(data, words)} ${this.stepTimes(data, words)}
      ${this.categories(data, words)} ${this.buildings(data, words)}
    </div>
    ${this.hotSpots(data, words)}`;
  }

  private figure(id: string, title: string, chart: TemplateResult | null, table: TemplateResult, words: Words, legend?: string[]) {
    return html`<figure aria-labelledby="${id}-title">
      <figcaption id="${id}-title">${title}</figcaption>
      ${chart ?? html`<p class="muted">${words.empty}</p>`}
      ${legend && chart
        ? html`<ul class="legend" aria-hidden="true">${legend.map((label, index) => html`<li><span class="swatch" style="background:${palette[index % palette.length]}"></span>${label}</li>`)}</ul>`
        : nothing}
      <details>
        <summary>${words.showTable}</summary>
        ${table}
      </details>
    </figure>`;
  }

  private volume(data: AnalyticsDashboard, words: Words) {
    const periods = [...new Set(data.volume.map((row) => row.period))].sort();
    const channels = channelOrder.filter((channel) => data.volume.some((row) => row.channel === channel));
    const count = (period: string, channel: string) => data.volume.filter((row) => row.period === period && row.channel === channel).reduce((sum, row) => sum + row.cases, 0);
    const series = channels.map((channel) => ({ label: words.channels[channel] ?? channel, values: periods.map((period) => count(period, channel)) }));
    const total = data.volume.reduce((sum, row) => sum + row.cases, 0);
    const kinds = [...new Set(data.volume.map((row) => row.kind))];
    const chart = periods.length ? stackedColumns(`${words.volume}: ${words.volumeSummary(total, periods.length)}`, periods.map(shortPeriod), series) : null;
    const table = html`<table>
      <thead><tr><th scope="col">${words.period}</th>${channels.map((channel) => html`<th scope="col">${words.channels[channel] ?? channel}</th>`)}${kinds.map((kind) => html`<th scope="col">${words.kindNames[kind] ?? kind}</th>`)}<th scope="col">${words.total}</th></tr></thead>
      <tbody>${periods.map((period) => html`<tr><th scope="row">${period}</th>${channels.map((channel) => html`<td>${count(period, channel)}</td>`)}${kinds.map((kind) => html`<td>${data.volume.filter((row) => row.period === period && row.kind === kind).reduce((sum, row) => sum + row.cases, 0)}</td>`)}<td>${data.volume.filter((row) => row.period === period).reduce((sum, row) => sum + row.cases, 0)}</td></tr>`)}</tbody>
    </table>`;
    return this.figure('volume', words.volume, chart, table, words, series.map((each) => each.label));
  }

  private satisfaction(data: AnalyticsDashboard, words: Words) {
    const rows = data.satisfaction;
    const share = (numerator: number, denominator: number) => (denominator > 0 ? numerator / denominator : null);
    const all = rows.map((row) => share(row.satisfied + row.basicallySatisfied, row.rated));
    const first = rows.map((row) => share(row.firstSatisfied, row.firstRated));
    const percent = (value: number | null) => (value === null ? '—' : `${(value * 100).toFixed(1)}%`);
    const chart = rows.length
      ? shareLines(`${words.satisfaction}: ${rows.map((row, index) => `${row.period} ${percent(all[index]!)}`).join(', ')}`, rows.map((row) => shortPeriod(row.period)), [
          { label: words.satisfactionShare, values: all },
          { label: words.firstShare, values: first },
        ])
      : null;
    const table = html`<table>
      <thead><tr><th scope="col">${words.period}</th><th scope="col">${words.rated}</th><th scope="col">${words.satisfied}</th><th scope="col">${words.basicallySatisfied}</th><th scope="col">${words.unsatisfied}</th><th scope="col">${words.satisfactionShare}</th><th scope="col">${words.firstShare}</th></tr></thead>
      <tbody>${rows.map((row, index) => html`<tr><th scope="row">${row.period}</th><td>${row.rated}</td><td>${row.satisfied}</td><td>${row.basicallySatisfied}</td><td>${row.unsatisfied}</td><td>${percent(all[index]!)}</td><td>${percent(first[index]!)}</td></tr>`)}</tbody>
    </table>`;
    return this.figure('satisfaction', words.satisfaction, chart, table, words, [words.satisfactionShare, words.firstShare]);
  }

  private deadlines(data: AnalyticsDashboard, words: Words) {
    const steps = data.stepTimes;
    const chart = steps.length
      ? stackedColumns(
          `${words.deadlines}: ${steps.map((row) => `${words.steps[row.step]} ${row.onTime}/${row.ended}`).join(', ')}`,
          steps.map((row) => words.steps[row.step] ?? row.step),
          [
            { label: words.onTime, values: steps.map((row) => row.onTime) },
            { label: words.late, values: steps.map((row) => row.late) },
          ],
        )
      : null;
    const table = html`<table>
      <thead><tr><th scope="col">${words.step}</th><th scope="col">${words.onTime}</th><th scope="col">${words.late}</th><th scope="col">${words.onTimeShare}</th></tr></thead>
      <tbody>${steps.map((row) => html`<tr><th scope="row">${words.steps[row.step]}</th><td>${row.onTime}</td><td>${row.late}</td><td>${row.ended ? `${((row.onTime / row.ended) * 100).toFixed(1)}%` : '—'}</td></tr>`)}</tbody>
    </table>`;
    return this.figure('deadlines', words.deadlines, chart, table, words, [words.onTime, words.late]);
  }

  private stepTimes(data: AnalyticsDashboard, words: Words) {
    const rows = data.stepTimes.filter((row) => row.averageHours !== null).map((row) => ({ label: words.steps[row.step] ?? row.step, value: row.averageHours! }));
    const chart = rows.length ? horizontalBars(`${words.stepTimes}: ${rows.map((row) => `${row.label} ${row.value.toFixed(1)}`).join(', ')}`, rows, (value) => value.toFixed(1)) : null;
    const table = html`<table>
      <thead><tr><th scope="col">${words.step}</th><th scope="col">${words.hours}</th><th scope="col">${words.ended}</th></tr></thead>
      <tbody>${data.stepTimes.map((row) => html`<tr><th scope="row">${words.steps[row.step]}</th><td>${row.averageHours === null ? '—' : row.averageHours.toFixed(1)}</td><td>${row.ended}</td></tr>`)}</tbody>
    </table>`;
    return this.figure('step-times', words.stepTimes, chart, table, words);
  }

  private categories(data: AnalyticsDashboard, words: Words) {
    const rows = data.categories.map((row) => ({ label: row.level3 ?? words.uncategorised, value: row.cases, path: row.level1 ? `${row.level1} / ${row.level2} / ${row.level3}` : words.uncategorised }));
    const chart = rows.length ? horizontalBars(`${words.categories}: ${rows.slice(0, 5).map((row) => `${row.label} ${row.value}`).join(', ')}`, rows, String) : null;
    const table = html`<table>
      <thead><tr><th scope="col">${words.category}</th><th scope="col">${words.cases}</th></tr></thead>
      <tbody>${rows.map((row) => html`<tr><th scope="row">${row.path}</th><td>${row.value}</td></tr>`)}</tbody>
    </table>`;
    return this.figure('categories', words.categories, chart, table, words);
  }

  private buildings(data: AnalyticsDashboard, words: Words) {
    const rows = data.hotSpots.buildings.map((row) => ({ label: row.name, value: row.cases, community: row.communityName }));
    const chart = rows.length ? horizontalBars(`${words.buildings}: ${rows.slice(0, 5).map((row) => `${row.label} ${row.value}`).join(', ')}`, rows, String) : null;
    const table = html`<table>
      <thead><tr><th scope="col">${words.building}</th><th scope="col">${words.community}</th><th scope="col">${words.cases}</th></tr></thead>
      <tbody>${rows.map((row) => html`<tr><th scope="row">${row.label}</th><td>${row.community}</td><td>${row.value}</td></tr>`)}</tbody>
    </table>`;
    return this.figure('buildings', words.buildings, chart, table, words);
  }

  /** A heat table: it is its own accessible form, so it has no separate chart. */
  private hotSpots(data: AnalyticsDashboard, words: Words) {
    const communities = data.hotSpots.communities;
    const months = [...new Set(communities.flatMap((row) => row.months.map((month) => month.month)))].sort();
    const max = Math.max(0, ...communities.flatMap((row) => row.months.map((month) => month.cases)));
    return html`<figure aria-labelledby="hot-spots-title" class="wide">
      <figcaption id="hot-spots-title">${words.hotSpots}</figcaption>
      ${communities.length
        ? html`<div class="scroll" tabindex="0" role="region" aria-labelledby="hot-spots-title"><table class="heat">
            <thead><tr><th scope="col">${words.community}</th>${months.map((month) => html`<th scope="col">${month}</th>`)}<th scope="col">${words.total}</th></tr></thead>
            <tbody>${communities.map((row) => html`<tr><th scope="row">${row.name}</th>${months.map((month) => {
              const cases = row.months.find((entry) => entry.month === month)?.cases ?? 0;
              return html`<td style=${heat(cases, max)}>${cases}</td>`;
            })}<td>${row.total}</td></tr>`)}</tbody>
          </table></div>`
        : html`<p class="muted">${words.empty}</p>`}
    </figure>`;
  }
}

/** `2026-03-01` as `03-01` for daily charts, `2026-03` for monthly ones. */
const shortPeriod = (period: string) => (period.endsWith('-01') && period.length === 10 ? period.slice(0, 7) : period.slice(5));
