import type { HyStaffCase, HyStaffInbox } from '@huying/components/staff/define';
import '@huying/components/staff/define';
import type { HuyingClient } from '@huying/sdk';
import { StrictMode, useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { createRoot } from 'react-dom/client';
import { staffSession, type StaffSignIn } from '../staff/session.js';
import { useElementEvent } from './element-events.js';

/**
 * The property company's own desk, a React app: its property manager signs in (the platform's
 * session cookie, first-party through the /api proxy), sees the cases at the buildings the
 * company manages in <hy-staff-inbox scope="subtree">, and works one in <hy-staff-case> —
 * accepting what was sent to the company and replying to the resident.
 */

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'hy-staff-inbox': { ref?: React.Ref<HyStaffInbox>; client?: HuyingClient; scope?: 'held' | 'subtree' | 'parts' };
      'hy-staff-case': { ref?: React.Ref<HyStaffCase>; client?: HuyingClient; 'case-id'?: string };
    }
  }
}

const words = {
  'zh-CN': {
    title: '美顺物业 · 物业工作台',
    language: '语言',
    signOut: '退出登录',
    signInTitle: '物业管理员登录',
    signInHint: '演示城市招远市的物业管理员账号 property（huying seed 列出），密码 huying-demo-2026。',
    login: '账号',
    password: '密码',
    signIn: '登录',
    signInFailed: '登录失败',
    notProperty: (name: string) => `${name} 不是物业公司的账号：本页只供物业管理员处理本公司楼栋的诉求，请退出后用物业管理员账号登录。`,
    inbox: '本公司楼栋的诉求',
    inboxHint: '列出本公司管理楼栋上的全部诉求；派给本公司的诉求可在详情中签收并答复居民。',
    case: '诉求处理',
    back: '返回列表',
  },
  en: {
    title: 'Meishun Property · Staff desk',
    language: 'Language',
    signOut: 'Sign out',
    signInTitle: 'Property manager sign-in',
    signInHint: 'The demo city Zhaoyuan’s property manager signs in as property (listed by huying seed) with the password huying-demo-2026.',
    login: 'Login',
    password: 'Password',
    signIn: 'Sign in',
    signInFailed: 'Sign-in failed',
    notProperty: (name: string) => `${name} is not a property company’s account: this page is for property managers working the cases at their company’s buildings. Sign out and sign in as a property manager.`,
    inbox: 'Cases at our buildings',
    inboxHint: 'Every case at a building the company manages; those sent to the company can be accepted and answered in the case view.',
    case: 'Working a case',
    back: 'Back to the list',
  },
};
type Lang = keyof typeof words;

function SignIn({ terms, onSignIn }: { terms: (typeof words)[Lang]; onSignIn: (login: string, password: string) => Promise<void> }) {
  const [problem, setProblem] = useState('');
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    try {
      await onSignIn(String(data.get('login')), String(data.get('password')));
    } catch (error) {
      setProblem(error instanceof Error ? error.message : terms.signInFailed);
    }
  };
  return (
    <form className="panel sign-in" aria-labelledby="sign-in-title" onSubmit={submit}>
      <h2 id="sign-in-title">{terms.signInTitle}</h2>
      <p>{terms.signInHint}</p>
      <label>
        {terms.login}
        <input name="login" autoComplete="username" defaultValue="property" required />
      </label>
      <label>
        {terms.password}
        <input name="password" type="password" autoComplete="current-password" required />
      </label>
      <button type="submit">{terms.signIn}</button>
      <p role="alert" className="error">
        {problem}
      </p>
    </form>
  );
}

function Desk({ signedIn, terms }: { signedIn: StaffSignIn; terms: (typeof words)[Lang] }) {
  const inbox = useRef<HyStaffInbox>(null);
  const back = useRef<HTMLButtonElement>(null);
  const [caseId, setCaseId] = useState('');
  useElementEvent(inbox, 'hy-case-open', (event) => setCaseId(event.detail.id));
  // Opening a case moves focus to its view, so keyboard and screen reader users land there.
  useEffect(() => {
    if (caseId) back.current?.focus();
  }, [caseId]);
  return (
    <>
      <section className="panel" aria-labelledby="inbox-title" hidden={caseId !== ''}>
        <h2 id="inbox-title">{terms.inbox}</h2>
        <p>{terms.inboxHint}</p>
        <hy-staff-inbox ref={inbox} client={signedIn.client} scope="subtree" />
      </section>
      {caseId && (
        <section className="panel" aria-label={terms.case}>
          <button ref={back} type="button" className="back" onClick={() => setCaseId('')}>
            {terms.back}
          </button>
          <hy-staff-case client={signedIn.client} case-id={caseId} />
        </section>
      )}
    </>
  );
}

function PropertyDesk() {
  const session = useMemo(() => staffSession(), []);
  const [lang, setLang] = useState<Lang>('zh-CN');
  // undefined while the page asks whether a session is still open; null when signed out.
  const [signedIn, setSignedIn] = useState<StaffSignIn | null | undefined>(undefined);
  const terms = words[lang];

  useEffect(() => {
    void session.resume().then(setSignedIn);
  }, [session]);
  // The elements follow the page's lang, as the page's own words do.
  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = terms.title;
  }, [lang, terms]);

  const signOut = async () => {
    await session.signOut();
    setSignedIn(null);
  };

  return (
    <>
      <header>
        <h1>{terms.title}</h1>
        <label className="language">
          {terms.language}
          <select value={lang} onChange={(event) => setLang(event.target.value as Lang)}>
            <option value="zh-CN">中文</option>
            <option value="en">English</option>
          </select>
        </label>
        {signedIn && (
          <>
            <span aria-live="polite">
              {signedIn.staff.displayName} · {signedIn.staff.unit.name}
            </span>
            <button type="button" className="sign-out" onClick={signOut}>
              {terms.signOut}
            </button>
          </>
        )}
      </header>
      <main>
        {signedIn === null && <SignIn terms={terms} onSignIn={async (login, password) => setSignedIn(await session.signIn(login, password))} />}
        {signedIn && signedIn.staff.unit.kind !== 'property' && (
          <p className="panel" role="alert">
            {terms.notProperty(signedIn.staff.displayName)}
          </p>
        )}
        {signedIn && signedIn.staff.unit.kind === 'property' && <Desk signedIn={signedIn} terms={terms} />}
      </main>
    </>
  );
}

createRoot(document.getElementById('app')!).render(
  <StrictMode>
    <PropertyDesk />
  </StrictMode>,
);
