import { html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { HyDownloadEvent, type DownloadFormat } from '../events/download-event.js';
import { HuyingElement } from '../internal/huying-element.js';
import { printAlone } from '../internal/print-alone.js';
import { saveFile } from '../internal/save-file.js';
import { buttonStyles, hostStyles } from '../internal/shared.styles.js';
import { canvasToPng, rasterizeSvg, svgDocument } from '../internal/svg-raster.js';
import { encodeQr, isErrorCorrectionLevel, quietZone, type ErrorCorrectionLevel, type QrSymbol } from './qr-matrix.js';
import { defaultDarkColor, defaultLightColor, qrCodeStyles } from './qr-code.styles.js';
import { qrCodeTranslations } from './qr-code.translations.js';

type Encoding =
  | { readonly state: 'ready'; readonly symbol: QrSymbol }
  | { readonly state: 'empty' }
  | { readonly state: 'too-long'; readonly characters: number };

// Whole pixels per module keep exported PNG edges hard; 8 is legible from a printed A6 sign.
const minPixelsPerModule = 8;
const defaultSize = 200;

/**
 * The code is drawn as inline SVG with a four-module quiet zone, so it stays sharp at any
 * size. An empty value, or one too long for any QR version at the chosen error correction
 * level, shows a message in place of the code.
 *
 * The element speaks the language of its own `lang` attribute or the nearest ancestor's
 * (zh-CN and en; Chinese otherwise).
 *
 * @summary Shows a value (usually a link), or a building's sign token, as a QR code, with buttons
 * to download it as SVG or PNG and to print it on its own.
 *
 * @event {HyDownloadEvent} hy-download - Before a file is saved; `detail.format` is `svg` or
 * `png`. Cancel it to handle the download yourself (e.g. with `toBlob()`).
 * @event {HyErrorEvent} hy-error - A failure the element caught. `detail.code` is
 * `value-too-long`, `export-failed`, `print-failed` or `render-failed`.
 *
 * @csspart base - The wrapper around the code and its buttons.
 * @csspart code - The `<svg>` of the code.
 * @csspart actions - The group of buttons.
 * @csspart button - Each button.
 * @csspart download-svg-button - The button that downloads SVG.
 * @csspart download-png-button - The button that downloads PNG.
 * @csspart print-button - The button that prints the code.
 * @csspart message - The message shown instead of the code for an empty or too-long value.
 *
 * @cssproperty --hy-qr-code-color-dark - The dark modules (default black). Keep strong
 * contrast with the light colour, or phones will not read the code.
 * @cssproperty --hy-qr-code-color-light - The background and quiet zone (default white).
 * @cssproperty --hy-color-primary - Button text and border.
 * @cssproperty --hy-color-on-primary - Button text on hover.
 * @cssproperty --hy-color-surface - Button background.
 * @cssproperty --hy-color-text-muted - The empty-value message.
 * @cssproperty --hy-color-danger - The too-long message.
 * @cssproperty --hy-color-border - The empty-value message's border.
 * @cssproperty --hy-radius - Corner radius of buttons and the message.
 * @cssproperty --hy-spacing - Gaps between the code and the buttons.
 * @cssproperty --hy-font-family - Text font.
 * @cssproperty --hy-font-size-base - Button text size.
 * @cssproperty --hy-font-size-small - Message text size.
 * @cssproperty --hy-focus-ring-color - Focus outline colour.
 * @cssproperty --hy-focus-ring-width - Focus outline width.
 * @cssproperty --hy-focus-ring-offset - Gap between a button and its focus outline.
 * @cssproperty --hy-touch-target - Minimum button height and width.
 */
export class HyQrCode extends HuyingElement {
  static override styles = [hostStyles, buttonStyles, qrCodeStyles];

  /** The text to encode, usually a URL. */
  @property() value = '';

  /**
   * A building's QR sign token: without `value`, the code then opens that building's scan page
   * on the platform (`<api-base>/s/<token>`), as the printed sign does.
   */
  @property({ attribute: 'building-token' }) buildingToken = '';

  /** The platform's address for `building-token`; the page's own origin if empty. */
  @property({ attribute: 'api-base' }) apiBase = '';

  /** The accessible name of the code, e.g. "3号楼报事二维码". Defaults to "QR code: <value>". */
  @property() label = '';

  /** Width and height of the code on screen, in CSS pixels. */
  @property({ type: Number }) size = defaultSize;

  /**
   * How much of the code may be damaged or covered and still read: L 7 %, M 15 %, Q 25 %,
   * H 30 %. Higher levels hold less text. Unknown values fall back to M.
   */
  @property({ attribute: 'error-correction' }) errorCorrection: ErrorCorrectionLevel = 'M';

  /** The file name for downloads, without extension. */
  @property() filename = 'qr-code';

  /** Whether to show the download and print buttons. */
  @property({ type: Boolean, attribute: 'hide-actions' }) hideActions = false;

  @state() private encoding: Encoding = { state: 'empty' };

  @query('svg[part~="code"]') private codeSvg!: SVGSVGElement | null;

  /**
   * The code as a file, without saving it: `svg` is the vector image, `png` a raster of at
   * least eight pixels per module. Rejects when there is no code to export.
   */
  async toBlob(format: DownloadFormat): Promise<Blob> {
    await this.updateComplete;
    const { svg, modulesPerSide } = this.exportable();
    if (format === 'svg') return new Blob([svgDocument(svg)], { type: 'image/svg+xml' });
    const pixelsPerModule = Math.max(minPixelsPerModule, Math.ceil(this.renderedSize() / modulesPerSide));
    return canvasToPng(await rasterizeSvg(svg, modulesPerSide * pixelsPerModule));
  }

  /** Saves the code as a file, after a cancelable `hy-download` event. */
  download(format: DownloadFormat): void {
    this.guard('export-failed', async () => {
      if (!this.dispatchEvent(new HyDownloadEvent({ format }))) return;
      saveFile(await this.toBlob(format), `${this.filename}.${format}`);
    });
  }

  /** Prints the code alone on a page, with its label below it. */
  print(): void {
    this.guard('print-failed', () => {
      const figure = document.createElement('figure');
      const caption = document.createElement('figcaption');
      caption.textContent = this.accessibleName();
      figure.append(this.exportable().svg, caption);
      printAlone(figure, {
        title: this.accessibleName(),
        lang: this.locale,
        css: `
          figure { margin: 0; text-align: center; }
          svg { display: block; width: 70mm; height: 70mm; margin: 0 auto 5mm; }
          figcaption { font-size: 14pt; }
        `,
      });
    });
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('value') || changed.has('errorCorrection') || changed.has('buildingToken') || changed.has('apiBase')) this.encode();
  }

  protected override render() {
    const terms = this.localize(qrCodeTranslations);
    if (this.encoding.state === 'empty') {
      return html`<p part="message" role="status">${terms.empty}</p>`;
    }
    if (this.encoding.state === 'too-long') {
      return html`<p part="message" class="too-long" role="status">${terms.tooLong(this.encoding.characters)}</p>`;
    }
    const { size: modules, darkPath } = this.encoding.symbol;
    const side = modules + 2 * quietZone;
    return html`
      <div part="base">
        <svg
          part="code"
          role="img"
          aria-label=${this.accessibleName()}
          viewBox="0 0 ${side} ${side}"
          width=${this.renderedSize()}
          height=${this.renderedSize()}
          shape-rendering="crispEdges"
        >
          <rect class="light" fill=${defaultLightColor} width=${side} height=${side}></rect>
          <path class="dark" fill=${defaultDarkColor} d=${darkPath}></path>
        </svg>
        ${this.hideActions
          ? nothing
          : html`
              <div part="actions" role="group" aria-label=${terms.actions}>
                <button part="button download-svg-button" class="button" type="button" @click=${() => this.download('svg')}>
                  ${terms.downloadSvg}
                </button>
                <button part="button download-png-button" class="button" type="button" @click=${() => this.download('png')}>
                  ${terms.downloadPng}
                </button>
                <button part="button print-button" class="button" type="button" @click=${() => this.print()}>
                  ${terms.print}
                </button>
              </div>
            `}
      </div>
    `;
  }

  private encode(): void {
    // Scripts can assign null or a number to `value`; neither may break the element.
    const text = this.encodedText();
    if (text === '') {
      this.encoding = { state: 'empty' };
      return;
    }
    const level = isErrorCorrectionLevel(this.errorCorrection) ? this.errorCorrection : 'M';
    try {
      this.encoding = { state: 'ready', symbol: encodeQr(text, level) };
    } catch (error) {
      // For non-empty text at a valid level, running out of capacity is the encoder's only failure.
      this.encoding = { state: 'too-long', characters: text.length };
      this.reportError('value-too-long', error);
    }
  }

  private renderedSize(): number {
    return Number.isFinite(this.size) && this.size > 0 ? this.size : defaultSize;
  }

  /** What the code holds: `value`, else the scan page of `building-token`. */
  private encodedText(): string {
    const value = this.value == null ? '' : String(this.value);
    const token = this.buildingToken == null ? '' : String(this.buildingToken).trim();
    if (value || !token) return value;
    const base = (this.apiBase || globalThis.location?.origin || '').replace(/\/+$/, '');
    return `${base}/s/${encodeURIComponent(token)}`;
  }

  private accessibleName(): string {
    const terms = this.localize(qrCodeTranslations);
    if (this.label) return this.label;
    return !this.value && this.buildingToken ? terms.buildingLabel : terms.defaultLabel(this.encodedText());
  }

  /**
   * A copy of the rendered code that stands on its own: colours resolved from the theme
   * (a file has no access to our custom properties) and a title for viewers that show one.
   */
  private exportable(): { svg: SVGSVGElement; modulesPerSide: number } {
    const live = this.codeSvg;
    if (this.encoding.state !== 'ready' || !live) {
      throw new Error(`There is no QR code to export: the value is ${this.encoding.state === 'ready' ? 'not rendered yet' : this.encoding.state}.`);
    }
    const copy = live.cloneNode(true) as SVGSVGElement;
    for (const shape of ['.light', '.dark']) {
      const liveShape = live.querySelector(shape);
      const copiedShape = copy.querySelector(shape);
      if (liveShape && copiedShape) copiedShape.setAttribute('fill', getComputedStyle(liveShape).fill);
    }
    for (const attribute of ['part', 'role', 'aria-label']) copy.removeAttribute(attribute);
    const title = document.createElementNS('http://www.w3.org/2000/svg', 'title');
    title.textContent = this.accessibleName();
    copy.prepend(title);
    return { svg: copy, modulesPerSide: this.encoding.symbol.size + 2 * quietZone };
  }
}
