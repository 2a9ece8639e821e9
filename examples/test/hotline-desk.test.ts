import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, startPlatform, type Platform } from './harness.js';

/** The hotline page: sign in with the session cookie through the examples server, log a call, keep the session over a reload. */
let platform: Platform;
let page: Page;
const uncaught: string[] = [];

beforeAll(async () => {
  platform = await startPlatform();
  page = await platform.browser.newPage();
  page.on('pageerror', (error) => uncaught.push(error.message));
});
afterAll(() => platform?.close());

describe('the hotline desk page', () => {
  it('signs an operator in, logs a call with its tracking code, and speaks English on request, axe-clean', async () => {
    // The test platform's city is not the default one: the page takes it from ?city=.
    await page.goto(`${platform.examples}/hotline-desk/?city=${platform.api.cityId}`);
    // The demo information officer's sign-in is filled in; the test city's dispatcher signs in instead.
    expect(await page.getByLabel('账号').inputValue()).toBe('info');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByLabel('账号').fill('city');
    await page.getByLabel('密码').fill(platform.api.staffPassword);
    await page.getByRole('button', { name: '登录', exact: true }).click();
    await page.getByRole('heading', { name: '来电登记', exact: true }).waitFor();
    await page.locator('hy-hotline-desk .number', { hasText: '12345' }).waitFor();

    await page.getByLabel('来电号码').fill('13700001234');
    await page.locator('hy-hotline-desk [part~="history"]', { hasText: '此前没有来电记录' }).waitFor();
    await page.getByRole('button', { name: '找不到楼栋，直接填写地址' }).click();
    await page.getByLabel('地址', { exact: true }).fill('温泉街道金晖社区丽景苑小区北门');
    await page.getByLabel('来电内容').fill('小区北门外的窨井盖缺失，晚上行人很容易掉进去。');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: '登记来电' }).click();
    await page.getByRole('heading', { name: '来电已登记' }).waitFor();
    const code = (await page.locator('hy-hotline-desk .tracking-code').textContent())!;
    expect(code).toMatch(/^\d{12}$/);
    expect(await page.locator('#today-calls li').first().textContent()).toContain(`${code}：拨打 12345，来电 137****1234`);
    expect(await axeViolations(page)).toEqual([]);

    await page.getByLabel('语言').selectOption('en');
    await page.getByRole('heading', { name: 'Call logged' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);

    // A reload keeps the session: the desk is back without signing in again.
    await page.reload();
    await page.getByRole('heading', { name: '来电登记', exact: true }).waitFor();
    expect(await page.locator('#sign-in').isHidden()).toBe(true);
    expect(uncaught).toEqual([]);
  });
});
