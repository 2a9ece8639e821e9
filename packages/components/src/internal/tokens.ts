import { unsafeCSS, type CSSResult } from 'lit';

/**
 * Reads a public design token with its default. Custom properties inherit, so a host page
 * themes every element by setting `--hy-*` on any ancestor; the default lives only here, in
 * the `var()` fallback, because declaring the token on `:host` would shadow the page's value.
 */
export function designToken(name: string, fallback: string): CSSResult {
  return unsafeCSS(`var(--hy-${name}, ${fallback})`);
}

export const tokens = {
  colorPrimary: designToken('color-primary', '#b3261e'),
  colorOnPrimary: designToken('color-on-primary', '#ffffff'),
  colorText: designToken('color-text', '#1f1f1f'),
  colorTextMuted: designToken('color-text-muted', '#595959'),
  colorSurface: designToken('color-surface', '#ffffff'),
  colorBorder: designToken('color-border', '#8c8c8c'),
  colorDanger: designToken('color-danger', '#a8071a'),
  radius: designToken('radius', '6px'),
  spacing: designToken('spacing', '0.75rem'),
  fontFamily: designToken(
    'font-family',
    'system-ui, -apple-system, "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif',
  ),
  fontSizeBase: designToken('font-size-base', '1rem'),
  fontSizeSmall: designToken('font-size-small', '0.875rem'),
  // Blue rather than the primary red, so the ring stays visible on a primary button.
  focusRingColor: designToken('focus-ring-color', '#0b57d0'),
  focusRingWidth: designToken('focus-ring-width', '3px'),
  focusRingOffset: designToken('focus-ring-offset', '2px'),
  // Touch screens in service halls are used standing, often with gloves: WCAG's 44px target.
  touchTarget: designToken('touch-target', '44px'),
} as const;
