import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, hallName, openKiosk, staffPin, startKioskPlatform, tap, type KioskPlatform } from './harness.js';

let platform: KioskPlatform;

beforeAll(async () => {
  platform = await startKioskPlatform();
});
afterAll(() => platform?.close());

/** Every screen the visitor passes gets an axe run; the failures are collected by screen. */
async function expectAxeClean(page: Page, screen: string): Promise<void> {
  expect(await axeViolations(page), screen).toEqual([]);
}

const heading = (page: Page, name: string | RegExp) => page.getByRole('heading', { name, level: 1 }).first();
const button = (page: Page, name: string | RegExp) => page.getByRole('button', { name, exact: typeof name === 'string' }).first();

/** The staff corner's count of reports waiting to be sent, once it reads `count`. */
const waitingReads = (page: Page, count: number, timeout?: number) => page.getByTestId('waiting').filter({ hasText: new RegExp(`^${count}$`) }).waitFor(timeout ? { timeout } : {});

async function typeOnKeypad(page: Page, digits: string): Promise<void> {
  for (const digit of digits) await tap(page.locator('kiosk-keypad').getByRole('button', { name: digit, exact: true }));
}

/** Everything the page shows as text, shadow roots included, and the values of its fields. */
function everythingOnScreen(page: Page): Promise<string> {
  return page.evaluate(() => {
    const parts: string[] = [];
    const walk = (root: Document | ShadowRoot) => {
      parts.push(root instanceof Document ? root.body.innerText : [...root.children].map((child) => (child as HTMLElement).innerText ?? '').join(' '));
      for (const element of root.querySelectorAll('*')) {
        if (element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement) parts.push(element.value);
        if (element.shadowRoot) walk(element.shadowRoot);
      }
    };
    walk(document);
    return parts.join('\n');
  });
}

async function startedKiosk(context: BrowserContext, query = ''): Promise<Page & { uncaught: string[] }> {
  const page = await openKiosk(context, `${platform.kiosk}/?device-key=${platform.deviceKey}${query}`);
  await heading(page, hallName).waitFor();
  return page;
}

