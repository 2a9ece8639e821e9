import { expect } from '@esm-bundle/chai';
import { HuyingClient, type Fetch } from '@huying/sdk';
import { sendKeys } from '@web/test-runner-commands';
import { html } from 'lit';
import type { HyErrorEvent } from '../events/error-event.js';
import type { HyBeforeSubmitEvent, HyFollowEvent, HySubmitEvent } from '../events/report-events.js';
import type { HyQrCode } from '../qr-code/qr-code.js';
import { expectNoAxeViolations } from '../test/accessibility.js';
import { eventually, fileTestCase, staffClient, testApi } from '../test/api.js';
import { fixture, removeFixtures } from '../test/fixture.js';
import './define.js';
import type { HyReportForm } from './report-form.js';

const root = (element: HyReportForm) => element.shadowRoot!;
const $ = <T extends Element = HTMLElement>(element: HyReportForm, selector: string) => root(element).querySelector<T>(selector);
const part = (element: HyReportForm, name: string) => $(element, `[part~="${name}"]`);
const errorOf = (element: HyReportForm, field: string) => $(element, `#${field}-error`)!.textContent!.trim();

async function form(options: { lang?: string; token?: string; client?: HuyingClient; noSuggestions?: boolean } = {}) {
  const api = await testApi();
  return fixture<HyReportForm>(html`<hy-report-form
    lang=${options.lang ?? 'en'}
    api-base=${api.url}
    site-key=${api.siteKey}
    building-token=${options.token ?? ''}
    .client=${options.client}
    ?no-suggestions=${options.noSuggestions ?? false}
  ></hy-report-form>`);
}

async function type(element: HyReportForm, selector: string, text: string) {
  $<HTMLInputElement>(element, selector)!.focus();
  await sendKeys({ type: text });
  await element.updateComplete;
}

/** Chooses 丽景苑3号楼 through the building search, by keyboard. */
async function chooseBuilding(element: HyReportForm) {
  await type(element, '#building', '丽景');
  await eventually(() => expect(root(element).querySelectorAll('#building-listbox [role="option"]')).to.have.length(1));
  await sendKeys({ press: 'ArrowDown' });
  await element.updateComplete;
  expect($(element, '#building')!.getAttribute('aria-activedescendant')).to.equal('building-option-0');
  await sendKeys({ press: 'Enter' });
  await element.updateComplete;
  expect(part(element, 'place')!.textContent).to.contain('丽景苑3号楼');
}

async function fillValidReport(element: HyReportForm, description = 'The stair light on floor 3 has been broken for a week.') {
  await chooseBuilding(element);
  await type(element, '#description', description);
  await type(element, '#phone', '138 1234 5678');
  $<HTMLInputElement>(element, '#consent')!.click();
  await element.updateComplete;
}

function photoFile(width: number, height: number, name = 'IMG_2041.JPG'): Promise<File> {
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const context = canvas.getContext('2d')!;
  context.fillStyle = '#c63';
  context.fillRect(0, 0, width, height);
  return new Promise((resolve) => canvas.toBlob((blob) => resolve(new File([blob!], name, { type: 'image/jpeg' })), 'image/jpeg', 0.9));
}

function choosePhotos(element: HyReportForm, files: File[]) {
  const input = $<HTMLInputElement>(element, '#photo-input')!;
  const transfer = new DataTransfer();
  for (const file of files) transfer.items.add(file);
  input.files = transfer.files;
  input.dispatchEvent(new Event('change'));
}

/** A client on the real API whose fetch the test can intercept. */
async function interceptedClient(intercept: (url: string, init: RequestInit) => Promise<Response> | null) {
  const api = await testApi();
  const fetch: Fetch = (url, init) => intercept(url, init) ?? globalThis.fetch(url, init);
  return new HuyingClient({ baseUrl: api.url, siteKey: api.siteKey, fetch, maxRetries: 0 });
}

