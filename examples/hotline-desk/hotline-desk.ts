import '@huying/components/hotline/define';
import { staffSession, type StaffSignIn } from '../staff/session.js';

/**
 * The hotline operator's page: the demo city's information officer signs in with login and
 * password (the session cookie, first-party because the dev server forwards /api to the
 * platform), then logs calls with <hy-hotline-desk>. The page lists the calls logged in this
 * sitting so the operator can read a tracking code again.
 */

const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const signInForm = byId<HTMLFormElement>('sign-in');
const desk = document.querySelector('hy-hotline-desk')!;

const words = {
  'zh-CN': {
    title: '有呼必应 · 热线来电登记',
    language: '语言',
    signOut: '退出登录',
    signInTitle: '值班信息员登录',
    signInHint: '演示城市招远市的信息员账号（huying seed 列出的演示登录），已为您填好。',
    login: '账号',
    password: '密码',
    signIn: '登录',
    signInFailed: '登录失败',
    notAllowed: (name: string) => `${name} 没有热线受理权限：请用指挥中心的派单员或信息员账号登录。`,
    today: '本次值班登记的来电',
    loggedCall: (code: string, number: string, masked: string) => `${code}：拨打 ${number}，来电 ${masked}`,
  },
  en: {
    title: 'Huying · Hotline calls',
    language: 'Language',
    signOut: 'Sign out',
    signInTitle: 'Information officer sign-in',
    signInHint: 'The demo city Zhaoyuan’s information officer (a demo sign-in listed by huying seed), filled in for you.',
    login: 'Login',
    password: 'Password',
    signIn: 'Sign in',
    signInFailed: 'Sign-in failed',
    notAllowed: (name: string) => `${name} may not take hotline calls: sign in as a dispatcher or information officer of the command centre.`,
    today: 'Calls logged in this sitting',
    loggedCall: (code: string, number: string, masked: string) => `${code}: dialled ${number}, caller ${masked}`,
  },
};
type Lang = keyof typeof words;
let lang: Lang = 'zh-CN';
const say = () => words[lang];

/** The page's own words follow the language chosen; the element follows the page's `lang`. */
function applyLanguage(next: Lang): void {
  lang = next;
  document.documentElement.lang = next;
  const terms = say();
  document.title = terms.title;
  byId('title').textContent = terms.title;
  byId('language-label').textContent = terms.language;
  byId('sign-out').textContent = terms.signOut;
  byId('sign-in-title').textContent = terms.signInTitle;
  byId('sign-in-hint').textContent = terms.signInHint;
  byId('login-label').textContent = terms.login;
  byId('password-label').textContent = terms.password;
  byId('sign-in-button').textContent = terms.signIn;
  byId('today-title').textContent = terms.today;
}

const session = staffSession();

/** The desk takes the session's client once the member signed in may take hotline calls. */
function start({ staff, client }: StaffSignIn): void {
  signInForm.hidden = true;
  byId('sign-out').hidden = false;
  byId('who').textContent = `${staff.displayName} · ${staff.unit.name}`;
  if (!staff.permissions.includes('hotline.intake')) {
    byId('not-allowed').textContent = say().notAllowed(staff.displayName);
    byId('not-allowed').hidden = false;
    return;
  }
  desk.client = client;
  desk.hidden = false;
}

desk.addEventListener('hy-call-logged', (event) => {
  const { call, case: filed } = event.detail.logged;
  const item = document.createElement('li');
  item.textContent = say().loggedCall(filed.trackingCode, call.dialled.number, call.callerMasked);
  byId('today-calls').prepend(item);
  byId('today').hidden = false;
});

byId<HTMLSelectElement>('language').addEventListener('change', (event) => applyLanguage((event.target as HTMLSelectElement).value as Lang));

signInForm.addEventListener('submit', async (event) => {
  event.preventDefault();
  const data = new FormData(signInForm);
  try {
    const signedIn = await session.signIn(String(data.get('login')), String(data.get('password')));
    byId('sign-in-error').textContent = '';
    start(signedIn);
  } catch (error) {
    byId('sign-in-error').textContent = error instanceof Error ? error.message : say().signInFailed;
  }
});

byId('sign-out').addEventListener('click', async () => {
  await session.signOut();
  location.reload();
});

// Still signed in (a reload): the session answers with its profile and CSRF token.
const resumed = await session.resume();
if (resumed) start(resumed);
else signInForm.hidden = false;
