import { expect } from '@esm-bundle/chai';
import { sendKeys } from '@web/test-runner-commands';
import jsQR from 'jsqr';
import { html } from 'lit';
import type { HyDownloadEvent } from '../events/download-event.js';
import type { HyErrorEvent } from '../events/error-event.js';
import { define } from '../internal/define.js';
import { rasterizeSvg } from '../internal/svg-raster.js';
import { expectNoAxeViolations } from '../test/accessibility.js';
import { fixture, removeFixtures, settled } from '../test/fixture.js';
import './define.js';
import { HyQrCode } from './qr-code.js';
import { quietZone } from './qr-matrix.js';

const trackingUrl = 'https://huying.example.gov.cn/track/HY-2024-000123';

function part(element: HyQrCode, name: string): HTMLElement | null {
  return element.shadowRoot!.querySelector(`[part~="${name}"]`);
}

function codeSvg(element: HyQrCode): SVGSVGElement {
  const svg = part(element, 'code');
  if (!(svg instanceof SVGSVGElement)) throw new Error('No QR code is rendered.');
  return svg;
}

function decodeCanvas(canvas: HTMLCanvasElement): string | undefined {
  const pixels = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
  return jsQR(pixels.data, pixels.width, pixels.height)?.data;
}

async function decodeRendered(element: HyQrCode): Promise<string | undefined> {
  const svg = codeSvg(element);
  const modulesPerSide = svg.viewBox.baseVal.width;
  return decodeCanvas(await rasterizeSvg(svg, modulesPerSide * 6));
}

async function decodePng(blob: Blob): Promise<string | undefined> {
  const bitmap = await createImageBitmap(blob);
  const canvas = document.createElement('canvas');
  canvas.width = bitmap.width;
  canvas.height = bitmap.height;
  canvas.getContext('2d')!.drawImage(bitmap, 0, 0);
  return decodeCanvas(canvas);
}

function buttonLabels(element: HyQrCode): string[] {
  return [...element.shadowRoot!.querySelectorAll('button')].map((button) => button.textContent!.trim());
}

