import { expect } from '@esm-bundle/chai';
import { sendKeys } from '@web/test-runner-commands';
import { html, render } from 'lit';
import type { HyErrorEvent } from '../events/error-event.js';
import type { HyKbCiteEvent, HyKbOpenEvent, HyKbResultsEvent } from '../events/kb-events.js';
import { expectNoAxeViolations } from '../test/accessibility.js';
import { eventually, residentClient, staffClient, testApi } from '../test/api.js';
import { fixture, removeFixtures, settled } from '../test/fixture.js';
import { highlighted, type HyKbSearch } from './kb-search.js';
import './define.js';

const root = (element: HyKbSearch) => element.shadowRoot!;
const results = (element: HyKbSearch) => [...root(element).querySelectorAll<HTMLElement>('[part~="result"]')];
const titles = (element: HyKbSearch) => results(element).map((item) => item.querySelector('.title')!.textContent!.trim());

async function search(attributes: { lang?: string; query?: string; staff?: boolean } = {}) {
  const api = await testApi();
  return fixture<HyKbSearch>(html`<hy-kb-search
    lang=${attributes.lang ?? 'zh-CN'}
    api-base=${api.url}
    site-key=${api.siteKey}
    query=${attributes.query ?? ''}
    ?staff=${attributes.staff ?? false}
  ></hy-kb-search>`);
}

const found = (element: HyKbSearch) => eventually(() => expect(results(element).length).to.be.greaterThan(0));

