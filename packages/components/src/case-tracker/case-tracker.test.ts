import { expect } from '@esm-bundle/chai';
import { HuyingClient } from '@huying/sdk';
import { sendKeys } from '@web/test-runner-commands';
import { html } from 'lit';
import type { HyCaseLoadEvent, HyCaseUpdateEvent } from '../events/case-events.js';
import type { HyErrorEvent } from '../events/error-event.js';
import type { HyRating } from '../rating/rating.js';
import { expectNoAxeViolations } from '../test/accessibility.js';
import { eventually, fileTestCase, residentClient, testApi } from '../test/api.js';
import { fixture, removeFixtures } from '../test/fixture.js';
import type { HyCaseTracker } from './case-tracker.js';
import { deadlineOf, proofFrom } from './case-tracker.js';
import './define.js';

const root = (element: HyCaseTracker) => element.shadowRoot!;
const part = (element: HyCaseTracker, name: string) => root(element).querySelector<HTMLElement>(`[part~="${name}"]`);
const text = (element: Element) => element.shadowRoot!.textContent!.replace(/\s+/g, ' ');
const steps = (element: HyCaseTracker) => [...root(element).querySelectorAll('[part~="step"] .what')].map((node) => node.textContent!.trim());

async function tracker(attributes: { code?: string; secret?: string; follow?: string; lang?: string; noLive?: boolean } = {}) {
  const api = await testApi();
  return fixture<HyCaseTracker>(html`<hy-case-tracker
    lang=${attributes.lang ?? 'en'}
    api-base=${api.url}
    site-key=${api.siteKey}
    tracking-code=${attributes.code ?? ''}
    secret=${attributes.secret ?? ''}
    follow-token=${attributes.follow ?? ''}
    ?no-live=${attributes.noLive ?? false}
  ></hy-case-tracker>`);
}

async function photoBlob(): Promise<Blob> {
  const canvas = document.createElement('canvas');
  canvas.width = 40;
  canvas.height = 30;
  const context = canvas.getContext('2d')!;
  context.fillStyle = '#2a6';
  context.fillRect(0, 0, 40, 30);
  return new Promise((resolve) => canvas.toBlob((blob) => resolve(blob!), 'image/jpeg', 0.9));
}

