import { randomBytes } from 'node:crypto';
import { and, desc, eq, gte, lt, or, sql, type SQL } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { auditEvents } from '../../db/schema/index.js';
import { invalid } from '../../http/problems.js';
import { subtreeOf } from '../cases/visibility.js';

/** What the audit log records, by family: sign-ins, permission changes, phone reveals. */
export const auditActions = [
  'login.succeeded',
  'login.failed',
  'login.locked',
  'logout',
  'password.changed',
  'password.reset',
  'account.created',
  'account.updated',
  'account.disabled',
  'account.enabled',
  'account.unlocked',
  'sessions.revoked',
  'token.created',
  'token.revoked',
  'api_key.created',
  'api_key.revoked',
  'contact.revealed',
] as const;
export type AuditAction = (typeof auditActions)[number];

/** Who did it and from where: taken from the request. */
export interface AuditOrigin {
  address: string | null;
  userAgent: string | null;
  requestId: string | null;
}

export interface AuditEntry {
  cityId: string;
  action: AuditAction;
  actor: { type: 'staff'; accountId: string } | { type: 'anonymous' } | { type: 'system' };
  unitId: string | null;
  target?: { type: 'account' | 'token' | 'api_key' | 'session' | 'case'; id: string };
  login?: string | null;
  details?: Record<string, unknown>;
  at: Date;
}

let lastMs = 0;
let sequence = 0;

/**
 * A UUID of version 7: its first bits are the time it was made, then a counter, so ids made by
 * this process sort in the order they were made. The log is read by time and then id, so entries
 * written in the same instant still come back in the order things happened.
 */
function orderedId(): string {
  const now = Date.now();
  if (now > lastMs) {
    lastMs = now;
    sequence = 0;
  } else if (++sequence > 0xfff) {
    lastMs += 1;
    sequence = 0;
  }
  const bytes = randomBytes(16);
  bytes.writeUIntBE(lastMs, 0, 6);
  bytes[6] = 0x70 | (sequence >> 8);
  bytes[7] = sequence & 0xff;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export async function recordAudit(db: Database, entry: AuditEntry, origin: AuditOrigin): Promise<void> {
  await db.insert(auditEvents).values({
    id: orderedId(),
    cityId: entry.cityId,
    at: entry.at,
    action: entry.action,
    actorType: entry.actor.type,
    actorAccountId: entry.actor.type === 'staff' ? entry.actor.accountId : null,
    unitId: entry.unitId,
    targetType: entry.target?.type ?? null,
    targetId: entry.target?.id ?? null,
    login: entry.login ?? null,
    details: entry.details ?? {},
    // Stored as given but bounded, so a hostile User-Agent cannot bloat the log.
    address: origin.address?.slice(0, 64) ?? null,
    userAgent: origin.userAgent?.slice(0, 400) ?? null,
    requestId: origin.requestId,
  });
}

export interface AuditFilter {
  action?: AuditAction[];
  accountId?: string;
  targetId?: string;
  from?: Date;
  to?: Date;
  limit: number;
  cursor?: string;
}

const encodeCursor = (at: Date, id: string) => Buffer.from(JSON.stringify([at.toISOString(), id])).toString('base64url');

function decodeCursor(value: string): { at: Date; id: string } {
  try {
    const [at, id] = JSON.parse(Buffer.from(value, 'base64url').toString('utf8')) as [string, string];
    if (typeof at === 'string' && !Number.isNaN(Date.parse(at)) && typeof id === 'string' && /^[0-9a-f-]{36}$/i.test(id)) return { at: new Date(at), id };
  } catch {
    // fall through to the validation problem
  }
  throw invalid('cursor', 'the cursor is not one this API returned; start again without it');
}

/**
 * The audit log as a reader may see it, newest first: the whole city from the command centre,
 * otherwise what concerns the reader's subtree (failed sign-ins with unknown logins concern no
 * unit, so only the city sees them).
 */
export async function listAudit(db: Database, reader: { cityId: string; unit: { id: string; kind: string } }, filter: AuditFilter) {
  const conditions: SQL[] = [eq(auditEvents.cityId, reader.cityId)];
  if (reader.unit.kind !== 'city') conditions.push(sql`${auditEvents.unitId} IN ${subtreeOf(reader.unit.id)}`);
  if (filter.action?.length) conditions.push(or(...filter.action.map((action) => eq(auditEvents.action, action)))!);
  if (filter.accountId) conditions.push(or(eq(auditEvents.actorAccountId, filter.accountId), and(eq(auditEvents.targetType, 'account'), eq(auditEvents.targetId, filter.accountId)))!);
  if (filter.targetId) conditions.push(eq(auditEvents.targetId, filter.targetId));
  if (filter.from) conditions.push(gte(auditEvents.at, filter.from));
  if (filter.to) conditions.push(lt(auditEvents.at, filter.to));
  if (filter.cursor) {
    const cursor = decodeCursor(filter.cursor);
    conditions.push(or(lt(auditEvents.at, cursor.at), and(eq(auditEvents.at, cursor.at), lt(auditEvents.id, cursor.id)))!);
  }
  const rows = await db
    .select()
    .from(auditEvents)
    .where(and(...conditions))
    .orderBy(desc(auditEvents.at), desc(auditEvents.id))
    .limit(filter.limit + 1);
  const page = rows.slice(0, filter.limit);
  const last = page.at(-1);
  return {
    data: page.map((row) => ({
      id: row.id,
      at: row.at.toISOString(),
      action: row.action as AuditAction,
      actor: { type: row.actorType, accountId: row.actorAccountId },
      unitId: row.unitId,
      target: row.targetType && row.targetId ? { type: row.targetType, id: row.targetId } : null,
      login: row.login,
      details: row.details,
      address: row.address,
      userAgent: row.userAgent,
      requestId: row.requestId,
    })),
    nextCursor: rows.length > filter.limit && last ? encodeCursor(last.at, last.id) : null,
  };
}
