import { expect } from '@esm-bundle/chai';
import { HuyingClient, type Fetch, type ResidentCaseView } from '@huying/sdk';
import { sendKeys } from '@web/test-runner-commands';
import { html } from 'lit';
import type { HyErrorEvent } from '../events/error-event.js';
import type { HyRateEvent, HyRatingChangeEvent, HyReopenEvent } from '../events/rating-events.js';
import { expectNoAxeViolations } from '../test/accessibility.js';
import { eventually, fileTestCase, testApi } from '../test/api.js';
import { fixture, removeFixtures } from '../test/fixture.js';
import './define.js';
import type { HyRating } from './rating.js';

const part = (element: HyRating, name: string) => element.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const radios = (element: HyRating) => [...element.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="radio"]')];
const text = (element: HyRating) => element.shadowRoot!.textContent!.replace(/\s+/g, ' ');

/** A case answered by its grid, ready to be rated. */
async function resolvedCase() {
  const filed = await fileTestCase();
  await filed.staff.staff.cases.accept(filed.id);
  const resolved = await filed.staff.staff.cases.resolve(filed.id, { reply: '楼道灯已更换。' });
  expect(resolved.status).to.equal('resolved');
  return filed;
}

async function connected(filed: { trackingCode: string; secret: string }, lang = 'en') {
  const api = await testApi();
  const element = await fixture<HyRating>(
    html`<hy-rating lang=${lang} api-base=${api.url} site-key=${api.siteKey} tracking-code=${filed.trackingCode} secret=${filed.secret}></hy-rating>`,
  );
  await eventually(() => expect(radios(element)).to.have.length(3));
  return element;
}

