import type { HuyingClient, StaffProfile } from '@huying/sdk';
import '@huying/components/staff/define';
import { staffSession } from './session.js';

/**
 * The staff pages: sign in with login and password (the session cookie, first-party through the
 * dev server's /api proxy), then work cases with the staff elements. What the page offers follows
 * the member's unit and permissions: the console for the command centre's dispatchers, patrol for
 * grid members, the inbox and case view for everyone.
 */

type View = 'console' | 'inbox' | 'patrol' | 'case';
type ListView = Exclude<View, 'case'>;
const views = ['console', 'inbox', 'patrol', 'case'] as const;
const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const signInForm = byId<HTMLFormElement>('sign-in');
const session = staffSession();
let previous: ListView = 'inbox';

const words = {
  'zh-CN': {
    title: '有呼必应 · 工作人员',
    language: '语言',
    signOut: '退出登录',
    signInTitle: '登录',
    signInHint: '演示城市招远市每个角色都有演示账号（huying seed 列出），例如派单员 dispatcher、社区 community、街道 street、网格员 grid，密码 huying-demo-2026。',
    login: '账号',
    password: '密码',
    signIn: '登录',
    signInFailed: '登录失败',
    views: '工作台',
    view: { console: '派单台', inbox: '本单位诉求', patrol: '巡查上报', case: '诉求详情' },
    back: '返回列表',
  },
  en: {
    title: 'Huying · Staff',
    language: 'Language',
    signOut: 'Sign out',
    signInTitle: 'Sign in',
    signInHint: 'The demo city Zhaoyuan has a demo sign-in for every role (listed by huying seed), such as dispatcher, community, street and grid, with the password huying-demo-2026.',
    login: 'Login',
    password: 'Password',
    signIn: 'Sign in',
    signInFailed: 'Sign-in failed',
    views: 'Workspace',
    view: { console: 'Dispatch console', inbox: 'Our cases', patrol: 'Patrol report', case: 'Case' },
    back: 'Back to the list',
  },
};
type Lang = keyof typeof words;
let lang: Lang = 'zh-CN';

/** The page's own words follow the language chosen; the elements follow the page's `lang`. */
function applyLanguage(next: Lang): void {
  lang = next;
  const terms = words[next];
  document.documentElement.lang = next;
  document.title = terms.title;
  const text: Record<string, string> = {
    title: terms.title,
    'language-label': terms.language,
    'sign-out': terms.signOut,
    'sign-in-title': terms.signInTitle,
    'sign-in-hint': terms.signInHint,
    'login-label': terms.login,
    'password-label': terms.password,
    'sign-in-button': terms.signIn,
    back: terms.back,
  };
  for (const [id, value] of Object.entries(text)) byId(id).textContent = value;
  byId('views').setAttribute('aria-label', terms.views);
  for (const view of views) byId(view).setAttribute('aria-label', terms.view[view]);
  for (const button of document.querySelectorAll<HTMLButtonElement>('#views button')) button.textContent = terms.view[button.dataset['view'] as ListView];
}

function show(view: View): void {
  for (const name of views) byId(name).hidden = name !== view;
  for (const button of document.querySelectorAll<HTMLButtonElement>('#views button')) {
    if (button.dataset['view'] === view) button.setAttribute('aria-current', 'page');
    else button.removeAttribute('aria-current');
  }
  if (view !== 'case') previous = view;
}

function start(staff: StaffProfile, client: HuyingClient): void {
  const offered: Record<ListView, boolean> = {
    console: staff.unit.kind === 'city' && staff.permissions.includes('cases.dispatch'),
    inbox: true,
    patrol: staff.unit.kind === 'grid',
  };
  signInForm.hidden = true;
  byId('views').hidden = false;
  byId('sign-out').hidden = false;
  byId('who').textContent = `${staff.displayName} · ${staff.unit.name}`;
  for (const button of document.querySelectorAll<HTMLButtonElement>('#views button')) button.hidden = !offered[button.dataset['view'] as ListView];
  for (const tag of ['hy-dispatch-console', 'hy-staff-inbox', 'hy-patrol-report', 'hy-staff-case'] as const) document.querySelector(tag)!.client = client;
  show(offered.console ? 'console' : 'inbox');
}

document.addEventListener('hy-case-open', (event) => {
  document.querySelector('hy-staff-case')!.caseId = event.detail.id;
  show('case');
});
byId('back').addEventListener('click', () => show(previous));
for (const button of document.querySelectorAll<HTMLButtonElement>('#views button')) button.addEventListener('click', () => show(button.dataset['view'] as View));
byId<HTMLSelectElement>('language').addEventListener('change', (event) => applyLanguage((event.target as HTMLSelectElement).value as Lang));

signInForm.addEventListener('submit', async (event) => {
  event.preventDefault();
  const data = new FormData(signInForm);
  try {
    const { staff, client } = await session.signIn(String(data.get('login')), String(data.get('password')));
    byId('sign-in-error').textContent = '';
    start(staff, client);
  } catch (error) {
    byId('sign-in-error').textContent = error instanceof Error ? error.message : words[lang].signInFailed;
  }
});

byId('sign-out').addEventListener('click', async () => {
  await session.signOut();
  location.reload();
});

// Still signed in (a reload): the session answers with its profile and CSRF token.
const resumed = await session.resume();
if (resumed) start(resumed.staff, resumed.client);
else signInForm.hidden = false;
