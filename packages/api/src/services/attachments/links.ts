import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { AppDependencies } from '../../context.js';
import type { Database } from '../../db/client.js';
import { serverSecrets } from '../../db/schema/index.js';

/**
 * Attachment links are signed and expire, like an object store's pre-signed URLs: a resident's
 * page can put one in `<img src>` (which cannot send a secret), and a link copied out of the page
 * stops working after a while.
 */

const secretName = 'attachment-link-signing';
const hour = 60 * 60 * 1000;
const keys = new WeakMap<Database, Promise<Buffer>>();

/** The signing key, made once per database so that every API process signs alike. */
function signingKey(db: Database): Promise<Buffer> {
  let key = keys.get(db);
  if (!key) {
    key = (async () => {
      await db.insert(serverSecrets).values({ name: secretName, value: randomBytes(32).toString('base64url') }).onConflictDoNothing();
      const [row] = await db.select().from(serverSecrets).where(eq(serverSecrets.name, secretName));
      return Buffer.from(row!.value, 'base64url');
    })();
    key.catch(() => keys.delete(db));
    keys.set(db, key);
  }
  return key;
}

const signature = (key: Buffer, id: string, expires: number) => createHmac('sha256', key).update(`${id}.${expires}`).digest('base64url');

/**
 * A link to an attachment's content, valid for one to two hours. Links made within the same hour
 * are identical, so browsers cache the image across reloads of the page.
 */
export async function attachmentLink(deps: Pick<AppDependencies, 'database' | 'clock' | 'publicUrl'>, id: string): Promise<string> {
  const expires = (Math.floor(deps.clock.now().getTime() / hour) + 2) * hour / 1000;
  const key = await signingKey(deps.database.db);
  return `${deps.publicUrl}/api/v1/attachments/${id}/content?expires=${expires}&signature=${signature(key, id, expires)}`;
}

export async function verifyAttachmentLink(
  deps: Pick<AppDependencies, 'database' | 'clock'>,
  id: string,
  link: { expires: number; signature: string },
): Promise<'valid' | 'expired' | 'invalid'> {
  const key = await signingKey(deps.database.db);
  const expected = Buffer.from(signature(key, id, link.expires));
  const given = Buffer.from(link.signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return 'invalid';
  return link.expires * 1000 < deps.clock.now().getTime() ? 'expired' : 'valid';
}
