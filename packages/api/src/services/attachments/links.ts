import { createHmac, timingSafeEqual } from 'node:crypto';
import type { AppDependencies } from '../../context.js';
import { serverSecret } from '../server-secrets.js';

/**
 * Attachment links are signed and expire, like an object store's pre-signed URLs: a resident's
 * page can put one in `<img src>` (which cannot send a secret), and a link copied out of the page
 * stops working after a while.
 */

/** The signing key, made once per database so that every API process signs alike. */
const signingSecret = 'attachment-link-signing';
const hour = 60 * 60 * 1000;
const signature = (key: Buffer, id: string, expires: number) => createHmac('sha256', key).update(`${id}.${expires}`).digest('base64url');

/**
 * A link to an attachment's content, valid for one to two hours. Links made within the same hour
 * are identical, so browsers cache the image across reloads of the page.
 */
export async function attachmentLink(deps: Pick<AppDependencies, 'database' | 'clock' | 'publicUrl'>, id: string): Promise<string> {
  const expires = (Math.floor(deps.clock.now().getTime() / hour) + 2) * hour / 1000;
  const key = await serverSecret(deps.database.db, signingSecret);
  return `${deps.publicUrl}/api/v1/attachments/${id}/content?expires=${expires}&signature=${signature(key, id, expires)}`;
}

export async function verifyAttachmentLink(
  deps: Pick<AppDependencies, 'database' | 'clock'>,
  id: string,
  link: { expires: number; signature: string },
): Promise<'valid' | 'expired' | 'invalid'> {
  const key = await serverSecret(deps.database.db, signingSecret);
  const expected = Buffer.from(signature(key, id, link.expires));
  const given = Buffer.from(link.signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return 'invalid';
  return link.expires * 1000 < deps.clock.now().getTime() ? 'expired' : 'valid';
}
