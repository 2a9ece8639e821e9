import { expect } from '@esm-bundle/chai';
import { HuyingClient } from '@huying/sdk';
import { sendKeys } from '@web/test-runner-commands';
import { html } from 'lit';
import type { HyErrorEvent } from '../events/error-event.js';
import type { HyCallLoggedEvent } from '../events/hotline-events.js';
import type { HyKbSearch } from '../kb-search/kb-search.js';
import { expectNoAxeViolations } from '../test/accessibility.js';
import { eventually, residentClient, staffClient } from '../test/api.js';
import { fixture, removeFixtures, settled } from '../test/fixture.js';
import type { HyHotlineDesk } from './hotline-desk.js';
import './define.js';

const root = (element: HyHotlineDesk) => element.shadowRoot!;
const $ = <T extends HTMLElement = HTMLElement>(element: HyHotlineDesk, selector: string) => root(element).querySelector<T>(selector)!;

/** A mobile number no other test of the run uses, so the repeat counts are this test's own. */
const freshCaller = () => `139${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`;

/** The desk as the command centre's dispatcher (who may take calls) has it. */
async function desk(lang = 'zh-CN') {
  const client = await staffClient('city');
  const element = await fixture<HyHotlineDesk>(html`<hy-hotline-desk lang=${lang} .client=${client}></hy-hotline-desk>`);
  // The city's service line is chosen to begin with.
  await eventually(() => expect($(element, '[part~="dialled"] .number').textContent).to.equal('12345'));
  return element;
}

async function type(element: HyHotlineDesk, selector: string, text: string) {
  $(element, selector).focus();
  await sendKeys({ type: text });
  await settled(element);
}

const pickKind = async (element: HyHotlineDesk, kind: string) => {
  $<HTMLInputElement>(element, `input[name="kind"][value="${kind}"]`).click();
  await settled(element);
};

async function typeAddress(element: HyHotlineDesk, address: string) {
  [...root(element).querySelectorAll<HTMLButtonElement>('[aria-labelledby="place-title"] .link')].at(-1)!.click();
  await settled(element);
  await type(element, '#address', address);
}

async function submit(element: HyHotlineDesk) {
  $(element, '[part~="submit-button"]').click();
  await settled(element);
}

const receipt = (element: HyHotlineDesk) => root(element).querySelector('[part~="receipt"]');
const message = (element: HyHotlineDesk) => root(element).querySelector('[part~="message"]')?.textContent ?? '';