describe('a visitor at the kiosk (zh-CN)', () => {
  let context: BrowserContext;
  let page: Page & { uncaught: string[] };
  let filed: { trackingCode: string; secret: string };

  beforeAll(async () => {
    context = await platform.newKiosk();
    page = await startedKiosk(context);
  });
  afterAll(() => context?.close());

  it('shows the hall, its notices and a prompt to start, and keeps the device key out of the address bar', async () => {
    expect(page.url()).not.toContain('device-key');
    await page.getByText('办事时间：周一至周五').waitFor();
    await expectAxeClean(page, 'attract');
  });

  it('files a report by touch alone: category tiles, description with a quick phrase, phone on the keypad, receipt with a QR', async () => {
    await tap(button(page, '请触摸屏幕开始'));
    await heading(page, '您好，请问需要办理什么？').waitFor();
    await expectAxeClean(page, 'home');

    await tap(button(page, /^反映问题/));
    await heading(page, '您要反映哪方面的问题？').waitFor();
    await expectAxeClean(page, 'category groups');
    await tap(button(page, '城乡建设'));
    await heading(page, /城乡建设：请选择具体问题/).waitFor();
    await expectAxeClean(page, 'categories');
    await tap(button(page, /物业服务/));

    await heading(page, '请描述问题').waitFor();
    await page.getByLabel('问题描述').fill('丽景苑3号楼东单元楼道灯坏了一周');
    await tap(button(page, '晚上特别严重'));
    expect(await page.getByLabel('问题描述').inputValue()).toBe('丽景苑3号楼东单元楼道灯坏了一周，晚上特别严重');
    await expectAxeClean(page, 'description');
    await tap(button(page, '下一步'));

    await heading(page, '留下手机号，方便工作人员联系您').waitFor();
    await typeOnKeypad(page, '13912345678');
    await expectAxeClean(page, 'phone');
    await tap(button(page, '下一步'));

    await heading(page, '请确认后提交').waitFor();
    await tap(button(page, '提交'));
    await page.getByText('请先勾选同意，才能提交。').waitFor();
    await tap(page.locator('kiosk-app label.consent'));
    await expectAxeClean(page, 'review');
    await tap(button(page, '提交'));

    await heading(page, '提交成功').waitFor();
    await page.locator('kiosk-app hy-qr-code').getByRole('img').waitFor();
    await expectAxeClean(page, 'receipt');
    const codeText = await page.locator('kiosk-app .code').innerText();
    filed = { trackingCode: codeText.replace(/\D/g, ''), secret: await page.locator('kiosk-app .secret').innerText() };
    expect(filed.trackingCode).toMatch(/^\d{12}$/);

    const cases = await platform.cases();
    const filedCase = cases.find((item) => item.trackingCode === filed.trackingCode);
    expect(filedCase).toMatchObject({ channel: 'kiosk', building: { name: '丽景苑3号楼' }, category: { level3: '物业服务' } });
    expect(page.uncaught).toEqual([]);
  });

  it('prints a receipt-sized slip: only the code, the secret, the QR and the hall', async () => {
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('kiosk-app header').isVisible()).toBe(false);
    expect(await button(page, '打印回执').isVisible()).toBe(false);
    expect(await page.locator('kiosk-app .code').isVisible()).toBe(true);
    expect(await page.locator('kiosk-app .print-only').innerText()).toContain(hallName);
    await page.emulateMedia({ media: 'screen' });
  });

  it('tracks the case with its code and secret on the keypad', async () => {
    await tap(button(page, '完成'));
    await tap(button(page, '请触摸屏幕开始'));
    await tap(button(page, /^查询进度/));
    await heading(page, '查询办理进度').waitFor();
    await typeOnKeypad(page, '12');
    await tap(button(page, '下一步'));
    await page.getByText('诉求编号是 12 位数字').waitFor();
    await tap(page.locator('kiosk-keypad').getByRole('button', { name: '清空' }));
    await typeOnKeypad(page, filed.trackingCode);
    await expectAxeClean(page, 'track: code');
    await tap(button(page, '下一步'));
    await heading(page, '输入查询密码或手机号后四位').waitFor();
    await typeOnKeypad(page, filed.secret);
    await expectAxeClean(page, 'track: secret');
    await tap(button(page, '查看'));
    await page.locator('kiosk-app hy-case-tracker').getByText('楼道灯坏了一周').first().waitFor();
    await expectAxeClean(page, 'track: case');
  });

  it('answers a policy question from the knowledge base with large results', async () => {
    await tap(button(page, '回到首页'));
    await tap(button(page, '请触摸屏幕开始'));
    await tap(button(page, /^政策咨询/));
    await heading(page, '政策咨询').waitFor();
    await tap(button(page, '最低生活保障'));
    await page.locator('kiosk-app hy-kb-search').locator('[part~="result"]').first().waitFor();
    await expectAxeClean(page, 'ask');
  });

  it('asks for the secret before rating', async () => {
    await tap(button(page, '回到首页'));
    await tap(button(page, '请触摸屏幕开始'));
    await tap(button(page, /^评价办理结果/));
    await heading(page, '评价办理结果').waitFor();
    await typeOnKeypad(page, filed.trackingCode);
    await tap(button(page, '下一步'));
    await tap(button(page, '查看'));
    await page.getByText('评价需要查询密码').first().waitFor();
    await expect(page.getByRole('button', { name: '跳过，只看状态' }).count()).resolves.toBe(0);
    await expectAxeClean(page, 'rate: secret');
  });

  it('opens the staff corner with the hall’s PIN only', async () => {
    await tap(button(page, '工作人员'));
    await heading(page, '工作人员入口').waitFor();
    await typeOnKeypad(page, '1111');
    await tap(button(page, '进入'));
    await page.getByText('密码不正确，还可以尝试 4 次。').waitFor();
    await expectAxeClean(page, 'staff PIN');
    await typeOnKeypad(page, staffPin);
    await tap(button(page, '进入'));
    await heading(page, '终端状态').waitFor();
    await waitingReads(page, 0);
    await expectAxeClean(page, 'staff corner');
    expect(page.uncaught).toEqual([]);
  });
});

describe('with the network down', () => {
  it('queues the report durably, keeps it through a reload, and sends it exactly once when the network returns', async () => {
    const context = await platform.newKiosk();
    let page = await startedKiosk(context);
    // Once the service worker controls the page, the app shell comes from its precache.
    await page.evaluate(() => navigator.serviceWorker.ready);
    await page.reload();
    await heading(page, hallName).waitFor();
    expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
    const before = (await platform.cases()).length;

    await context.setOffline(true);
    await tap(button(page, '请触摸屏幕开始'));
    await tap(button(page, /^反映问题/));
    await tap(button(page, '其他问题'));
    await page.getByLabel('问题描述').fill('金晖社区党群服务中心门口的盲道被电动车占了');
    await tap(button(page, '下一步'));
    await tap(button(page, '不留电话'));
    await tap(page.locator('kiosk-app label.consent'));
    await tap(button(page, '提交'));
    await heading(page, '已保存，网络恢复后自动提交').waitFor();
    await page.getByText('待发送').waitFor();
    await expectAxeClean(page, 'queued');

    // The kiosk is restarted while the network is still down: it opens from its cache.
    await page.close();
    page = await openKiosk(context, platform.kiosk);
    await heading(page, hallName).waitFor();
    await tap(button(page, '工作人员'));
    await typeOnKeypad(page, staffPin);
    await tap(button(page, '进入'));
    await heading(page, '终端状态').waitFor();
    await waitingReads(page, 1);
    expect((await platform.cases()).length).toBe(before);

    await context.setOffline(false);
    await waitingReads(page, 0, 30_000);
    await page.reload();
    await heading(page, hallName).waitFor();
    const cases = await platform.cases();
    expect(cases.length).toBe(before + 1);
    expect(cases.filter((item) => item.title.includes('盲道被电动车占了'))).toHaveLength(1);
    expect(cases.find((item) => item.title.includes('盲道'))?.channel).toBe('kiosk');
    await context.close();
  });
});