describe('<hy-qr-code>', () => {
  afterEach(removeFixtures);

  describe('accessibility', () => {
    for (const lang of ['zh-CN', 'en']) {
      it(`has no axe violations in ${lang}`, async () => {
        const element = await fixture<HyQrCode>(
          html`<main lang=${lang}><hy-qr-code value=${trackingUrl} label="3号楼报事二维码"></hy-qr-code></main>`,
        );
        await expectNoAxeViolations(element);
      });
    }

    it('has no axe violations when showing the empty-value message', async () => {
      const element = await fixture<HyQrCode>(html`<hy-qr-code lang="en"></hy-qr-code>`);
      await expectNoAxeViolations(element);
    });

    it('names the code for assistive technology, from label or from the value', async () => {
      const labelled = await fixture<HyQrCode>(html`<hy-qr-code value=${trackingUrl} label="3号楼报事二维码"></hy-qr-code>`);
      expect(codeSvg(labelled).getAttribute('role')).to.equal('img');
      expect(codeSvg(labelled).getAttribute('aria-label')).to.equal('3号楼报事二维码');

      const unlabelled = await fixture<HyQrCode>(html`<hy-qr-code lang="en" value="HY-42"></hy-qr-code>`);
      expect(codeSvg(unlabelled).getAttribute('aria-label')).to.equal('QR code: HY-42');
    });

    it('reaches every button by keyboard and shows a focus ring there', async () => {
      const element = await fixture<HyQrCode>(html`<hy-qr-code value=${trackingUrl}></hy-qr-code>`);
      const buttons = [...element.shadowRoot!.querySelectorAll('button')];
      expect(buttons).to.have.length(3);
      for (const button of buttons) {
        await sendKeys({ press: 'Tab' });
        expect(element.shadowRoot!.activeElement).to.equal(button);
        const style = getComputedStyle(button);
        expect(style.outlineStyle).to.equal('solid');
        expect(style.outlineWidth).to.equal('3px');
      }
    });
  });

  describe('encoding', () => {
    const values = [
      trackingUrl,
      '3号楼东单元门口路灯不亮，晚上看不清台阶',
      'HY-2024-000123',
      'https://huying.example.gov.cn/report?building=B-0042&channel=qr&lang=zh-CN#form',
    ];
    for (const value of values) {
      it(`renders SVG that decodes back to ${JSON.stringify(value)}`, async () => {
        const element = await fixture<HyQrCode>(html`<hy-qr-code value=${value}></hy-qr-code>`);
        expect(await decodeRendered(element)).to.equal(value);
      });
    }

    for (const level of ['L', 'M', 'Q', 'H'] as const) {
      it(`decodes at error correction level ${level}`, async () => {
        const element = await fixture<HyQrCode>(html`<hy-qr-code value=${trackingUrl} error-correction=${level}></hy-qr-code>`);
        expect(await decodeRendered(element)).to.equal(trackingUrl);
      });
    }

    it('needs more modules at a higher error correction level', async () => {
      const low = await fixture<HyQrCode>(html`<hy-qr-code value=${trackingUrl} error-correction="L"></hy-qr-code>`);
      const high = await fixture<HyQrCode>(html`<hy-qr-code value=${trackingUrl} error-correction="H"></hy-qr-code>`);
      expect(codeSvg(high).viewBox.baseVal.width).to.be.greaterThan(codeSvg(low).viewBox.baseVal.width);
    });

    it('keeps a four-module quiet zone around the symbol', async () => {
      const element = await fixture<HyQrCode>(html`<hy-qr-code value="HY-42"></hy-qr-code>`);
      const svg = codeSvg(element);
      // Version 1 is 21 modules wide.
      expect(svg.viewBox.baseVal.width).to.equal(21 + 2 * quietZone);
      const dark = svg.querySelector('path')!.getBBox();
      expect([dark.x, dark.y, dark.width, dark.height]).to.deep.equal([quietZone, quietZone, 21, 21]);
    });

    it('renders at the requested size and re-encodes when the value changes', async () => {
      const element = await fixture<HyQrCode>(html`<hy-qr-code value="first" size="320"></hy-qr-code>`);
      expect(codeSvg(element).getBoundingClientRect().width).to.equal(320);
      element.value = trackingUrl;
      await element.updateComplete;
      expect(await decodeRendered(element)).to.equal(trackingUrl);
    });

    it('exports a PNG that decodes and an SVG file with the themed colours', async () => {
      const element = await fixture<HyQrCode>(
        html`<hy-qr-code value=${trackingUrl} style="--hy-qr-code-color-dark: #1a237e"></hy-qr-code>`,
      );
      expect(await decodePng(await element.toBlob('png'))).to.equal(trackingUrl);

      const svgFile = await (await element.toBlob('svg')).text();
      expect(svgFile).to.match(/^<\?xml/);
      expect(svgFile).to.contain('xmlns="http://www.w3.org/2000/svg"');
      expect(svgFile).to.contain('fill="rgb(26, 35, 126)"');
      expect(svgFile).not.to.contain('part=');
    });
  });

  describe('a building’s sign token', () => {
    it('encodes the building’s scan page on the platform, named for what it is', async () => {
      const element = await fixture<HyQrCode>(html`<hy-qr-code lang="en" building-token="AQGp3hx-X0sQ9vV4Zw" api-base="https://huying.example.gov.cn/"></hy-qr-code>`);
      expect(await decodeRendered(element)).to.equal('https://huying.example.gov.cn/s/AQGp3hx-X0sQ9vV4Zw');
      expect(codeSvg(element).getAttribute('aria-label')).to.equal('QR code to report a problem at this building');
      await expectNoAxeViolations(element);
    });

    it('uses the page’s own origin without api-base, and lets value win', async () => {
      const element = await fixture<HyQrCode>(html`<hy-qr-code building-token="abc"></hy-qr-code>`);
      expect(await decodeRendered(element)).to.equal(`${location.origin}/s/abc`);
      element.value = 'HY-42';
      await element.updateComplete;
      expect(await decodeRendered(element)).to.equal('HY-42');
    });
  });

  describe('messages instead of a code', () => {
    it('explains an empty value instead of drawing a code', async () => {
      const element = await fixture<HyQrCode>(html`<hy-qr-code lang="en"></hy-qr-code>`);
      expect(part(element, 'code')).to.equal(null);
      expect(part(element, 'message')!.textContent).to.equal('There is no content to turn into a QR code.');
    });

    it('explains a value too long for any QR code, and reports it as hy-error', async () => {
      const errors: HyErrorEvent[] = [];
      const container = await fixture(html`<div @hy-error=${(event: HyErrorEvent) => errors.push(event)}></div>`);
      const element = document.createElement('hy-qr-code');
      element.lang = 'zh-CN';
      element.value = '有'.repeat(3000);
      container.append(element);
      await element.updateComplete;

      expect(part(element, 'code')).to.equal(null);
      expect(part(element, 'message')!.textContent).to.contain('内容过长（3000 个字符）');
      expect(errors).to.have.length(1);
      expect(errors[0]!.detail.code).to.equal('value-too-long');
    });

    it('treats a null value as empty and a nonsense size as the default', async () => {
      const element = await fixture<HyQrCode>(html`<hy-qr-code lang="en" size="large" value="HY-42"></hy-qr-code>`);
      expect(codeSvg(element).getAttribute('width')).to.equal('200');
      (element as { value: unknown }).value = null;
      await element.updateComplete;
      expect(part(element, 'message')!.textContent).to.equal('There is no content to turn into a QR code.');
    });

    it('rejects toBlob() without a code, and does not throw on download', async () => {
      const element = await fixture<HyQrCode>(html`<hy-qr-code></hy-qr-code>`);
      const errors: HyErrorEvent[] = [];
      element.addEventListener('hy-error', (event) => errors.push(event));
      let rejection: unknown;
      await element.toBlob('png').catch((error: unknown) => (rejection = error));
      expect(rejection).to.be.instanceOf(Error);

      element.download('svg');
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(errors.map((event) => event.detail.code)).to.deep.equal(['export-failed']);
    });
  });

  describe('language', () => {
    it('follows the nearest ancestor lang as it changes', async () => {
      const section = await fixture(html`<section lang="en"><div><hy-qr-code value="HY-42"></hy-qr-code></div></section>`);
      const element = section.querySelector('hy-qr-code')!;
      expect(buttonLabels(element)).to.deep.equal(['Download SVG', 'Download PNG', 'Print']);

      section.lang = 'zh-CN';
      await settled(section);
      expect(buttonLabels(element)).to.deep.equal(['下载 SVG', '下载 PNG', '打印']);

      section.removeAttribute('lang');
      document.documentElement.lang = 'en-GB';
      try {
        await settled(section);
        expect(buttonLabels(element)).to.deep.equal(['Download SVG', 'Download PNG', 'Print']);
      } finally {
        document.documentElement.removeAttribute('lang');
      }
    });

    it('prefers its own lang over an ancestor’s', async () => {
      const section = await fixture(html`<section lang="en"><hy-qr-code lang="zh" value="HY-42"></hy-qr-code></section>`);
      const element = section.querySelector('hy-qr-code')!;
      expect(buttonLabels(element)[0]).to.equal('下载 SVG');

      element.lang = 'en-US';
      await settled(section);
      expect(buttonLabels(element)[0]).to.equal('Download SVG');
    });

    it('finds the lang of a shadow host above it', async () => {
      const outer = await fixture(html`<div lang="en"></div>`);
      const shadow = outer.attachShadow({ mode: 'open' });
      const element = document.createElement('hy-qr-code');
      element.value = 'HY-42';
      shadow.append(element);
      await element.updateComplete;
      expect(buttonLabels(element)[0]).to.equal('Download SVG');

      outer.lang = 'zh-CN';
      await settled(outer);
      await element.updateComplete;
      expect(buttonLabels(element)[0]).to.equal('下载 SVG');
    });
  });

  describe('actions', () => {
    for (const [format, name] of [
      ['svg', 'download-svg-button'],
      ['png', 'download-png-button'],
    ] as const) {
      it(`sends hy-download with format ${format} when its button is pressed with the keyboard`, async () => {
        const element = await fixture<HyQrCode>(html`<hy-qr-code value=${trackingUrl}></hy-qr-code>`);
        const downloads: HyDownloadEvent[] = [];
        // Cancelled so the test browser does not write files.
        document.addEventListener('hy-download', (event) => (downloads.push(event), event.preventDefault()), { once: true });
        part(element, name)!.focus();
        await sendKeys({ press: 'Enter' });
        expect(downloads.map((event) => event.detail)).to.deep.equal([{ format }]);
        expect(downloads[0]!.composed && downloads[0]!.bubbles && downloads[0]!.cancelable).to.equal(true);
      });
    }

    it('prints the code alone, with its label, in a frame it removes afterwards', async () => {
      const element = await fixture<HyQrCode>(html`<hy-qr-code lang="en" value=${trackingUrl} label="Building 3"></hy-qr-code>`);
      const errors: HyErrorEvent[] = [];
      element.addEventListener('hy-error', (event) => errors.push(event));
      const printed: Document[] = [];
      // Headless Chromium's print() never returns, so the frame's print is replaced by one that
      // records the page and finishes the way a closed print dialog does.
      const contentWindow = Object.getOwnPropertyDescriptor(HTMLIFrameElement.prototype, 'contentWindow')!;
      Object.defineProperty(HTMLIFrameElement.prototype, 'contentWindow', {
        configurable: true,
        get(this: HTMLIFrameElement) {
          const frameWindow = contentWindow.get!.call(this) as Window | null;
          if (frameWindow) {
            frameWindow.print = () => {
              printed.push(frameWindow.document.cloneNode(true) as Document);
              frameWindow.dispatchEvent(new Event('afterprint'));
            };
          }
          return frameWindow;
        },
      });
      try {
        part(element, 'print-button')!.click();
      } finally {
        Object.defineProperty(HTMLIFrameElement.prototype, 'contentWindow', contentWindow);
      }

      expect(errors).to.deep.equal([]);
      expect(printed).to.have.length(1);
      const page = printed[0]!;
      expect(page.documentElement.lang).to.equal('en');
      expect(page.title).to.equal('Building 3');
      expect(page.querySelector('figcaption')!.textContent).to.equal('Building 3');
      expect(page.querySelector('svg path')!.getAttribute('d')).to.equal(codeSvg(element).querySelector('path')!.getAttribute('d'));
      expect(page.body.children).to.have.length(1);
      expect(document.querySelector('iframe')).to.equal(null);
    });
  });

  describe('registration', () => {
    it('does not throw when the tag is defined again, by the same or another class', () => {
      expect(() => define('hy-qr-code', HyQrCode)).not.to.throw();
      expect(() => define('hy-qr-code', class extends HyQrCode {})).not.to.throw();
      expect(customElements.get('hy-qr-code')).to.equal(HyQrCode);
    });
  });
});
