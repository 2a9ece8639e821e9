import type { APIClient } from '../core/client.js';
import type { components } from '../generated/api.js';

type Schemas = components['schemas'];

export type StaffProfile = Schemas['StaffProfile'];
export type SignInParams = Schemas['SignIn'];
export type SignedIn = Schemas['SignedIn'];
export type PasswordChangeParams = Schemas['PasswordChange'];
export type StaffToken = Schemas['StaffToken'];
export type IssuedStaffToken = Schemas['IssuedStaffToken'];
export type NewStaffToken = Schemas['NewStaffToken'];
export type StaffSession = Schemas['StaffMe'];

/** Your own API tokens for scripts and the SDK: each shown once, at creation. */
export class OwnTokens {
  constructor(private readonly client: APIClient) {}

  /** Live tokens first; revoked and expired ones stay listed for the record. */
  async list(): Promise<StaffToken[]> {
    return (await this.client.request<{ data: StaffToken[] }>('GET', '/api/v1/auth/tokens')).data;
  }

  /** A new token (`token` is shown this once): `new HuyingClient({ staffToken })` in a script. */
  create(params: NewStaffToken): Promise<IssuedStaffToken> {
    return this.client.request('POST', '/api/v1/auth/tokens', { body: params });
  }

  revoke(id: string): Promise<StaffToken> {
    return this.client.request('POST', `/api/v1/auth/tokens/${encodeURIComponent(id)}/revoke`);
  }
}

/**
 * Signing in and your own account. A staff page on the platform's own origin signs in with
 * `login()`: the browser keeps the HttpOnly session cookie and this client keeps the CSRF token,
 * sending it with every write. Scripts and servers use a staff token instead
 * (`new HuyingClient({ staffToken })`), from `tokens.create()` or an administrator.
 *
 * ```ts
 * const huying = new HuyingClient({ baseUrl: location.origin });
 * const { staff } = await huying.auth.login({ login: 'dispatcher', password });
 * if (staff.mustChangePassword) await huying.auth.changePassword({ currentPassword: password, newPassword });
 * ```
 */
export class Auth {
  readonly tokens: OwnTokens;

  constructor(private readonly client: APIClient) {
    this.tokens = new OwnTokens(client);
  }

  /**
   * Signs in with login and password: the response sets the session cookie, and the CSRF token
   * is kept for this client's writes. A 429 (`RateLimitError`) means too many failures: wait
   * `retryAfterSeconds` or ask an administrator to unlock the account.
   */
  async login(params: SignInParams): Promise<SignedIn> {
    const signedIn = await this.client.request<SignedIn>('POST', '/api/v1/auth/login', { body: params });
    this.client.setCsrfToken(signedIn.csrfToken);
    return signedIn;
  }

  /** Signs out: the session ends on every API process and the cookie is cleared. */
  async logout(): Promise<void> {
    await this.client.request('POST', '/api/v1/auth/logout');
    this.client.setCsrfToken(undefined);
  }

  /**
   * Who is signed in (by session or token): account, role, unit, permissions, and for a session
   * when it ends unused. A page that reloads calls this to pick its session up again.
   */
  async session(): Promise<StaffSession> {
    const session = await this.client.request<StaffSession>('GET', '/api/v1/staff/me');
    if (session.csrfToken) this.client.setCsrfToken(session.csrfToken);
    return session;
  }

  /** `session()` under the name scripts know it by. */
  whoami(): Promise<StaffSession> {
    return this.session();
  }

  /**
   * Changes your password with the current one; your other sessions end. A session goes on
   * under a new id (the cookie is replaced and the new CSRF token kept).
   */
  async changePassword(params: PasswordChangeParams): Promise<void> {
    const { csrfToken } = await this.client.request<{ csrfToken: string | null }>('POST', '/api/v1/auth/password', { body: params });
    if (csrfToken) this.client.setCsrfToken(csrfToken);
  }
}