describe('privacy', () => {
  it('counts down after the idle time, then wipes what was entered and returns to the attract screen', async () => {
    const context = await platform.newKiosk();
    const page = await startedKiosk(context, '&idle=5&countdown=3');
    const secretText = '我家住在丽景苑3号楼502室，邻居噪音扰民';
    await tap(button(page, '请触摸屏幕开始'));
    await tap(page.getByRole('switch', { name: '大字' }));
    await tap(button(page, /^反映问题/));
    await tap(button(page, '其他问题'));
    await page.getByLabel('问题描述').fill(secretText);
    // What an embedded element might have kept for the visitor.
    await page.evaluate((text) => {
      sessionStorage.setItem('draft', text);
      localStorage.setItem('hy-draft', text);
    }, secretText);
    expect(await everythingOnScreen(page)).toContain(secretText);

    const dialog = page.getByRole('alertdialog', { name: '您还在使用吗？' });
    await dialog.waitFor({ timeout: 15_000 });
    await expectAxeClean(page, 'idle countdown');
    await heading(page, hallName).waitFor({ timeout: 15_000 });

    expect(await everythingOnScreen(page)).not.toContain(secretText);
    const storage = await page.evaluate(() => ({
      session: Object.keys(sessionStorage),
      local: Object.entries(localStorage),
      largeText: document.documentElement.classList.contains('large-text'),
    }));
    expect(storage.session).toEqual([]);
    expect(storage.local.every(([key]) => key.startsWith('huying-kiosk:'))).toBe(true);
    expect(JSON.stringify(storage.local)).not.toContain(secretText);
    expect(storage.largeText).toBe(false);
    await context.close();
  });
});

describe('first start and English', () => {
  it('asks for the device key on first start, then serves a visitor in English', async () => {
    const context = await platform.newKiosk({ locale: 'en-GB' });
    const page = await openKiosk(context, platform.kiosk);
    await heading(page, '登记本终端').waitFor();
    await expectAxeClean(page, 'setup');
    await page.getByLabel('设备密钥').fill('not-a-key');
    await tap(button(page, '保存并启动'));
    await page.getByText('设备密钥以 hy_kiosk_ 开头').waitFor();
    await page.getByLabel('设备密钥').fill(platform.deviceKey);
    await tap(button(page, '保存并启动'));
    await heading(page, hallName).waitFor();

    await tap(button(page, 'English'));
    await heading(page, 'Jinhui Community Service Centre').waitFor();
    await expectAxeClean(page, 'attract (en)');
    await tap(button(page, 'Touch the screen to start'));
    await heading(page, 'Hello! What would you like to do?').waitFor();
    await expectAxeClean(page, 'home (en)');
    await tap(button(page, /^Report a problem/));
    await tap(button(page, 'Something else'));
    await heading(page, 'Describe the problem').waitFor();
    await page.getByLabel('Description').fill('The street light at the east gate of Lijingyuan has been out for a week');
    await tap(button(page, 'Worst at night'));
    await expectAxeClean(page, 'description (en)');
    await tap(button(page, 'Next'));
    await typeOnKeypad(page, '13912345678');
    await tap(button(page, 'Next'));
    await heading(page, 'Check and send').waitFor();
    await tap(page.locator('kiosk-app label.consent'));
    await expectAxeClean(page, 'review (en)');
    await tap(button(page, 'Send'));
    await heading(page, 'Sent').waitFor();
    await expectAxeClean(page, 'receipt (en)');
    const code = (await page.locator('kiosk-app .code').innerText()).replace(/\D/g, '');
    expect((await platform.cases()).find((item) => item.trackingCode === code)?.channel).toBe('kiosk');
    expect(page.uncaught).toEqual([]);
    await context.close();
  });
});
