import type { APIClient } from '../core/client.js';
import { PagePromise, type Page } from '../core/pagination.js';
import type { components, paths } from '../generated/api.js';
import type { QueryOf } from '../types.js';
import type { IssuedStaffToken, NewStaffToken, StaffToken } from './auth.js';

type Schemas = components['schemas'];

export type StaffAccount = Schemas['StaffAccount'];
export type NewStaffAccount = Schemas['NewStaffAccount'];
export type StaffAccountChange = Schemas['StaffAccountChange'];
export type StaffAccountWithPassword = Schemas['StaffAccountWithPassword'];
export type IntegratorKey = Schemas['IntegratorKey'];
export type NewIntegratorKey = Schemas['NewIntegratorKey'];
export type IssuedIntegratorKey = Schemas['IssuedIntegratorKey'];
export type AuditEvent = Schemas['AuditEvent'];
export type PermissionTable = paths['/api/v1/admin/roles']['get']['responses'][200]['content']['application/json'];
export type AccountFilter = Omit<QueryOf<'/api/v1/admin/accounts'>, 'disabled'> & { disabled?: boolean };
export type AuditFilter = Omit<QueryOf<'/api/v1/admin/audit'>, 'action'> & { action?: AuditEvent['action'][] };

const path = (id: string, rest = '') => `/api/v1/admin/accounts/${encodeURIComponent(id)}${rest}`;

/** Staff accounts of your subtree: role grants, passwords, lockouts, sessions and tokens. Every change is audited. */
export class AdminAccounts {
  constructor(private readonly client: APIClient) {}

  list(filter: AccountFilter = {}): PagePromise<StaffAccount> {
    const query = { ...filter, disabled: filter.disabled === undefined ? undefined : String(filter.disabled) };
    return new PagePromise((cursor) => this.client.request<Page<StaffAccount>>('GET', '/api/v1/admin/accounts', { query: { ...query, cursor } }));
  }

  get(id: string): Promise<StaffAccount> {
    return this.client.request('GET', path(id));
  }

  /** Without a password a temporary one is made and returned once; it must be changed at the first sign-in. */
  create(params: NewStaffAccount): Promise<StaffAccountWithPassword> {
    return this.client.request('POST', '/api/v1/admin/accounts', { body: params });
  }

  /** Grants another role or unit, renames, or changes the login. */
  update(id: string, change: StaffAccountChange): Promise<StaffAccount> {
    return this.client.request('PATCH', path(id), { body: change });
  }

  /** Its sessions end and its tokens stop working at once. */
  disable(id: string): Promise<StaffAccount> {
    return this.client.request('POST', path(id, '/disable'));
  }

  enable(id: string): Promise<StaffAccount> {
    return this.client.request('POST', path(id, '/enable'));
  }

  /** A temporary password (returned once) unless you give one; the member must change it at the next sign-in. */
  resetPassword(id: string, params: { password?: string } = {}): Promise<StaffAccountWithPassword> {
    return this.client.request('POST', path(id, '/password'), { body: params });
  }

  /** Lifts a sign-in lockout after too many failed attempts. */
  unlock(id: string): Promise<StaffAccount> {
    return this.client.request('POST', path(id, '/unlock'));
  }

  /** Ends every session of the account (a lost phone, a shared computer). */
  endSessions(id: string): Promise<{ sessionsEnded: number }> {
    return this.client.request('POST', path(id, '/sessions/revoke'));
  }

  async tokens(id: string): Promise<StaffToken[]> {
    return (await this.client.request<{ data: StaffToken[] }>('GET', path(id, '/tokens'))).data;
  }

  /** A token for the account (a service account for a script); shown once. */
  createToken(id: string, params: NewStaffToken): Promise<IssuedStaffToken> {
    return this.client.request('POST', path(id, '/tokens'), { body: params });
  }
}

/** Integrators' API keys (Open311, webhooks, hotline intake): secret, shown once, hashed at rest, revocable. Command centre only. */
export class AdminApiKeys {
  constructor(private readonly client: APIClient) {}

  async list(): Promise<IntegratorKey[]> {
    return (await this.client.request<{ data: IntegratorKey[] }>('GET', '/api/v1/admin/api-keys')).data;
  }

  create(params: NewIntegratorKey): Promise<IssuedIntegratorKey> {
    return this.client.request('POST', '/api/v1/admin/api-keys', { body: params });
  }

  revoke(id: string): Promise<IntegratorKey> {
    return this.client.request('POST', `/api/v1/admin/api-keys/${encodeURIComponent(id)}/revoke`);
  }
}

/**
 * Administration: the permission table, accounts, other members' tokens, integrator keys and the
 * audit log. Needs an administrator (a supervisor may read accounts and the audit log).
 */
export class Admin {
  readonly accounts: AdminAccounts;
  readonly apiKeys: AdminApiKeys;

  constructor(private readonly client: APIClient) {
    this.accounts = new AdminAccounts(client);
    this.apiKeys = new AdminApiKeys(client);
  }

  /** Every role, where it may be granted and what it may do; every permission and whether it is city-wide. */
  roles(): Promise<PermissionTable> {
    return this.client.request('GET', '/api/v1/admin/roles');
  }

  /** Revokes any staff member's token in your subtree. */
  revokeToken(id: string): Promise<StaffToken> {
    return this.client.request('POST', `/api/v1/admin/tokens/${encodeURIComponent(id)}/revoke`);
  }

  /** Sign-ins, permission changes and phone reveals, newest first: your subtree, or the whole city from the command centre. */
  audit(filter: AuditFilter = {}): PagePromise<AuditEvent> {
    return new PagePromise((cursor) => this.client.request<Page<AuditEvent>>('GET', '/api/v1/admin/audit', { query: { ...filter, cursor } }));
  }
}