describe('<hy-report-form>', () => {
  afterEach(removeFixtures);

  describe('accessibility', () => {
    for (const lang of ['zh-CN', 'en']) {
      it(`has no axe violations empty, and with every error shown, in ${lang}`, async () => {
        const element = await form({ lang });
        await expectNoAxeViolations(element);
        part(element, 'submit-button')!.click();
        await eventually(() => expect(part(element, 'message')).to.not.equal(null));
        await expectNoAxeViolations(element);
      });
    }

    it('has no axe violations with the lists open, a photo, suggestions, and after sending', async function () {
      // Four axe runs and a whole report: more than the default ten seconds on a slow machine.
      this.timeout(40_000);
      await fileTestCase();
      const element = await form({ lang: 'zh-CN' });
      await type(element, '#category', '物业');
      await eventually(() => expect($(element, '#category-listbox')).to.not.equal(null));
      await expectNoAxeViolations(element);
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'Enter' });
      await fillValidReport(element, '楼道灯坏了好几天了，一直没人修。');
      choosePhotos(element, [await photoFile(200, 150)]);
      await eventually(() => expect(part(element, 'similar')).to.not.equal(null));
      await eventually(() => expect(part(element, 'photos')!.textContent).to.contain('已上传'));
      await expectNoAxeViolations(element);
      part(element, 'submit-button')!.click();
      await eventually(() => expect(part(element, 'receipt')).to.not.equal(null));
      await (part(element, 'qr-code') as HyQrCode).updateComplete;
      await expectNoAxeViolations(element);
    });
  });

  describe('filling it in', () => {
    it('finds categories as you type, in any of the three levels, and clears the choice', async () => {
      const element = await form();
      await type(element, '#category', '供水');
      await eventually(() => expect(root(element).querySelectorAll('#category-listbox [role="option"]')).to.have.length(1));
      expect($(element, '#category-listbox')!.textContent).to.contain('供水管网');
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'Enter' });
      await element.updateComplete;
      expect(root(element).textContent).to.contain('城乡建设 › 供水 › 供水管网');
      $<HTMLButtonElement>(element, '.chosen .link')!.click();
      await element.updateComplete;
      expect($(element, '#category')).to.not.equal(null);
      await type(element, '#category', 'zzz');
      await element.updateComplete;
      expect($(element, '#category-listbox')).to.equal(null);
    });

    it('counts the description as it is typed and checks its length', async () => {
      const element = await form();
      await type(element, '#description', 'Dark');
      expect($(element, '#description-count')!.textContent).to.equal('4/5000 characters');
      part(element, 'submit-button')!.click();
      await eventually(() => expect(errorOf(element, 'description')).to.equal('Please write at least 5 characters about the problem.'));
      expect($(element, '#description')!.getAttribute('aria-invalid')).to.equal('true');
    });

    it('refuses an invalid phone number, and needs none when anonymous', async () => {
      const element = await form();
      await type(element, '#phone', '12345');
      part(element, 'submit-button')!.click();
      await eventually(() => expect(errorOf(element, 'phone')).to.contain('valid mobile number'));
      root(element).querySelectorAll<HTMLInputElement>('input[name="contact"]')[1]!.click();
      await element.updateComplete;
      expect($(element, '#phone')).to.equal(null);
      part(element, 'submit-button')!.click();
      await element.updateComplete;
      expect($(element, '#phone-error')).to.equal(null);
    });

    it('shrinks photos on the device, uploads them, and lets them be removed by keyboard', async () => {
      const element = await form();
      choosePhotos(element, [await photoFile(3000, 2000), new File(['not a picture'], 'notes.txt', { type: 'text/plain' })]);
      await eventually(() => expect(part(element, 'photos')!.textContent).to.contain('Uploaded'));
      expect(errorOf(element, 'photos')).to.equal('"notes.txt" is not an image.');
      const preview = $<HTMLImageElement>(element, '[part~="photos"] img')!;
      await eventually(() => expect([preview.naturalWidth, preview.naturalHeight]).to.deep.equal([1920, 1280]));

      $<HTMLButtonElement>(element, '[aria-label="Remove photo 1"]')!.focus();
      await sendKeys({ press: 'Enter' });
      await element.updateComplete;
      expect(part(element, 'photos')).to.equal(null);
      expect(root(element).activeElement!.id).to.equal('add-photos');
    });

    it('stops at nine photos', async () => {
      const element = await form();
      const photo = await photoFile(20, 20);
      choosePhotos(element, Array.from({ length: 10 }, () => photo));
      await element.updateComplete;
      expect(errorOf(element, 'photos')).to.equal('You can add at most 9 photos.');
      await eventually(() => expect(root(element).querySelectorAll('[part~="photos"] li')).to.have.length(9));
      expect($<HTMLButtonElement>(element, '#add-photos')!.disabled).to.equal(true);
    });
  });

  describe('sending', () => {
    it('files the case with its photo and shows the code, the secret and a QR code of the tracking link', async () => {
      const element = await form();
      await fillValidReport(element);
      choosePhotos(element, [await photoFile(640, 480)]);
      await eventually(() => expect(part(element, 'photos')!.textContent).to.contain('Uploaded'));
      const before = new Promise<HyBeforeSubmitEvent>((resolve) => element.addEventListener('hy-before-submit', resolve, { once: true }));
      const submitted = new Promise<HySubmitEvent>((resolve) => element.addEventListener('hy-submit', resolve, { once: true }));
      part(element, 'submit-button')!.click();
      const { request } = (await before).detail;
      expect(request).to.include({ kind: 'complaint', channel: 'web', language: 'en' });
      expect(request.attachmentIds).to.have.length(1);
      const { detail } = await submitted;
      expect(detail.case.attachments).to.have.length(1);
      expect(detail.case.place.buildingName).to.equal('丽景苑3号楼');
      await element.updateComplete;
      const receipt = part(element, 'receipt')!;
      expect(receipt.textContent).to.contain(detail.trackingCode.replace(/(\d{4})(?=\d)/g, '$1-'));
      expect(receipt.textContent).to.contain(detail.secret);
      expect((part(element, 'qr-code') as HyQrCode).value).to.equal(detail.trackingUrl);
      expect(root(element).activeElement!.id).to.equal('receipt-title');

      const copy = [...receipt.querySelectorAll('button')].find((button) => button.textContent!.includes('Copy secret'))!;
      copy.click();
      await eventually(() => expect(receipt.querySelector('[role="status"]')!.textContent).to.match(/Secret copied|Could not copy/));
    });

    it('files a place that is no registered building as a typed address, sending only what shows', async () => {
      const element = await form();
      const placeButton = () => part(element, 'place')!.querySelector<HTMLButtonElement>('button.link')!;
      placeButton().click();
      await element.updateComplete;
      expect($<HTMLInputElement>(element, '#address')!.autocomplete).to.equal('street-address');
      await type(element, '#address', '滨河路与建设街交叉口东北角');
      // Back to the building search: the address box is gone, so no address is sent either.
      placeButton().click();
      await element.updateComplete;
      await type(element, '#description', 'A manhole cover at the crossing is missing.');
      await type(element, '#phone', '138 1234 5678');
      $<HTMLInputElement>(element, '#consent')!.click();
      await element.updateComplete;
      part(element, 'submit-button')!.click();
      await element.updateComplete;
      expect(errorOf(element, 'place')).to.not.equal('');
      // The address box again, with what was typed still in it.
      placeButton().click();
      await element.updateComplete;
      expect($<HTMLInputElement>(element, '#address')!.value).to.equal('滨河路与建设街交叉口东北角');
      const submitted = new Promise<HySubmitEvent>((resolve) => element.addEventListener('hy-submit', resolve, { once: true }));
      part(element, 'submit-button')!.click();
      const { detail } = await submitted;
      expect(detail.case.place).to.include({ buildingId: null, address: '滨河路与建设街交叉口东北角' });
    });

    it('files through the building’s QR sign, with the place locked', async () => {
      const api = await testApi();
      const grid = await staffClient('grid-b1-1');
      const sign = await grid.request<{ token: string }>('POST', `/api/v1/buildings/${api.buildings['liangjingyuan-3']}/signs`, { body: { reason: '测试用新标牌' } });
      const element = await form({ token: sign.token });
      await eventually(() => expect(part(element, 'place')!.textContent).to.contain('From the building’s QR sign'));
      expect($(element, '#building')).to.equal(null);
      expect(part(element, 'place')!.querySelector('button')).to.equal(null);
      await type(element, '#description', 'Water leaking from the ceiling in the hallway.');
      root(element).querySelectorAll<HTMLInputElement>('input[name="contact"]')[1]!.click();
      $<HTMLInputElement>(element, '#consent')!.click();
      await element.updateComplete;
      const submitted = new Promise<HySubmitEvent>((resolve) => element.addEventListener('hy-submit', resolve, { once: true }));
      part(element, 'submit-button')!.click();
      const { detail } = await submitted;
      expect(detail.case).to.include({ channel: 'qr' });
      expect(detail.case.place.buildingId).to.equal(api.buildings['liangjingyuan-3']);
      expect(detail.case.contact).to.equal(null);
    });

    it('says so when the sign is no longer valid, and lets the resident choose the place', async () => {
      const element = await form({ token: 'AAAAAAAAAAAAAAAAAAAAAAAA' });
      await eventually(() => expect(errorOf(element, 'place')).to.contain('no longer valid'));
      expect($(element, '#building')).to.not.equal(null);
      await expectNoAxeViolations(element);
    });

    it('sends a retry after a lost answer with the same idempotency key, filing the case once', async () => {
      const keys: string[] = [];
      let lose = true;
      const client = await interceptedClient((url, init) => {
        if (!url.endsWith('/api/v1/cases')) return null;
        keys.push(new Headers(init.headers).get('idempotency-key')!);
        return globalThis.fetch(url, init).then((response) => {
          if (lose) {
            lose = false;
            throw new TypeError('Failed to fetch');
          }
          return response;
        });
      });
      const element = await form({ client, noSuggestions: true });
      await fillValidReport(element);
      part(element, 'submit-button')!.click();
      await eventually(() => expect(part(element, 'message')!.textContent).to.contain('Cannot reach the service'));
      expect(errorOf(element, 'description')).to.equal('');
      const submitted = new Promise<HySubmitEvent>((resolve) => element.addEventListener('hy-submit', resolve, { once: true }));
      part(element, 'submit-button')!.click();
      const { detail } = await submitted;
      expect(keys).to.have.length(2);
      expect(keys[0]).to.equal(keys[1]);
      const grid = await staffClient('grid-b1-1');
      const same = (await grid.staff.cases.list({ scope: 'held' }).toArray()).filter((item) => item.trackingCode === detail.trackingCode);
      expect(same).to.have.length(1);
    });

    it('sends nothing when the host cancels hy-before-submit', async () => {
      let posted = 0;
      const client = await interceptedClient((url) => (url.endsWith('/api/v1/cases') ? (posted++, null) : null));
      const element = await form({ client, noSuggestions: true });
      await fillValidReport(element);
      element.addEventListener('hy-before-submit', (event) => event.preventDefault(), { once: true });
      part(element, 'submit-button')!.click();
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(posted).to.equal(0);
      expect(part(element, 'receipt')).to.equal(null);
    });
  });

  describe('duplicates', () => {
    it('offers the open case at the same building and follows it instead of filing another', async () => {
      const existing = await fileTestCase({ description: '3号楼楼道灯不亮，晚上很黑。' });
      const element = await form({ lang: 'zh-CN' });
      await chooseBuilding(element);
      await type(element, '#category', '物业服务');
      await eventually(() => expect($(element, '#category-listbox')).to.not.equal(null));
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'Enter' });
      await eventually(() => expect(part(element, 'similar')).to.not.equal(null));
      const item = [...part(element, 'similar')!.querySelectorAll('li')].at(0)!;
      expect(item.textContent).to.contain('物业服务 · 丽景苑3号楼');
      expect(item.textContent).to.contain('同一楼栋');
      expect(item.textContent).not.to.contain('楼道灯不亮');
      await type(element, '#phone', '13700002222');
      const followed = new Promise<HyFollowEvent>((resolve) => element.addEventListener('hy-follow', resolve, { once: true }));
      item.querySelector('button')!.click();
      const { detail } = await followed;
      expect(detail.followUrl).to.contain('/track?follow=');
      await element.updateComplete;
      expect(part(element, 'receipt')!.textContent).to.contain('已关注这个问题');
      expect((part(element, 'qr-code') as HyQrCode).value).to.equal(detail.followUrl);
      await expectNoAxeViolations(element);
      expect(existing.trackingCode).to.match(/^\d{12}$/);
    });
  });

  describe('errors from the API', () => {
    async function failing(answer: () => Promise<Response>, lang = 'en') {
      const client = await interceptedClient((url) => (url.endsWith('/api/v1/cases') ? answer() : null));
      const element = await form({ client, lang, noSuggestions: true });
      const errors: HyErrorEvent[] = [];
      element.addEventListener('hy-error', (event) => errors.push(event));
      await fillValidReport(element);
      part(element, 'submit-button')!.click();
      await eventually(() => expect(errors).to.have.length(1));
      await element.updateComplete;
      expect(errors[0]!.detail.code).to.equal('submit-failed');
      return element;
    }
    const problem = (status: number, body: Record<string, unknown>) => async () => new Response(JSON.stringify({ type: 't', title: 't', status, ...body }), { status });

    it('puts the server’s field errors next to their fields', async () => {
      const element = await failing(problem(400, { code: 'validation-failed', detail: 'x', errors: [{ field: 'json.description', message: 'describe the problem in at least 5 characters' }, { field: 'contact.phone', message: 'not a valid number' }] }));
      expect(errorOf(element, 'description')).to.equal('describe the problem in at least 5 characters');
      expect(errorOf(element, 'phone')).to.equal('not a valid number');
      expect(part(element, 'message')!.textContent).to.contain('2 things need correcting');
      await expectNoAxeViolations(element);
    });

    it('explains a server error and keeps what was typed', async () => {
      const element = await failing(problem(500, { code: 'internal-error', detail: 'boom' }));
      expect(part(element, 'message')!.textContent).to.contain('The service has a problem right now');
      expect($<HTMLTextAreaElement>(element, '#description')!.value).to.contain('stair light');
    });

    it('explains being offline, in Chinese', async () => {
      const element = await failing(async () => {
        throw new TypeError('Failed to fetch');
      }, 'zh-CN');
      expect(part(element, 'message')!.textContent).to.contain('网络连接不上');
    });

    it('explains a site that may not use the key', async () => {
      const element = await failing(problem(403, { code: 'origin-not-allowed', detail: 'the site key for "x" may not be used from https://evil.example' }));
      expect(part(element, 'message')!.textContent).to.contain('please tell the site\'s administrator');
    });
  });
});
