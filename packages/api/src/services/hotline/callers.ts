import { createHmac } from 'node:crypto';
import { maskPhone } from '@huying/core';
import { and, desc, eq, sql } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { cases, hotlineCalls } from '../../db/schema/index.js';
import { serverSecret } from '../server-secrets.js';

/**
 * Callers are recognised without keeping their numbers: an HMAC of the number with a secret made
 * once per database. Without the secret, the stored hashes cannot be reversed by trying every
 * number (there are only about 10^10 of them, so a plain hash could be).
 */
const callerHashSecret = 'hotline-caller-hash';

/** The caller as stored: masked to show, hashed to match. `phone` is normalised already. */
export async function callerIdentity(db: Database, cityId: string, phone: string) {
  const hash = createHmac('sha256', await serverSecret(db, callerHashSecret)).update(`${cityId}:${phone}`).digest('hex');
  return { hash, masked: maskPhone(phone) };
}

/** What the operator sees when the phone rings: how often this number called before, and about what. */
export async function callerHistory(db: Database, cityId: string, callerHash: string) {
  const conditions = [eq(hotlineCalls.cityId, cityId), eq(hotlineCalls.callerHash, callerHash)];
  const [summary] = await db
    .select({ previousCalls: sql<number>`count(*)::int`, lastCallAt: sql<string | null>`max(${hotlineCalls.createdAt})` })
    .from(hotlineCalls)
    .where(and(...conditions));
  const recent = await db
    .select({ trackingCode: cases.trackingCode, kind: cases.kind, status: cases.status, title: cases.title, calledAt: hotlineCalls.createdAt })
    .from(hotlineCalls)
    .innerJoin(cases, eq(cases.id, hotlineCalls.caseId))
    .where(and(...conditions))
    .orderBy(desc(hotlineCalls.createdAt))
    .limit(5);
  return {
    previousCalls: summary?.previousCalls ?? 0,
    lastCallAt: summary?.lastCallAt ? new Date(summary.lastCallAt).toISOString() : null,
    recentCases: recent.map((row) => ({ ...row, calledAt: row.calledAt.toISOString() })),
  };
}
