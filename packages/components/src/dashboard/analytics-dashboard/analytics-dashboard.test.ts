import { expect } from '@esm-bundle/chai';
import { html } from 'lit';
import { expectNoAxeViolations } from '../../test/accessibility.js';
import { eventually, fileTestCase, staffClient } from '../../test/api.js';
import { fixture, removeFixtures } from '../../test/fixture.js';
import './define.js';

const root = (element: Element) => element.shadowRoot!;

describe('<hy-analytics-dashboard>', () => {
  afterEach(removeFixtures);

  for (const lang of ['zh-CN', 'en']) {
    it(`has no axe violations with charts and their tables, in ${lang}`, async () => {
      await fileTestCase();
      const client = await staffClient('city');
      const dashboard = await fixture(html`<hy-analytics-dashboard lang=${lang} .client=${client}></hy-analytics-dashboard>`);
      await eventually(() => expect(root(dashboard).querySelectorAll('svg[role="img"]').length).to.be.greaterThan(0));
      // Open every table alternative, so axe checks them too.
      for (const details of root(dashboard).querySelectorAll('details')) details.open = true;
      await expectNoAxeViolations(dashboard);
    });
  }

  it('draws the cases filed this month and gives the same numbers in a table reachable by keyboard', async () => {
    await fileTestCase();
    const client = await staffClient('city');
    const before = await client.assessment.dashboard({ interval: 'month' });
    const total = before.volume.reduce((sum: number, row: { cases: number }) => sum + row.cases, 0);
    const dashboard = await fixture(html`<hy-analytics-dashboard lang="en" interval="month" .client=${client}></hy-analytics-dashboard>`);
    await eventually(() => expect(root(dashboard).querySelector('figure svg')).to.not.equal(null));
    const chart = root(dashboard).querySelector('figure svg')!;
    expect(chart.getAttribute('aria-label')).to.contain(`${total} cases`);
    expect(root(dashboard).querySelectorAll('figure svg rect').length).to.be.greaterThan(0);
    const summary = root(dashboard).querySelector<HTMLElement>('summary')!;
    expect(summary.textContent).to.equal('Show as a table');
    summary.focus();
    expect(root(dashboard).activeElement).to.equal(summary);
    summary.click();
    const cells = [...root(dashboard).querySelectorAll('details table tbody tr:last-child td:last-child')];
    expect(Number(cells[0]!.textContent)).to.equal(total);
  });

  it('shows a message, not a broken chart, when the member may not see dashboards', async () => {
    const client = await staffClient('grid-b1-1');
    const errors: Event[] = [];
    const dashboard = await fixture(html`<hy-analytics-dashboard lang="zh-CN" .client=${client} @hy-error=${(event: Event) => errors.push(event)}></hy-analytics-dashboard>`);
    await eventually(() => expect(root(dashboard).querySelector('[role="alert"]')?.textContent).to.contain('加载失败'));
    expect(errors).to.have.length(1);
    await expectNoAxeViolations(dashboard);
  });
});