describe('<hy-rating>', () => {
  afterEach(removeFixtures);

  describe('accessibility', () => {
    for (const lang of ['zh-CN', 'en']) {
      it(`has no axe violations as a form control, empty and with an error, in ${lang}`, async () => {
        const form = await fixture<HTMLFormElement>(html`<form lang=${lang}><hy-rating name="rating" required></hy-rating></form>`);
        const element = form.querySelector('hy-rating')!;
        await expectNoAxeViolations(form);
        radios(element)[2]!.click();
        await element.updateComplete;
        await expectNoAxeViolations(form);
      });
    }

    it('has no axe violations while loading, when rated, and with the reopen dialog open', async () => {
      const filed = await resolvedCase();
      const api = await testApi();
      const loading = await fixture<HyRating>(html`<hy-rating lang="zh-CN" api-base=${api.url} site-key=${api.siteKey} tracking-code=${filed.trackingCode} secret=${filed.secret}></hy-rating>`);
      await expectNoAxeViolations(loading);
      const element = await connected(filed);
      radios(element)[2]!.click();
      await element.updateComplete;
      part(element, 'submit-button')!.click();
      await element.updateComplete;
      expect(element.shadowRoot!.querySelector('dialog')!.open).to.equal(true);
      await expectNoAxeViolations(element);
    });
  });

  describe('as a form control', () => {
    it('is chosen with the keyboard and submits its level and comment with the host form', async () => {
      const form = await fixture<HTMLFormElement>(html`<form><hy-rating name="rating" lang="en"></hy-rating></form>`);
      const element = form.querySelector('hy-rating')!;
      const changes: HyRatingChangeEvent[] = [];
      let nativeChanges = 0;
      element.addEventListener('hy-rating-change', (event) => changes.push(event));
      element.addEventListener('change', () => nativeChanges++);

      radios(element)[0]!.focus();
      await sendKeys({ press: 'Space' });
      await sendKeys({ press: 'ArrowDown' });
      await element.updateComplete;
      expect(element.value).to.equal('basically_satisfied');
      expect(changes.map((event) => event.detail.value)).to.deep.equal(['satisfied', 'basically_satisfied']);
      expect(nativeChanges).to.equal(2);

      part(element, 'comment')!.focus();
      await sendKeys({ type: 'Quick repair' });
      await element.updateComplete;
      const data = new FormData(form);
      expect(data.get('rating')).to.equal('basically_satisfied');
      expect(data.get('rating-comment')).to.equal('Quick repair');
    });

    it('takes part in validation, reset and disabling like a native control', async () => {
      const form = await fixture<HTMLFormElement>(html`<form><fieldset><hy-rating name="rating" required lang="en"></hy-rating></fieldset></form>`);
      const element = form.querySelector('hy-rating')!;
      expect(form.checkValidity()).to.equal(false);
      expect(element.validity.valueMissing).to.equal(true);
      expect(element.validationMessage).to.equal('Please choose how satisfied you are.');
      element.value = 'satisfied';
      await element.updateComplete;
      expect(form.checkValidity()).to.equal(true);

      form.reset();
      await element.updateComplete;
      expect(element.value).to.equal('');
      expect(new FormData(form).get('rating')).to.equal(null);

      form.querySelector('fieldset')!.disabled = true;
      await element.updateComplete;
      expect(radios(element).every((radio) => radio.closest('fieldset')!.disabled)).to.equal(true);
    });

    it('ignores a level it does not know', async () => {
      const element = await fixture<HyRating>(html`<hy-rating value="excellent"></hy-rating>`);
      expect(element.value).to.equal('');
    });
  });

  describe('connected to a case', () => {
    it('sends the rating once and says so; a second widget for the same case sees it is done', async () => {
      const filed = await resolvedCase();
      const element = await connected(filed);
      const rated = new Promise<HyRateEvent>((resolve) => element.addEventListener('hy-rate', resolve, { once: true }));
      radios(element)[0]!.click();
      await element.updateComplete;
      part(element, 'submit-button')!.click();
      const { detail } = await rated;
      expect(detail.level).to.equal('satisfied');
      expect(detail.case.status).to.equal('rated');
      await element.updateComplete;
      expect(text(element)).to.contain('Thank you for your rating: Satisfied.');

      const again = await fixture<HyRating>(html`<hy-rating lang="zh-CN" .client=${element.client} api-base=${(await testApi()).url} site-key=${(await testApi()).siteKey} tracking-code=${filed.trackingCode} secret=${filed.secret}></hy-rating>`);
      await eventually(() => expect(text(again)).to.contain('您已评价本轮办理：满意'));
      expect(radios(again)).to.have.length(0);
    });

    it('asks to reopen after "unsatisfied", needs a reason, and reopens the case', async () => {
      const filed = await resolvedCase();
      const element = await connected(filed);
      const reopened = new Promise<HyReopenEvent>((resolve) => element.addEventListener('hy-reopen', resolve, { once: true }));
      radios(element)[2]!.click();
      await element.updateComplete;
      part(element, 'submit-button')!.click();
      await element.updateComplete;
      const dialog = element.shadowRoot!.querySelector('dialog')!;
      const confirm = dialog.querySelector<HTMLButtonElement>('button[value="reopen"]')!;
      confirm.click();
      await element.updateComplete;
      expect(dialog.open).to.equal(true);
      expect(dialog.querySelector('#reason-error')!.textContent).to.equal('Please give a reason (at least 2 characters).');

      dialog.querySelector('textarea')!.value = 'The light is still off at night';
      confirm.click();
      const { detail } = await reopened;
      expect(detail.reason).to.equal('The light is still off at night');
      expect(detail.case).to.include({ status: 'submitted', round: 2 });
      await element.updateComplete;
      expect(text(element)).to.contain('Your case is back with the unit that handled it');
    });

    it('records an unsatisfied rating without reopening when asked to', async () => {
      const filed = await resolvedCase();
      const element = await connected(filed);
      radios(element)[2]!.click();
      await element.updateComplete;
      part(element, 'submit-button')!.click();
      await element.updateComplete;
      const rated = new Promise<HyRateEvent>((resolve) => element.addEventListener('hy-rate', resolve, { once: true }));
      element.shadowRoot!.querySelector<HTMLButtonElement>('dialog button[value="rate-only"]')!.click();
      expect((await rated).detail.case).to.include({ status: 'rated', rating: 'unsatisfied' });
      await element.updateComplete;
      // Rated unsatisfied this round: reopening is still offered.
      expect(part(element, 'reopen-button')).to.not.equal(null);
    });

    it('says the case cannot be rated before its reply', async () => {
      const filed = await fileTestCase();
      const api = await testApi();
      const element = await fixture<HyRating>(html`<hy-rating lang="en" api-base=${api.url} site-key=${api.siteKey} tracking-code=${filed.trackingCode} secret=${filed.secret}></hy-rating>`);
      await eventually(() => expect(text(element)).to.contain('You can rate the case once it has been answered.'));
    });
  });

  describe('errors from the API', () => {
    const answered = (status: ResidentCaseView['status'] = 'resolved') =>
      ({ trackingCode: '261103728844', status, rating: null, timeline: [{ type: 'resolved' }] }) as unknown as ResidentCaseView;

    async function failing(fetch: Fetch, lang = 'en') {
      const client = new HuyingClient({ baseUrl: 'https://huying.invalid', fetch, maxRetries: 0 });
      const element = await fixture<HyRating>(html`<hy-rating lang=${lang} .client=${client} .case=${answered()} tracking-code="261103728844" secret="12345678"></hy-rating>`);
      const errors: HyErrorEvent[] = [];
      element.addEventListener('hy-error', (event) => errors.push(event));
      radios(element)[0]!.click();
      await element.updateComplete;
      part(element, 'submit-button')!.click();
      await eventually(() => expect(errors).to.have.length(1));
      await element.updateComplete;
      return { element, errors };
    }

    it('explains a server error, keeps the choice, and reports hy-error', async () => {
      const { element, errors } = await failing(async () => new Response('{"type":"/problems/internal-error","title":"x","status":500,"detail":"boom","code":"internal-error","requestId":"req-1"}', { status: 500 }));
      expect(errors[0]!.detail.code).to.equal('rate-failed');
      expect(part(element, 'message')!.textContent).to.contain('The service has a problem right now');
      expect(part(element, 'message')!.textContent).to.contain('req-1');
      expect(element.value).to.equal('satisfied');
      expect((part(element, 'submit-button') as HTMLButtonElement).disabled).to.equal(false);
      await expectNoAxeViolations(element);
    });

    it('explains being offline', async () => {
      const { element } = await failing(async () => {
        throw new TypeError('Failed to fetch');
      }, 'zh-CN');
      expect(part(element, 'message')!.textContent).to.contain('网络连接不上');
    });

    it('shows the server’s reason for a refusal', async () => {
      const { element } = await failing(async () =>
        new Response('{"type":"/problems/illegal-transition","title":"x","status":409,"detail":"this round was already rated","code":"illegal-transition"}', { status: 409 }),
      );
      expect(part(element, 'message')!.textContent).to.contain('this round was already rated');
    });
  });
});
