import { HuyingClient } from '@huying/sdk';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, startPlatform, type Platform } from './harness.js';

/**
 * The staff pages, on one platform: a whole loop through the staff pages only (the dispatcher
 * dispatches a new case to a community, the community's staff accept and escalate it, the street
 * accepts and replies, and the resident rates the reply on the tracking page), then the property
 * company's own desk, where its manager sees only the cases at its buildings and replies to one.
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

/**
 * Replies and closes the open case, sees the reply reach the resident's side, then switches the
 * page to English: `english`, a control of the page's own, and the case view read English, axe-clean.
 */
async function replyThenReadInEnglish(reply: string, english: Locator) {
  await act('答复办结', () => page.locator('hy-staff-case').getByLabel('答复内容').fill(reply));
  await page.locator('hy-staff-case [part~="resident-timeline"]').getByText('已答复待评价').waitFor();
  await page.getByLabel('语言').selectOption('en');
  await english.waitFor();
  await page.locator('hy-staff-case').getByRole('heading', { name: 'What the resident sees' }).waitFor();
  expect(await axeViolations(page)).toEqual([]);
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
    await replyThenReadInEnglish('已协调市政部门于当日补装井盖，并设置警示标识。', page.getByRole('navigation', { name: 'Workspace' }));

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

  it('show the property company only the cases at its buildings, and let it reply to the one sent to it', async () => {
    const { api } = platform;
    const resident = new HuyingClient({ baseUrl: api.url, siteKey: api.siteKey });
    const staffOf = (unit: string) => new HuyingClient({ baseUrl: api.url, staffToken: api.tokens[unit]!, city: api.cityId });
    const file = (building: string, description: string) => resident.cases.create({ kind: 'help', buildingId: api.buildings[building]!, description });
    // Two cases at the company's building (东晟小区1号楼): one the community sends on to the company, one its grid keeps.
    const sent = await file('dongsheng-1', '东晟小区1号楼东单元门禁坏了，刷卡没有反应，外人随意进出。');
    const kept = await file('dongsheng-1', '东晟小区1号楼楼下的路灯不亮已经一周，晚上回家看不清路。');
    const elsewhere = await file('liangjingyuan-3', '丽景苑3号楼电梯经常停在两层之间，老人不敢乘坐。');
    const grid = staffOf('grid-a1-1');
    const community = staffOf('community-a1');
    const held = (await grid.staff.cases.list({ scope: 'held' })).data;
    const idOf = (trackingCode: string) => held.find((row) => row.trackingCode === trackingCode)!.id;
    const [sentId, keptId] = [idOf(sent.trackingCode), idOf(kept.trackingCode)];
    await grid.staff.cases.accept(sentId);
    await grid.staff.cases.escalate(sentId, { reason: '门禁属物业设施，请社区转物业公司处理' });
    await community.staff.cases.accept(sentId);
    await community.staff.cases.dispatch(sentId, { toUnitId: api.units['property-a1']! });

    // The street's session from the loop above is still open: the desk says it is not for them.
    await page.goto(`${platform.examples}/property-portal/staff.html?city=${api.cityId}`);
    await page.getByRole('alert').filter({ hasText: '不是物业公司的账号' }).waitFor();
    await page.getByRole('button', { name: '退出登录' }).click();
    await page.getByRole('heading', { name: '物业管理员登录' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByLabel('账号').fill('property-a1');
    await page.getByLabel('密码').fill(api.staffPassword);
    await page.getByRole('button', { name: '登录', exact: true }).click();

    const inbox = page.locator('hy-staff-inbox');
    const rows = inbox.locator('[part~="row"]');
    await rows.filter({ hasText: kept.trackingCode }).waitFor();
    await rows.filter({ hasText: sent.trackingCode }).waitFor();
    expect((await rows.evaluateAll((found) => found.map((row) => (row as HTMLElement).dataset['id']))).sort()).toEqual([sentId, keptId].sort());
    expect(await inbox.textContent()).not.toContain(elsewhere.trackingCode);
    expect(await axeViolations(page)).toEqual([]);

    await rows.filter({ hasText: sent.trackingCode }).getByRole('button', { name: /门禁坏了/ }).click();
    await page.getByRole('button', { name: '返回列表' }).waitFor();
    await act('签收');
    await replyThenReadInEnglish('已更换东单元门禁读卡器，业主刷卡恢复正常。', page.getByRole('button', { name: 'Back to the list' }));

    const answered = await community.staff.cases.get(sentId);
    expect([answered.status, answered.holder.id]).toEqual(['resolved', api.units['property-a1']]);
    // The grid's case was seen, not worked: the company could not act on it.
    expect((await grid.staff.cases.get(keptId)).status).toBe('submitted');
  });
});
