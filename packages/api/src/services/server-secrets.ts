import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Database } from '../db/client.js';
import { serverSecrets } from '../db/schema/index.js';

const loaded = new WeakMap<Database, Map<string, Promise<Buffer>>>();

/**
 * A 32-byte secret kept in the database under `name`, made by whichever API process needs it
 * first: every process of one deployment then signs and hashes alike, and the secret never has
 * to be configured. Read once per process and database; a failed read is not kept, so the next
 * call tries again.
 */
export function serverSecret(db: Database, name: string): Promise<Buffer> {
  let secrets = loaded.get(db);
  if (!secrets) {
    secrets = new Map();
    loaded.set(db, secrets);
  }
  let secret = secrets.get(name);
  if (!secret) {
    secret = (async () => {
      // Two processes starting together both insert; the first wins and both read its value.
      await db.insert(serverSecrets).values({ name, value: randomBytes(32).toString('base64url') }).onConflictDoNothing();
      const [row] = await db.select({ value: serverSecrets.value }).from(serverSecrets).where(eq(serverSecrets.name, name));
      if (!row) throw new Error(`the server secret ${name} was neither stored nor found`);
      return Buffer.from(row.value, 'base64url');
    })();
    secret.catch(() => secrets.delete(name));
    secrets.set(name, secret);
  }
  return secret;
}