describe('<hy-kb-search>', () => {
  afterEach(removeFixtures);

  describe('accessibility', () => {
    for (const lang of ['zh-CN', 'en']) {
      it(`has no axe violations empty, with results, and reading a provision, in ${lang}`, async () => {
        const element = await search({ lang });
        await expectNoAxeViolations(element);
        element.query = '低保怎么申请';
        await found(element);
        root(element).querySelector<HTMLDetailsElement>('[part~="filters"]')!.open = true;
        await expectNoAxeViolations(element);
        results(element)[0]!.querySelector<HTMLButtonElement>('.title button')!.click();
        await eventually(() => expect(root(element).querySelector('[part~="reader"]')).to.not.equal(null));
        await expectNoAxeViolations(element);
      });

      it(`has no axe violations with cite buttons and an error, in ${lang}`, async () => {
        const element = await search({ lang, staff: true, query: '养犬' });
        await found(element);
        await expectNoAxeViolations(element);
        element.apiBase = 'http://127.0.0.1:9';
        element.query = '医保';
        await eventually(() => expect(root(element).querySelector('[part~="message"]')).to.not.equal(null));
        await expectNoAxeViolations(element);
      });
    }
  });

  it('searches what the resident types when they press Enter, and marks the words found', async () => {
    const element = await search();
    const events: HyKbResultsEvent[] = [];
    element.addEventListener('hy-kb-results', (event) => events.push(event));
    root(element).querySelector<HTMLInputElement>('#q')!.focus();
    await sendKeys({ type: '低保' });
    await sendKeys({ press: 'Enter' });
    await found(element);
    expect(titles(element)[0]).to.equal('城市居民最低生活保障条例');
    const marks = [...results(element)[0]!.querySelectorAll('mark')].map((mark) => mark.textContent);
    expect(marks).to.include('最低生活保障');
    expect(events[0]!.detail).to.include({ query: '低保' });
    expect(root(element).querySelector('[part~="status"]')!.textContent).to.match(/找到 \d+ 份文件/);
  });

  it('opens a provision, reads on to the next one and the whole document, and returns focus to the result', async () => {
    const element = await search({ query: '低保' });
    await found(element);
    const opened: HyKbOpenEvent[] = [];
    element.addEventListener('hy-kb-open', (event) => opened.push(event));
    const title = results(element)[0]!.querySelector<HTMLButtonElement>('.title button')!;
    title.focus();
    await sendKeys({ press: 'Enter' });
    await eventually(() => expect(root(element).querySelector('#reader-title')).to.not.equal(null));
    expect(root(element).activeElement?.id).to.equal('reader-title');
    expect(opened[0]!.detail.articleId).to.be.a('string');
    // The provision found best may be a document's last (or first): read on to whichever neighbour it has.
    const neighbour = [...root(element).querySelectorAll<HTMLButtonElement>('.neighbours button')].find((button) => /下一条|上一条/.test(button.textContent!));
    expect(neighbour, 'a button to the next or previous provision').to.not.equal(undefined);
    neighbour!.click();
    await eventually(() => expect(opened.length).to.equal(2));
    expect(opened[1]!.detail.articleId).to.not.equal(opened[0]!.detail.articleId);
    [...root(element).querySelectorAll<HTMLButtonElement>('.neighbours button')].find((button) => /查看全文/.test(button.textContent!))!.click();
    await eventually(() => expect(root(element).querySelectorAll('.document .provision').length).to.be.greaterThan(3));
    root(element).querySelector<HTMLButtonElement>('[part~="reader"] > .button')!.click();
    await eventually(() => expect(root(element).activeElement?.id).to.equal('result-0'));
  });

  it('shows a service guide\'s department, time limit, materials and phones', async () => {
    const element = await search({ query: '最低生活保障业务申请预约' });
    await found(element);
    const guide = await (await residentClient()).kb.search({ q: '最低生活保障业务申请预约', source: ['service_guide'] });
    await element.openDocument(guide.data[0]!.documentId);
    await settled(element);
    const facts = root(element).querySelector('.guide')!.textContent!;
    expect(facts).to.contain('办理部门');
    expect(facts).to.contain('咨询电话');
    expect(root(element).querySelector('.guide a[href^="tel:"]')).to.not.equal(null);
  });

  it('finds superseded versions only when asked', async () => {
    const element = await search({ query: '道路运输' });
    await found(element);
    const current = titles(element).filter((title) => title.includes('道路运输条例'));
    expect(current).to.have.length(1);
    const box = root(element).querySelector<HTMLInputElement>('#f-superseded')!;
    box.click();
    await element.search('道路运输');
    await settled(element);
    expect(titles(element).filter((title) => title.includes('道路运输条例'))).to.have.length(2);
    expect(root(element).querySelector('.badge.superseded')).to.not.equal(null);
  });

  it('lets staff cite and uncite a provision, announcing each, and suggests provisions for a case', async () => {
    const api = await testApi();
    const resident = await residentClient();
    const filed = await resident.cases.create({ kind: 'consultation', address: '招远市温泉街道', description: '家里困难，想问问低保怎么申请，要什么条件？' });
    const staff = await staffClient('city');
    let caseId = '';
    for await (const item of staff.staff.cases.list({ kind: ['consultation'] })) {
      if (item.trackingCode === filed.trackingCode) caseId = item.id;
    }
    const container = document.createElement('div');
    document.body.append(container);
    try {
      render(html`<hy-kb-search lang="en" staff case-id=${caseId} .client=${staff}></hy-kb-search>`, container);
      const element = container.querySelector('hy-kb-search')!;
      await found(element);
      expect(root(element).querySelector('h2.suggestions')!.textContent).to.contain('may answer');
      expect(titles(element)).to.include('城市居民最低生活保障条例');
      const cites: HyKbCiteEvent[] = [];
      element.addEventListener('hy-kb-cite', (event) => cites.push(event));
      const button = results(element)[0]!.querySelector<HTMLButtonElement>('[part~="cite-button"]')!;
      button.focus();
      await sendKeys({ press: 'Space' });
      await settled(element);
      expect(button.getAttribute('aria-pressed')).to.equal('true');
      expect(cites[0]!.detail.cited).to.equal(true);
      expect(cites[0]!.detail.citation).to.include.keys('documentId', 'title', 'articleId', 'articleNumber', 'version');
      expect(element.cited).to.have.length(1);
      expect(root(element).querySelector('[part~="status"]')!.textContent).to.contain('is cited');
      button.click();
      await settled(element);
      expect(button.getAttribute('aria-pressed')).to.equal('false');
      expect(cites[1]!.detail.cited).to.equal(false);
      // The citation the element gives is one the API accepts for the reply.
      await staff.staff.cases.resolve(caseId, { reply: '请到街道办事处提出书面申请。', citations: [cites[0]!.detail.citation] });
      expect(api.cityId).to.be.a('string');
    } finally {
      container.remove();
    }
  });

  it('explains a failure instead of throwing, and reports it as hy-error', async () => {
    const element = await search();
    const errors: HyErrorEvent[] = [];
    element.addEventListener('hy-error', (event) => errors.push(event));
    element.apiBase = 'http://127.0.0.1:9';
    element.query = '工伤';
    await eventually(() => expect(errors.length).to.be.greaterThan(0));
    expect(errors[0]!.detail.code).to.equal('search-failed');
    expect(root(element).querySelector('[role="alert"]')!.textContent!.length).to.be.greaterThan(5);
  });

  it('asks for words rather than searching for nothing', async () => {
    const element = await search({ lang: 'en' });
    root(element).querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await settled(element);
    expect(root(element).querySelector('[role="alert"]')!.textContent).to.contain('Type what you are looking for');
  });

  it('marks highlights without ever reading the text as HTML', () => {
    const container = document.createElement('div');
    const text = '<img src=x onerror=alert(1)> 低保';
    render(highlighted(text, [[text.indexOf('低保'), text.indexOf('低保') + 2]]), container);
    expect(container.querySelector('img')).to.equal(null);
    expect(container.querySelector('mark')!.textContent).to.equal('低保');
    render(highlighted('短', [[0, 9]]), container);
    expect(container.querySelector('mark')).to.equal(null);
  });
});
