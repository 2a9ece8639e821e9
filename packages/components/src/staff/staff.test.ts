import { expect } from '@esm-bundle/chai';
import { html } from 'lit';
import { expectNoAxeViolations } from '../test/accessibility.js';
import { eventually, fileTestCase, staffClient, testApi } from '../test/api.js';
import { fixture, removeFixtures } from '../test/fixture.js';
import type { HyCaseActionEvent } from './events.js';
import { unitTree, type HyStaffCase } from './staff-case/staff-case.js';
import './define.js';

const root = (element: Element) => element.shadowRoot!;
const rowIds = (element: Element) => [...root(element).querySelectorAll<HTMLElement>('[part~="row"]')].map((row) => row.dataset['id']);

describe('staff elements', () => {
  afterEach(removeFixtures);

  describe('<hy-staff-inbox>', () => {
    for (const lang of ['zh-CN', 'en']) {
      it(`has no axe violations with cases and the bulk bar, in ${lang}`, async () => {
        const filed = await fileTestCase();
        const client = await staffClient('grid-b1-1');
        const inbox = await fixture(html`<hy-staff-inbox lang=${lang} .client=${client}></hy-staff-inbox>`);
        await eventually(() => expect(rowIds(inbox)).to.include(filed.id));
        await expectNoAxeViolations(inbox);
      });
    }

    it('filters by deadline state, accepts the selected cases at once, and shows a new case live', async () => {
      const first = await fileTestCase();
      const client = await staffClient('grid-b1-1');
      const inbox = await fixture(html`<hy-staff-inbox lang="zh-CN" .client=${client}></hy-staff-inbox>`);
      await eventually(() => expect(rowIds(inbox)).to.include(first.id));
      const badge = root(inbox).querySelector(`[data-id="${first.id}"] [part~="deadline"]`)!;
      expect(badge.classList.contains('running')).to.equal(true);

      const overdue = root(inbox).querySelectorAll('select')[2]!;
      overdue.value = 'overdue';
      overdue.dispatchEvent(new Event('change'));
      await eventually(() => expect(rowIds(inbox)).to.not.include(first.id));
      overdue.value = '';
      overdue.dispatchEvent(new Event('change'));

      // Filed while the inbox is open: it arrives without a reload.
      const second = await fileTestCase({ description: '小区东门路灯不亮，晚上出入很不方便。' });
      await eventually(() => expect(rowIds(inbox)).to.include(second.id));

      root(inbox).querySelector<HTMLInputElement>(`[data-id="${first.id}"] input[type=checkbox]`)!.click();
      root(inbox).querySelector<HTMLInputElement>(`[data-id="${second.id}"] input[type=checkbox]`)!.click();
      const accept = () => root(inbox).querySelector<HTMLButtonElement>('[part~="bulk"] button')!;
      await eventually(() => expect(accept().textContent).to.contain('批量签收（2）'));
      accept().click();
      await eventually(async () => {
        expect((await client.staff.cases.get(first.id)).status).to.equal('accepted');
        expect((await client.staff.cases.get(second.id)).status).to.equal('accepted');
      });
    });
  });

  describe('<hy-staff-case>', () => {
    it('shows the timeline beside the resident view, offers only the allowed actions, and escalates with a reason, axe-clean', async () => {
      const filed = await fileTestCase();
      const client = await staffClient('grid-b1-1');
      const view = await fixture<HyStaffCase>(html`<hy-staff-case lang="zh-CN" .client=${client} case-id=${filed.id}></hy-staff-case>`);
      await eventually(() => expect(root(view).querySelector('[part~="resident-timeline"] li')).to.not.equal(null));
      await expectNoAxeViolations(view);
      const buttons = () => [...root(view).querySelectorAll<HTMLButtonElement>('[part~="actions"] button')].map((button) => button.textContent!.trim());
      expect(buttons()).to.include('签收');
      expect(buttons()).to.not.include('派单');

      const actions: HyCaseActionEvent[] = [];
      view.addEventListener('hy-case-action', (event) => actions.push(event));
      root(view).querySelector<HTMLButtonElement>('[part~="actions"] button')!.click();
      await eventually(() => expect(view.case?.status).to.equal('accepted'));
      [...root(view).querySelectorAll<HTMLButtonElement>('[part~="actions"] button')].find((button) => button.textContent!.trim() === '上报')!.click();
      await eventually(() => expect(root(view).querySelector('[part~="action-form"] textarea')).to.not.equal(null));
      await expectNoAxeViolations(view);
      root(view).querySelector<HTMLTextAreaElement>('[part~="action-form"] textarea')!.value = '涉及多个楼栋，需社区协调物业处理';
      root(view).querySelector<HTMLButtonElement>('[part~="action-form"] button[type=submit]')!.click();
      await eventually(() => expect(actions.map((event) => event.detail.action)).to.deep.equal(['accept', 'escalate']));
      const api = await testApi();
      expect(view.case!.holder.id).to.equal(api.units['community-b1']);
    });

    it('orders the dispatch picker as the unit tree below the member\'s unit', () => {
      const unit = (id: string, kind: string, parentId: string | null, name: string) => ({ id, kind, parentId, name, nameEn: null, phones: [] }) as never;
      const tree = unitTree([unit('c', 'city', null, '指挥中心'), unit('d', 'department', 'c', '水务局'), unit('s', 'street', 'c', '泉山街道'), unit('k', 'community', 's', '东晟社区')], 'c');
      expect(tree.map((entry) => [entry.unit.id, entry.depth])).to.deep.equal([['s', 0], ['k', 1], ['d', 0]]);
    });
  });

  describe('<hy-dispatch-console>', () => {
    it('lists the intake with a suggested unit, dispatches in one click, and passes axe', async () => {
      const api = await testApi();
      const dispatcher = await staffClient('city');
      // An address with no building known lands at the command centre.
      const filed = await (await import('../test/api.js')).residentClient().then((client) =>
        client.cases.create({ kind: 'complaint', categoryId: api.categories['02.01.01']!, address: '招远市金岭路与温泉路交叉口', description: '路口供水管道破裂，水漫到了马路上。' }),
      );
      const console = await fixture(html`<hy-dispatch-console lang="zh-CN" .client=${dispatcher}></hy-dispatch-console>`);
      const item = () => [...root(console).querySelectorAll<HTMLElement>('[part~="intake"] li')].find((li) => li.textContent!.includes(filed.trackingCode));
      await eventually(() => expect(item()?.querySelector('button.button')).to.exist);
      await expectNoAxeViolations(console);
      const dispatch = item()!.querySelector<HTMLButtonElement>('button.button')!;
      expect(dispatch.textContent).to.contain('市水务局');
      dispatch.click();
      await eventually(() => expect(item()).to.equal(undefined));
    });
  });

  describe('<hy-patrol-report>', () => {
    it('files a report from a tile and a building of the grid, lists it under my reports, and passes axe', async () => {
      const client = await staffClient('grid-b1-1');
      const patrol = await fixture(html`<hy-patrol-report lang="en" .client=${client}></hy-patrol-report>`);
      await eventually(() => expect(root(patrol).querySelectorAll('select[name=building] option').length).to.equal(2));
      await expectNoAxeViolations(patrol);
      root(patrol).querySelector<HTMLInputElement>('[part~="tiles"] input')!.click();
      const building = root(patrol).querySelector<HTMLSelectElement>('select[name=building]')!;
      building.value = building.options[1]!.value;
      root(patrol).querySelector<HTMLTextAreaElement>('textarea')!.value = 'Manhole cover broken by the east gate';
      const filed = new Promise<CustomEvent>((resolve) => patrol.addEventListener('hy-patrol-report', (event) => resolve(event as unknown as CustomEvent), { once: true }));
      root(patrol).querySelector<HTMLButtonElement>('button[type=submit]')!.click();
      const { detail } = await filed;
      await eventually(() => expect(root(patrol).querySelector('[part~="mine"]')!.textContent).to.contain(detail.trackingCode));
      expect((await client.staff.cases.get(detail.id)).channel).to.equal('patrol');
    });
  });
});
