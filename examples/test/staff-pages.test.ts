import { HuyingClient } from '@huying/sdk';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, startPlatform, type Platform } from './harness.js';

/**
 * A whole loop through the staff pages only: the dispatcher dispatches a new case to a
 * community, the community's staff accept and escalate it, the street accepts and replies, and
 * the resident rates the reply on the tracking page.
 */
let platform: Platform;
let page: Page;

beforeAll(async () => {
  platform = await startPlatform();
  page = await platform.browser.newPage();
  page.on('pageerror', (error) => {
    throw error;
  });
});
afterAll(() => platform?.close());

async function signIn(login: string) {
  // The test city is not the platform's default one: the page takes it from ?city=.
  await page.goto(`${platform.examples}/staff/?city=${platform.api.cityId}`);
  const signOut = page.getByRole('button', { name: '退出登录' });
  const loginField = page.getByLabel('账号');
  // The page picks up an open session on load: sign that member out first.
  await page.locator('#sign-in:not([hidden]), #sign-out:not([hidden])').waitFor();
  if (await signOut.isVisible()) {
    await signOut.click();
    await loginField.waitFor();
  }
  await loginField.fill(login);
  await page.getByLabel('密码').fill(platform.api.staffPassword);
  await page.getByRole('button', { name: '登录', exact: true }).click();
  await page.getByRole('navigation', { name: '工作台' }).waitFor();
}

/** Runs the action of the open case view: its button, then (if it has a form) the form's fields and submit. */
async function act(action: string, fill?: () => Promise<void>) {
  const view = page.locator('hy-staff-case');
  await view.locator('[part~="actions"]').getByRole('button', { name: action, exact: true }).click();
  if (fill) {
    await fill();
    await view.locator('[part~="action-form"]').getByRole('button', { name: action, exact: true }).click();
  }
  await view.getByText(`已完成：${action}`).waitFor();
}

describe('the staff pages', () => {
  it('take a case through the whole loop, from dispatch to the resident’s rating', async () => {
    const resident = new HuyingClient({ baseUrl: platform.api.url, siteKey: platform.api.siteKey });
    const filed = await resident.cases.create({
      kind: 'complaint',
      address: '温泉街道金晖社区丽景苑小区北门',
      description: '小区北门外的窨井盖缺失，晚上行人很容易掉进去，请尽快处理。',
    });
    const code = filed.trackingCode;

    // The dispatcher finds it in the console's intake and dispatches it to the community.
    await signIn('city');
    await page.getByRole('heading', { name: '待派单' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.locator('hy-dispatch-console [part~="intake"] li', { hasText: code }).getByRole('button').first().click();
    await page.locator('hy-staff-case').getByRole('heading', { name: /窨井盖缺失/ }).waitFor();
    await act('签收');
    await act('派单', async () => {
      const picker = page.locator('hy-staff-case').getByLabel('派往单位');
      await picker.selectOption({ label: `${'\u3000'}金晖社区` });
    });
    expect(await axeViolations(page)).toEqual([]);

    // The community's staff accept it from their inbox and escalate it to the street.
    await signIn('community-b1');
    await page.locator('hy-staff-inbox').getByRole('button', { name: /窨井盖缺失/ }).click();
    await act('签收');
    await act('上报', () => page.locator('hy-staff-case').getByLabel('理由').fill('窨井属市政管网，需街道协调市政部门处理'));
    expect(await axeViolations(page)).toEqual([]);

    // The street accepts and replies.
    await signIn('street-b');
    await page.locator('hy-staff-inbox').getByRole('button', { name: /窨井盖缺失/ }).click();
    await act('签收');
    await act('答复办结', () => page.locator('hy-staff-case').getByLabel('答复内容').fill('已协调市政部门于当日补装井盖，并设置警示标识。'));
    await page.locator('hy-staff-case [part~="resident-timeline"]').getByText('已答复待评价').waitFor();
    // The page and its elements in English, still axe-clean.
    await page.getByLabel('语言').selectOption('en');
    await page.getByRole('navigation', { name: 'Workspace' }).waitFor();
    await page.locator('hy-staff-case [part~="resident-timeline"]').getByRole('heading', { name: 'What the resident sees' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);

    // The resident rates the reply on the tracking page.
    const tracking = await platform.browser.newPage();
    await tracking.goto(`${platform.api.url}/track/${code}?secret=${filed.secret}`);
    await tracking.getByRole('radio', { name: /^满意/ }).check();
    await tracking.getByRole('button', { name: '提交评价' }).click();
    await tracking.getByText('感谢您的评价。').waitFor();

    const dispatcher = new HuyingClient({ baseUrl: platform.api.url, staffToken: platform.api.tokens['city']!, city: platform.api.cityId });
    const [row] = (await dispatcher.staff.cases.list({ scope: 'subtree', status: ['rated', 'closed'] })).data.filter((item) => item.trackingCode === code);
    expect(row?.holder.id).toBe(platform.api.units['street-b']);
    const view = await dispatcher.staff.cases.get(row!.id);
    expect(view.timeline.map((entry) => entry.type)).toEqual(['submitted', 'accepted', 'dispatched', 'accepted', 'escalated', 'accepted', 'resolved', 'rated']);
  });
});
