/**
 * Small hand-made SVG charts. Each is a picture for sighted readers (`role="img"` with a summary
 * as its name) beside a table with the same numbers, which is what screen readers and keyboard
 * users read; so a chart never carries information the table does not.
 */
import { html, svg, type TemplateResult } from 'lit';

/** A palette whose colours keep 3:1 contrast against white (WCAG 1.4.11 for graphics). */
export const palette = ['#1d4e89', '#b3261e', '#2e7d32', '#8e4585', '#a35200', '#00695c', '#5d4037'];

export interface Series {
  label: string;
  values: number[];
}

const width = 640;
const height = 220;
const pad = { left: 44, right: 12, top: 12, bottom: 28 };

const niceMax = (value: number) => {
  if (value <= 0) return 1;
  const magnitude = 10 ** Math.floor(Math.log10(value));
  return Math.ceil(value / magnitude) * magnitude;
};

function axis(max: number, format: (value: number) => string) {
  const ticks = [0, 0.5, 1].map((share) => share * max);
  const innerHeight = height - pad.top - pad.bottom;
  return ticks.map((tick) => {
    const y = pad.top + innerHeight - (tick / max) * innerHeight;
    return svg`<line x1=${pad.left} x2=${width - pad.right} y1=${y} y2=${y} stroke="#d0d0d0"></line>
      <text x=${pad.left - 6} y=${y + 4} text-anchor="end" font-size="11" fill="#444">${format(tick)}</text>`;
  });
}

/** Stacked columns: one per category along x, one colour per series. */
export function stackedColumns(name: string, categories: string[], series: Series[]): TemplateResult {
  const totals = categories.map((_, index) => series.reduce((sum, each) => sum + (each.values[index] ?? 0), 0));
  const max = niceMax(Math.max(0, ...totals));
  const innerWidth = width - pad.left - pad.right;
  const innerHeight = height - pad.top - pad.bottom;
  const step = innerWidth / Math.max(1, categories.length);
  const barWidth = Math.max(1, step * 0.7);
  const labelEvery = Math.ceil(categories.length / 8);
  const bars = categories.flatMap((category, index) => {
    let base = 0;
    const x = pad.left + index * step + (step - barWidth) / 2;
    const parts = series.map((each, seriesIndex) => {
      const value = each.values[index] ?? 0;
      const y = pad.top + innerHeight - ((base + value) / max) * innerHeight;
      const barHeight = (value / max) * innerHeight;
      base += value;
      return value > 0 ? svg`<rect x=${x} y=${y} width=${barWidth} height=${barHeight} fill=${palette[seriesIndex % palette.length]}></rect>` : svg``;
    });
    const label = index % labelEvery === 0 ? svg`<text x=${x + barWidth / 2} y=${height - 10} text-anchor="middle" font-size="11" fill="#444">${category}</text>` : svg``;
    return [...parts, label];
  });
  return html`<svg part="chart" viewBox="0 0 ${width} ${height}" role="img" aria-label=${name} preserveAspectRatio="xMidYMid meet">
    ${axis(max, (value) => String(Math.round(value)))}${bars}
  </svg>`;
}

/** Lines of shares (0–1) over periods; a gap where a value is null. */
export function shareLines(name: string, categories: string[], series: { label: string; values: (number | null)[] }[]): TemplateResult {
  const innerWidth = width - pad.left - pad.right;
  const innerHeight = height - pad.top - pad.bottom;
  const step = categories.length > 1 ? innerWidth / (categories.length - 1) : 0;
  const x = (index: number) => pad.left + (categories.length > 1 ? index * step : innerWidth / 2);
  const y = (value: number) => pad.top + innerHeight - value * innerHeight;
  const lines = series.map((each, seriesIndex) => {
    const colour = palette[seriesIndex % palette.length];
    const points = each.values.map((value, index) => (value === null ? null : ([x(index), y(value)] as const)));
    const path = points.reduce((text, point, index) => (point ? `${text}${text && points[index - 1] ? 'L' : 'M'}${point[0]},${point[1]}` : text), '');
    return svg`<path d=${path} fill="none" stroke=${colour} stroke-width="2"></path>
      ${points.map((point) => (point ? svg`<circle cx=${point[0]} cy=${point[1]} r="3" fill=${colour}></circle>` : svg``))}`;
  });
  const labelEvery = Math.ceil(categories.length / 8);
  const labels = categories.map((category, index) =>
    index % labelEvery === 0 ? svg`<text x=${x(index)} y=${height - 10} text-anchor="middle" font-size="11" fill="#444">${category}</text>` : svg``,
  );
  return html`<svg part="chart" viewBox="0 0 ${width} ${height}" role="img" aria-label=${name} preserveAspectRatio="xMidYMid meet">
    ${axis(1, (value) => `${Math.round(value * 100)}%`)}${lines}${labels}
  </svg>`;
}

/** Horizontal bars with their labels and values. */
export function horizontalBars(name: string, rows: { label: string; value: number }[], format: (value: number) => string): TemplateResult {
  const rowHeight = 22;
  const labelWidth = 190;
  const chartHeight = Math.max(rowHeight, rows.length * rowHeight) + 8;
  const max = niceMax(Math.max(0, ...rows.map((row) => row.value)));
  const barSpace = width - labelWidth - 70;
  return html`<svg part="chart" viewBox="0 0 ${width} ${chartHeight}" role="img" aria-label=${name} preserveAspectRatio="xMidYMid meet">
    ${rows.map((row, index) => {
      const y = 4 + index * rowHeight;
      const barWidth = (row.value / max) * barSpace;
      return svg`<text x=${labelWidth - 6} y=${y + 15} text-anchor="end" font-size="12" fill="#1f1f1f">${row.label.length > 16 ? `${row.label.slice(0, 15)}…` : row.label}</text>
        <rect x=${labelWidth} y=${y + 3} width=${Math.max(1, barWidth)} height=${rowHeight - 8} fill=${palette[0]}></rect>
        <text x=${labelWidth + barWidth + 6} y=${y + 15} font-size="12" fill="#1f1f1f">${format(row.value)}</text>`;
    })}
  </svg>`;
}

/** A background for a heat-table cell: stronger for more, never darker than 64 % lightness, where #1f1f1f text keeps 5.1:1. */
export function heat(value: number, max: number): string {
  const share = max > 0 ? value / max : 0;
  return `background: hsl(4 70% ${Math.round(97 - share * 33)}%); color: #1f1f1f`;
}