describe('<hy-case-tracker>', () => {
  afterEach(removeFixtures);

  describe('accessibility', () => {
    for (const lang of ['zh-CN', 'en']) {
      it(`has no axe violations asking for the code, and with a wrong code, in ${lang}`, async () => {
        const element = await tracker({ lang });
        await expectNoAxeViolations(element);
        element.trackingCode = '1234';
        await eventually(() => expect(root(element).querySelector('#code-error')!.textContent).to.not.equal(''));
        await expectNoAxeViolations(element);
      });

      it(`has no axe violations showing an answered case with its photo and rating, in ${lang}`, async () => {
        const filed = await fileTestCase();
        const evidence = await filed.staff.attachments.upload(await photoBlob(), { name: 'after.jpg', caseId: filed.id });
        await filed.staff.staff.cases.accept(filed.id);
        await filed.staff.staff.cases.resolve(filed.id, {
          reply: '已更换灯泡，现场照片见附件。',
          attachments: [{ id: evidence.id, name: evidence.name, contentType: evidence.contentType, size: evidence.size }],
        });
        const element = await tracker({ code: filed.trackingCode, secret: filed.secret, lang });
        await eventually(() => expect(root(element).querySelector('hy-rating')).to.not.equal(null));
        const rating = root(element).querySelector<HyRating>('hy-rating')!;
        await rating.updateComplete;
        await expectNoAxeViolations(element);
        const image = root(element).querySelector<HTMLImageElement>('[part~="attachments"] img')!;
        await eventually(() => expect(image.complete && image.naturalWidth).to.equal(40));
      });
    }

    it('has no axe violations showing the status only, a followed case, and an error', async () => {
      const filed = await fileTestCase();
      const status = await tracker({ code: filed.trackingCode });
      await eventually(() => expect(part(status, 'status')).to.not.equal(null));
      await expectNoAxeViolations(status);

      const resident = await residentClient();
      const receipt = await resident.following.follow(filed.id);
      const followed = await tracker({ follow: receipt.followToken, lang: 'zh-CN' });
      await eventually(() => expect(text(followed)).to.contain('您关注的问题'));
      await expectNoAxeViolations(followed);

      const missing = await tracker({ code: '2611-0372-8844', secret: '12345678' });
      await eventually(() => expect(part(missing, 'message')).to.not.equal(null));
      await expectNoAxeViolations(missing);
    });
  });

  describe('finding a case', () => {
    it('checks the code’s check digit before asking the server', async () => {
      const element = await tracker();
      const input = root(element).querySelector<HTMLInputElement>('#code')!;
      input.focus();
      await sendKeys({ type: '2611-0372-8842' });
      await sendKeys({ press: 'Enter' });
      await element.updateComplete;
      expect(root(element).querySelector('#code-error')!.textContent).to.contain('12 digits');
      expect(input.getAttribute('aria-invalid')).to.equal('true');
      expect(root(element).activeElement).to.equal(input);
    });

    it('looks a case up by code and secret typed in, and shows every step in plain words', async () => {
      const filed = await fileTestCase();
      await filed.staff.staff.cases.accept(filed.id);
      await filed.staff.staff.cases.respond(filed.id, { message: '明天上午派电工处理。' });
      const element = await tracker({ noLive: true });
      const loaded = new Promise<HyCaseLoadEvent>((resolve) => element.addEventListener('hy-case-load', resolve, { once: true }));
      root(element).querySelector<HTMLInputElement>('#code')!.value = filed.trackingCode.replace(/(\d{4})(?=\d)/g, '$1 ');
      root(element).querySelector<HTMLInputElement>('#proof')!.value = filed.secret;
      root(element).querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
      const { detail } = await loaded;
      expect(detail.view).to.equal('resident');
      await element.updateComplete;
      expect(part(element, 'status')!.textContent).to.equal('Being handled');
      expect(steps(element)).to.deep.equal(['You reported the problem; 金晖社区第一网格 received it', '金晖社区第一网格 took on your case', '金晖社区第一网格 replied to you']);
      expect(part(element, 'reply')!.textContent).to.equal('明天上午派电工处理。');
      expect(text(element)).to.contain('楼道里的灯坏了一个星期');
    });

    it('finds the deadline a case view carries, in any of the shapes a platform sends', () => {
      expect(deadlineOf({})).to.equal(null);
      expect(deadlineOf({ dueAt: '2026-03-06T18:00:00+08:00' })).to.equal('2026-03-06T18:00:00+08:00');
      expect(deadlineOf({ deadline: { dueAt: '2026-03-06T10:00:00Z' } })).to.equal('2026-03-06T10:00:00Z');
      const deadlines = [
        { step: 'accept', dueAt: '2026-03-02T12:00:00Z' },
        { step: 'resolution', dueAt: '2026-03-09T10:00:00Z' },
      ];
      expect(deadlineOf({ deadlines })).to.equal('2026-03-09T10:00:00Z');
      expect(deadlineOf({ deadlines: [deadlines[0]] })).to.equal('2026-03-02T12:00:00Z');
      expect(deadlineOf({ dueAt: 'soon' })).to.equal(null);
    });

    it('shows the deadline beside the case while it is open', async () => {
      const filed = await fileTestCase();
      const api = await testApi();
      const resident = new HuyingClient({ baseUrl: api.url, siteKey: api.siteKey, fetch: async (url, init) => {
        const response = await fetch(url, init);
        if (!url.includes('/track/') || !response.ok) return response;
        const body = await response.json();
        if (body.verified) body.case.deadline = { dueAt: '2026-03-09T10:00:00Z' };
        return new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } });
      } });
      const element = await fixture<HyCaseTracker>(html`<hy-case-tracker lang="en" no-live .client=${resident} tracking-code=${filed.trackingCode} secret=${filed.secret}></hy-case-tracker>`);
      await eventually(() => expect(part(element, 'summary')!.textContent).to.contain('Due by'));
      expect(part(element, 'summary')!.querySelector('time[datetime="2026-03-09T10:00:00Z"]')).to.not.equal(null);
    });

    it('reads 8 digits as the secret and 4 as the phone’s last digits', async () => {
      expect(proofFrom('1234 5678')).to.deep.equal({ secret: '12345678' });
      expect(proofFrom('5678')).to.deep.equal({ phoneLast4: '5678' });
      expect(proofFrom('')).to.equal(null);
      expect(proofFrom('123')).to.equal('invalid');
      const filed = await fileTestCase();
      const element = await tracker({ noLive: true });
      element.trackingCode = filed.trackingCode;
      element.phoneLast4 = '5678';
      await eventually(() => expect(part(element, 'timeline')).to.not.equal(null));
    });

    it('shows only the status without proof, and says when the proof is wrong', async () => {
      const filed = await fileTestCase();
      const element = await tracker({ code: filed.trackingCode, noLive: true });
      await eventually(() => expect(part(element, 'status')!.textContent).to.equal('Waiting to be taken on'));
      expect(part(element, 'timeline')).to.equal(null);
      expect(text(element)).not.to.contain('楼道里的灯');
      element.secret = '00000000';
      await eventually(() => expect(part(element, 'message')!.textContent).to.equal('The secret or phone digits are not right.'));
    });
  });

  describe('live updates', () => {
    it('shows each step as the unit takes it, without reloading, and announces it', async () => {
      const filed = await fileTestCase();
      const element = await tracker({ code: filed.trackingCode, secret: filed.secret });
      await eventually(() => expect(part(element, 'live-status')!.textContent).to.contain('Live updates on'));
      const updates: HyCaseUpdateEvent[] = [];
      element.addEventListener('hy-case-update', (event) => updates.push(event));

      await filed.staff.staff.cases.accept(filed.id);
      await eventually(() => expect(part(element, 'status')!.textContent).to.equal('Taken on'));
      expect(steps(element)).to.have.length(2);
      expect(part(element, 'live-status')!.textContent).to.contain('Your case has moved on: Taken on');

      await filed.staff.staff.cases.resolve(filed.id, { reply: '已修复。' });
      await eventually(() => expect(root(element).querySelector('hy-rating')).to.not.equal(null));
      expect(updates.map((event) => event.detail.case.status)).to.deep.equal(['accepted', 'resolved']);
    });

    it('takes the rating from the widget inside and stops offering it', async () => {
      const filed = await fileTestCase();
      await filed.staff.staff.cases.accept(filed.id);
      await filed.staff.staff.cases.resolve(filed.id, { reply: '已修复。' });
      const element = await tracker({ code: filed.trackingCode, secret: filed.secret, noLive: true });
      await eventually(() => expect(root(element).querySelector('hy-rating')).to.not.equal(null));
      const rating = root(element).querySelector<HyRating>('hy-rating')!;
      await rating.updateComplete;
      rating.shadowRoot!.querySelector<HTMLInputElement>('input[type="radio"]')!.click();
      await rating.updateComplete;
      rating.shadowRoot!.querySelector<HTMLButtonElement>('[part~="submit-button"]')!.click();
      await eventually(() => expect(part(element, 'status')!.textContent).to.equal('Rated'));
      expect(root(element).querySelector('hy-rating')).to.equal(null);
      expect(steps(element).at(-1)).to.equal('You rated the result: Satisfied');
    });

    it('follows a followed case by its follow link', async () => {
      const filed = await fileTestCase();
      const receipt = await (await residentClient()).following.follow(filed.id, { phone: '13900001111' });
      const element = await tracker({ follow: receipt.followToken });
      await eventually(() => expect(text(element)).to.contain('2 residents'));
      await filed.staff.staff.cases.accept(filed.id);
      await eventually(() => expect(part(element, 'status')!.textContent).to.equal('Taken on'));
    });
  });

  describe('errors from the API', () => {
    async function failing(fetch: (url: string) => Promise<Response>, lang = 'en') {
      const client = new HuyingClient({ baseUrl: 'https://huying.invalid', fetch, maxRetries: 0 });
      const element = await fixture<HyCaseTracker>(html`<hy-case-tracker lang=${lang} .client=${client}></hy-case-tracker>`);
      const errors: HyErrorEvent[] = [];
      element.addEventListener('hy-error', (event) => errors.push(event));
      element.trackingCode = '261103728844';
      await eventually(() => expect(errors).to.have.length(1));
      await element.updateComplete;
      return { element, errors };
    }

    it('explains a server error and reports hy-error', async () => {
      const { element, errors } = await failing(async () => new Response('{"detail":"down","code":"service-unavailable","status":503,"title":"x","type":"t"}', { status: 503 }));
      expect(errors[0]!.detail.code).to.equal('load-failed');
      expect(part(element, 'message')!.textContent).to.contain('The service has a problem right now');
      await expectNoAxeViolations(element);
    });

    it('explains being offline, in Chinese', async () => {
      const { element } = await failing(async () => {
        throw new TypeError('Failed to fetch');
      }, 'zh-CN');
      expect(part(element, 'message')!.textContent).to.contain('网络连接不上');
    });

    it('explains a page that may not use the site key', async () => {
      const api = await testApi();
      const element = await fixture<HyCaseTracker>(html`<hy-case-tracker lang="en" api-base=${api.url} site-key="hy_site_not_a_real_key"></hy-case-tracker>`);
      const errors: HyErrorEvent[] = [];
      element.addEventListener('hy-error', (event) => errors.push(event));
      element.trackingCode = '261103728844';
      await eventually(() => expect(part(element, 'message')!.textContent).to.contain('please tell the site\'s administrator'));
      expect(part(element, 'message')!.textContent).to.contain('unknown or has been revoked');
    });
  });
});
