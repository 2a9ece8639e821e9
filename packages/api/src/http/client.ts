import type { Context } from 'hono';
import type { AppEnv } from '../context.js';
import type { AuditOrigin } from '../services/auth/audit.js';

/**
 * The client's address: the socket's peer, or, behind `trustedProxies` reverse proxies, the
 * address the outermost of them saw (the entry that many places from the end of
 * X-Forwarded-For). Anything further left was written by the client and proves nothing.
 */
export function clientAddress(c: Context<AppEnv>): string | null {
  const hops = c.get('deps').trustedProxies ?? 0;
  if (hops > 0) {
    const forwarded = (c.req.header('x-forwarded-for') ?? '').split(',').map((part) => part.trim()).filter(Boolean);
    const seen = forwarded[forwarded.length - hops];
    if (seen) return seen.slice(0, 64);
  }
  const env = c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined;
  return env?.incoming?.socket?.remoteAddress ?? null;
}

/** Where a request came from, as the audit log records it. */
export const auditOrigin = (c: Context<AppEnv>): AuditOrigin => ({
  address: clientAddress(c),
  userAgent: c.req.header('user-agent') ?? null,
  requestId: c.get('requestId') ?? null,
});

/** Whether the client reached us over https (directly, or as the public URL says). */
export const servedOverHttps = (c: Context<AppEnv>) => new URL(c.req.url).protocol === 'https:' || c.get('deps').publicUrl.startsWith('https:');
