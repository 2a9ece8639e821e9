import { HuyingClient, type StaffMe } from '@huying/sdk';
import '@huying/components/staff/define';

/**
 * The staff pages: sign in with login and password (the session cookie, on the platform's
 * origin through the dev server's /api proxy, so it is a first-party cookie), then work cases
 * with the staff elements. What the page offers follows the member's permissions: the console
 * for those who dispatch, patrol for grid members, the inbox and case view for everyone.
 */

type View = 'console' | 'inbox' | 'patrol' | 'case';
const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const signInForm = byId<HTMLFormElement>('sign-in');
let previous: View = 'inbox';

/** A client on this page's origin (the proxy forwards /api), sending the session's CSRF token with every change. */
const clientFor = (csrfToken: string) => new HuyingClient({ baseUrl: location.origin, headers: { 'x-csrf-token': csrfToken } });

function show(view: View): void {
  for (const name of ['console', 'inbox', 'patrol', 'case'] as const) byId(name).hidden = name !== view;
  for (const button of document.querySelectorAll<HTMLButtonElement>('#views button')) {
    if (button.dataset['view'] === view) button.setAttribute('aria-current', 'page');
    else button.removeAttribute('aria-current');
  }
  if (view !== 'case') previous = view;
}

function start(me: StaffMe & { permissions?: string[] }, csrfToken: string): void {
  const client = clientFor(csrfToken);
  const may = (permission: string) => me.permissions?.includes(permission) ?? false;
  signInForm.hidden = true;
  byId('views').hidden = false;
  byId('sign-out').hidden = false;
  byId('who').textContent = `${me.displayName} · ${me.unit.name}`;
  const offered: Record<Exclude<View, 'case'>, boolean> = { console: me.unit.kind === 'city' && may('cases.dispatch'), inbox: true, patrol: me.unit.kind === 'grid' };
  for (const button of document.querySelectorAll<HTMLButtonElement>('#views button')) button.hidden = !offered[button.dataset['view'] as Exclude<View, 'case'>];
  for (const tag of ['hy-dispatch-console', 'hy-staff-inbox', 'hy-patrol-report', 'hy-staff-case'] as const) document.querySelector(tag)!.client = client;
  show(offered.console ? 'console' : 'inbox');
}

document.addEventListener('hy-case-open', (event) => {
  document.querySelector('hy-staff-case')!.caseId = event.detail.id;
  show('case');
});
byId('back').addEventListener('click', () => show(previous));
for (const button of document.querySelectorAll<HTMLButtonElement>('#views button')) button.addEventListener('click', () => show(button.dataset['view'] as View));

signInForm.addEventListener('submit', async (event) => {
  event.preventDefault();
  const data = new FormData(signInForm);
  const response = await fetch('/api/v1/auth/login', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ login: data.get('login'), password: data.get('password') }),
  });
  const body = await response.json();
  if (!response.ok) {
    byId('sign-in-error').textContent = body.detail ?? '登录失败';
    return;
  }
  byId('sign-in-error').textContent = '';
  start(body.staff, body.csrfToken);
});

byId('sign-out').addEventListener('click', async () => {
  const me = await fetch('/api/v1/staff/me').then((response) => response.json());
  await fetch('/api/v1/auth/logout', { method: 'POST', headers: { 'x-csrf-token': me.csrfToken ?? '' } });
  location.reload();
});

// Still signed in (a reload): the session answers /staff/me with its CSRF token.
const signedIn = await fetch('/api/v1/staff/me');
if (signedIn.ok) {
  const me = await signedIn.json();
  if (me.csrfToken) start(me, me.csrfToken);
}
