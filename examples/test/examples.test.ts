import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { HuyingClient } from '@huying/sdk';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, startPlatform, type Platform } from './harness.js';

let platform: Platform;

beforeAll(async () => {
  platform = await startPlatform();
});
afterAll(() => platform?.close());

const staff = () => new HuyingClient({ baseUrl: platform.api.url, staffToken: platform.api.tokens['grid-b1-1']!, city: platform.api.cityId });

async function open(url: string): Promise<Page> {
  const page = await platform.browser.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(url);
  (page as Page & { uncaught: string[] }).uncaught = errors;
  return page;
}

/** Fills the report form as a resident does: by label and role, through the shadow DOM. */
async function report(page: Page, description: string) {
  await page.getByRole('combobox', { name: '楼栋或小区' }).fill('丽景');
  await page.getByRole('option', { name: /丽景苑3号楼/ }).click();
  await page.getByLabel('问题描述').fill(description);
  await page.getByLabel('手机号或固定电话').fill('13812345678');
  await page.getByRole('checkbox', { name: /我已阅读并同意隐私说明/ }).check();
  await page.getByRole('button', { name: '提交', exact: true }).click();
  await page.getByRole('heading', { name: '提交成功' }).waitFor();
  return page.evaluate(() => {
    const values = [...document.querySelector('hy-report-form')!.shadowRoot!.querySelectorAll('.receipt .value')].map((node) => node.textContent!);
    return { trackingCode: values[0]!.replace(/-/g, ''), secret: values[1]! };
  });
}

async function caseId(trackingCode: string): Promise<string> {
  for await (const item of staff().staff.cases.list({ scope: 'held' })) if (item.trackingCode === trackingCode) return item.id;
  throw new Error(`no case ${trackingCode}`);
}

describe('the community website (one script tag)', () => {
  let filed: { trackingCode: string; secret: string };

  it('loads the widgets from the platform, passes axe, and files a report', async () => {
    const page = await open(`${platform.examples}/community-site/`);
    await page.waitForFunction(() => customElements.get('hy-report-form') && customElements.get('hy-case-tracker'));
    expect(await axeViolations(page)).toEqual([]);
    filed = await report(page, '丽景苑3号楼东单元楼道灯坏了一周，晚上上下楼看不见台阶。');
    expect(filed.trackingCode).toMatch(/^\d{12}$/);
    expect(await axeViolations(page)).toEqual([]);
    expect((page as Page & { uncaught: string[] }).uncaught).toEqual([]);
  });

  it('opens the tracking link of the receipt on the platform’s own page, axe-clean', async () => {
    const page = await open(`${platform.api.url}/track/${filed.trackingCode}?secret=${filed.secret}`);
    await page.getByRole('heading', { name: /诉求 \d{4}-\d{4}-\d{4}/ }).waitFor();
    expect(await page.getByText('楼道灯坏了一周').count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('shows each step live on the tracking page, and records how long it takes to arrive', async () => {
    const page = await open(`${platform.api.url}/track/${filed.trackingCode}?secret=${filed.secret}`);
    await page.getByText('实时更新中').waitFor();
    // Each new step in the timeline is stamped with the page's clock when it appears.
    await page.evaluate(() => {
      const tracker = document.querySelector('hy-case-tracker')!;
      const seen: number[] = [];
      (window as unknown as { seen: number[] }).seen = seen;
      let steps = tracker.shadowRoot!.querySelectorAll('[part~="step"]').length;
      new MutationObserver(() => {
        const now = tracker.shadowRoot!.querySelectorAll('[part~="step"]').length;
        if (now > steps) seen.push(Date.now());
        steps = now;
      }).observe(tracker.shadowRoot!, { childList: true, subtree: true });
    });
    const id = await caseId(filed.trackingCode);
    const grid = staff().staff.cases;
    const moves = [
      () => grid.accept(id),
      () => grid.respond(id, { message: '已联系电工，明天上午更换。' }),
      () => grid.note(id, { message: '电工已到场。', visibleToResident: true }),
      () => grid.note(id, { message: '灯具已订购。', visibleToResident: true }),
      () => grid.note(id, { message: '正在更换。', visibleToResident: true }),
      () => grid.resolve(id, { reply: '楼道灯已全部更换，恢复照明。' }),
    ];
    const latencies: number[] = [];
    for (const [index, move] of moves.entries()) {
      const started = Date.now();
      await move();
      await page.waitForFunction((count) => (window as unknown as { seen: number[] }).seen.length > count, index);
      const arrived = await page.evaluate((at) => (window as unknown as { seen: number[] }).seen[at]!, index);
      latencies.push(arrived - started);
    }
    await page.getByRole('heading', { name: '评价办理结果' }).waitFor();
    expect(latencies).toHaveLength(moves.length);
    const sorted = [...latencies].sort((a, b) => a - b);
    const figures = { moves: latencies.length, latenciesMs: latencies, medianMs: sorted[Math.floor(sorted.length / 2)], maxMs: sorted.at(-1) };
    console.log(`live update: from the unit's request to the step on the page: ${JSON.stringify(figures)}`);
    const results = fileURLToPath(new URL('../../bench/results/', import.meta.url));
    mkdirSync(results, { recursive: true });
    writeFileSync(`${results}live-update-latency.json`, `${JSON.stringify({ measuredAt: new Date().toISOString(), ...figures }, null, 2)}\n`);

    // The rating widget, now shown, takes the rating on the same page.
    await page.getByRole('radio', { name: /^满意/ }).check();
    await page.getByRole('button', { name: '提交评价' }).click();
    await page.getByText('感谢您的评价。').waitFor();
    await page.getByText('您评价了办理结果：满意').waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });
});

describe('the property company’s portal (React, npm import)', () => {
  it('files a repair request through the element and follows it under “my requests”', async () => {
    const page = await open(`${platform.examples}/property-portal/`);
    await page.getByRole('heading', { name: '反映问题' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await report(page, '东单元门禁坏了，刷卡没有反应，谁都能进楼。');
    await page.getByRole('status').filter({ hasText: '报修已提交' }).waitFor();
    await page.getByRole('tab', { name: '我的报修（1）' }).click();
    await page.getByRole('heading', { name: /诉求 \d{4}-\d{4}-\d{4}/ }).waitFor();
    await page.getByText('东单元门禁坏了').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    expect((page as Page & { uncaught: string[] }).uncaught).toEqual([]);
  });
});

describe('a site the key does not list', () => {
  it('is refused, with a message that says what to do', async () => {
    const page = await open(`${platform.foreign}/`);
    await page.waitForFunction(() => customElements.get('hy-report-form'));
    await page.getByRole('combobox', { name: '楼栋或小区' }).fill('丽景');
    const message = page.getByRole('alert').filter({ hasText: '本网站暂时无法使用该服务' });
    await message.waitFor();
    expect(await message.textContent()).toContain(platform.foreign);
    await page.getByLabel('诉求编号').fill(`2611-0372-8844`);
    await page.getByRole('button', { name: '查询', exact: true }).click();
    await page.getByRole('alert').filter({ hasText: '请联系网站管理员' }).nth(1).waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });
});