describe('<hy-hotline-desk>', () => {
  afterEach(removeFixtures);

  for (const lang of ['zh-CN', 'en']) {
    it(`has no axe violations on the form, with its errors, answering with the knowledge base and on the receipt, in ${lang}`, async () => {
      const element = await desk(lang);
      await expectNoAxeViolations(element);
      await submit(element);
      expect(root(element).querySelectorAll('[aria-invalid="true"]').length).to.be.greaterThan(1);
      await expectNoAxeViolations(element);
      await pickKind(element, 'consultation');
      $<HTMLInputElement>(element, '#answer-toggle').click();
      await settled(element);
      const search = $<HyKbSearch>(element, 'hy-kb-search');
      search.query = '低保';
      await eventually(() => expect(search.shadowRoot!.querySelectorAll('[part~="result"]').length).to.be.greaterThan(0));
      await expectNoAxeViolations(element);
      await type(element, '#caller', freshCaller());
      await eventually(() => expect($(element, '[part~="history"] .count')).to.not.equal(null));
      await typeAddress(element, '温泉街道');
      await type(element, '#description', '想问问低保怎么申请，要什么条件');
      await type(element, '#reply', '可以向户籍所在地的街道办事处提出书面申请。');
      await submit(element);
      await eventually(() => expect(receipt(element)).to.not.equal(null));
      await expectNoAxeViolations(element);
    });
  }

  it('logs a complaint call to the number chosen, and recognises the caller when they call again', async () => {
    const element = await desk();
    const logged: HyCallLoggedEvent[] = [];
    element.addEventListener('hy-call-logged', (event) => logged.push(event));
    const caller = freshCaller();

    // The operator changes the number dialled to the water department's complaints line, by keyboard.
    [...root(element).querySelectorAll<HTMLButtonElement>('[part~="dialled"] .link')][0]!.click();
    await settled(element);
    await type(element, '#dialled', '37627229');
    await eventually(() => expect(root(element).querySelectorAll('#dialled-listbox [role="option"]').length).to.equal(1));
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Enter' });
    await settled(element);
    expect($(element, '[part~="dialled"] .chosen').textContent).to.contain('020-37627229').and.contain('投诉电话').and.contain('市水务局');

    await type(element, '#caller', caller);
    await eventually(() => expect($(element, '[part~="history"] .count').textContent).to.contain('此前没有来电记录'));
    await typeAddress(element, '温泉街道金晖社区丽景苑小区东门');
    await type(element, '#description', '丽景苑小区门口人行道堆放沙石水泥，妨碍通行');
    await submit(element);
    await eventually(() => expect(receipt(element)).to.not.equal(null));

    const first = logged[0]!.detail.logged;
    expect(first.call).to.deep.include({ callerMasked: `${caller.slice(0, 3)}****${caller.slice(-4)}`, answeredOnCall: false });
    expect(first.call.dialled).to.include({ number: '020-37627229', label: 'complaint' });
    expect(first.case.status).to.equal('submitted');
    expect($(element, '.tracking-code').textContent).to.equal(first.case.trackingCode);
    expect(root(element).activeElement?.id).to.equal('receipt-title');
    const tracked = await (await residentClient()).tracking.get(first.case.trackingCode, { secret: first.case.secret });
    expect(tracked.case).to.include({ kind: 'complaint', status: 'submitted' });

    // The same caller again, the number typed another way: once before, with that case listed.
    $(element, '[part~="receipt"] .button').click();
    await settled(element);
    expect(root(element).activeElement?.id).to.equal('caller');
    expect($(element, '[part~="dialled"] .number').textContent, 'the line stays chosen').to.equal('020-37627229');
    await sendKeys({ type: `${caller.slice(0, 3)} ${caller.slice(3, 7)} ${caller.slice(7)}` });
    await eventually(() => expect($(element, '[part~="history"] .count').textContent).to.contain('此前来电 1 次'));
    expect($(element, '[part~="history"] .earlier').textContent).to.contain(first.case.trackingCode);
    expect($(element, '[part~="history"]').classList.contains('repeat')).to.equal(true);
  });

  it('answers a consultation on the call with a cited provision, resolving it at once', async () => {
    const element = await desk('en');
    const logged: HyCallLoggedEvent[] = [];
    element.addEventListener('hy-call-logged', (event) => logged.push(event));
    await type(element, '#caller', '0535-8212345');
    await pickKind(element, 'consultation');
    $<HTMLInputElement>(element, '#answer-toggle').click();
    await settled(element);
    const search = $<HyKbSearch>(element, 'hy-kb-search');
    search.query = '低保';
    await eventually(() => expect(search.shadowRoot!.querySelectorAll('[part~="cite-button"]').length).to.be.greaterThan(0));
    search.shadowRoot!.querySelector<HTMLButtonElement>('[part~="cite-button"]')!.click();
    await settled(element);
    const cited = [...root(element).querySelectorAll('.cited li')].map((item) => item.textContent!.trim());
    expect(cited).to.have.length(1);
    expect(cited[0]).to.contain('最低生活保障');
    await typeAddress(element, '温泉街道');
    await type(element, '#description', '家里困难，想问问低保怎么申请，要什么条件？');
    await type(element, '#reply', '可以向户籍所在地的街道办事处提出书面申请，需要身份证、户口簿和收入证明。');
    await submit(element);
    await eventually(() => expect(receipt(element)).to.not.equal(null));

    const { call, case: filed } = logged[0]!.detail.logged;
    expect(call.answeredOnCall).to.equal(true);
    expect(filed.status).to.equal('resolved');
    expect(receipt(element)!.textContent).to.contain('Answered on the call');
    const tracked = await (await residentClient()).tracking.get(filed.trackingCode, { secret: filed.secret });
    if (!tracked.verified) throw new Error('the secret the desk shows should open the whole case');
    const resolved = tracked.case.timeline.find((entry) => entry.type === 'resolved')!;
    expect(resolved.citations.map((citation) => citation.title)).to.have.length(1);
    expect(resolved.citations[0]!.title).to.contain('最低生活保障');
  });

  it('explains a refusal clearly and keeps what was typed', async () => {
    const element = await desk();
    const logged: HyCallLoggedEvent[] = [];
    element.addEventListener('hy-call-logged', (event) => logged.push(event));
    // A caller ID that is no phone number is refused while the phone rings, in the operator's words.
    await type(element, '#caller', '1234567');
    await eventually(() => expect($(element, '#caller-error').textContent).to.contain('不是有效的手机号'));
    expect($(element, '#caller').getAttribute('aria-invalid')).to.equal('true');
    await element.nextCall();
    await sendKeys({ type: freshCaller() });
    await pickKind(element, 'consultation');
    // A building in 金晖社区: the intake rules send it to the grid, so the centre cannot answer it.
    await type(element, '#building', '丽景苑');
    await eventually(() => expect(root(element).querySelectorAll('#building-listbox [role="option"]').length).to.be.greaterThan(0));
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Enter' });
    await settled(element);
    $<HTMLInputElement>(element, '#answer-toggle').click();
    await settled(element);
    await type(element, '#description', '楼道里的灯坏了，想问问找谁修');
    await type(element, '#reply', '可以联系社区网格员。');
    await submit(element);
    await eventually(() => expect(message(element)).to.contain('应由其他单位答复'));
    expect($(element, '[part~="message"]').getAttribute('role')).to.equal('alert');
    expect(root(element).activeElement).to.equal($(element, '[part~="message"]'));
    expect(receipt(element)).to.equal(null);
    expect(logged).to.have.length(0);
    expect($<HTMLTextAreaElement>(element, '#description').value).to.contain('楼道里的灯坏了');
  });

  it('says so on screen, and reports hy-error, when the API cannot be reached', async () => {
    const errors: HyErrorEvent[] = [];
    const unreachable = new HuyingClient({ baseUrl: 'http://127.0.0.1:9', staffToken: 'hy_staff_unused', maxRetries: 0 });
    const element = await fixture<HyHotlineDesk>(html`<hy-hotline-desk lang="en" .client=${unreachable} @hy-error=${(event: HyErrorEvent) => errors.push(event)}></hy-hotline-desk>`);
    await eventually(() => expect(message(element)).to.contain('Cannot reach the service'));
    expect(errors[0]!.detail.code).to.equal('directory-failed');
  });
});
