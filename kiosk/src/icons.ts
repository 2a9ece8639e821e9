import { svg, type SVGTemplateResult } from 'lit';

/**
 * Pictures for the category tiles, so that a visitor who reads slowly finds the kind of problem
 * by sight. Each is matched by words in the taxonomy's group names; anything else gets the
 * spanner. Drawn as strokes on a 24-unit grid, in the tile's text colour.
 */
const icons: { words: readonly string[]; drawing: SVGTemplateResult }[] = [
  { words: ['水', '排水', '供水'], drawing: svg`<path d="M12 3c3.5 4.5 6 8 6 11a6 6 0 0 1-12 0c0-3 2.5-6.5 6-11z"/>` },
  { words: ['电', '能源', '燃气', '供热', '暖'], drawing: svg`<path d="M13 2 5 14h6l-1 8 8-12h-6z"/>` },
  { words: ['交通', '道路', '公路', '车', '出行'], drawing: svg`<path d="M8 3 5 21M16 3l3 18M12 5v3M12 11v3M12 17v3"/>` },
  { words: ['环境', '生态', '绿化', '卫生', '垃圾', '污染', '农'], drawing: svg`<path d="M12 21v-7M12 14c-4 0-7-3-7-8 4 0 7 2 7 6 0-4 3-7 7-7 0 5-3 9-7 9z"/>` },
  { words: ['安全', '治安', '公安', '消防', '应急'], drawing: svg`<path d="M12 3 4 6v6c0 5 3.5 8 8 9 4.5-1 8-4 8-9V6z"/>` },
  { words: ['社会', '保障', '民政', '医疗', '卫健', '教育', '劳动', '就业', '养老', '人力'], drawing: svg`<circle cx="9" cy="8" r="3"/><circle cx="17" cy="9" r="2.5"/><path d="M3 20c0-4 3-6 6-6s6 2 6 6M15 14c3 0 6 1.5 6 5"/>` },
  { words: ['住房', '物业', '房', '建设', '城乡', '小区'], drawing: svg`<path d="M3 11 12 4l9 7M5 10v10h14V10M10 20v-6h4v6"/>` },
];

const spanner = svg`<path d="M14.5 5.5a4 4 0 0 0 5 5l-9 9a2.1 2.1 0 0 1-3-3l9-9a4 4 0 0 0-2-2z"/>`;

export function categoryIcon(name: string) {
  const drawing = icons.find((icon) => icon.words.some((word) => name.includes(word)))?.drawing ?? spanner;
  return svg`<svg class="icon" viewBox="0 0 24 24" aria-hidden="true" fill="none" stroke="currentColor" stroke-width="1.8" stroke-linecap="round" stroke-linejoin="round">${drawing}</svg>`;
}
