import { eq, inArray } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { attachmentBlobs } from '../../db/schema/index.js';

/**
 * Where attachment bytes are kept, under names the server generates. The default keeps them in
 * PostgreSQL, so several API processes behind a load balancer see the same files with nothing
 * else to run; an object store (S3, MinIO, OSS) fits behind the same three calls.
 */
export interface BlobStore {
  put(key: string, content: Uint8Array): Promise<void>;
  get(key: string): Promise<Uint8Array | null>;
  delete(keys: readonly string[]): Promise<void>;
}

export function postgresBlobStore(db: Database): BlobStore {
  return {
    async put(key, content) {
      await db.insert(attachmentBlobs).values({ storageKey: key, content });
    },
    async get(key) {
      const [row] = await db.select({ content: attachmentBlobs.content }).from(attachmentBlobs).where(eq(attachmentBlobs.storageKey, key));
      return row?.content ?? null;
    },
    async delete(keys) {
      if (keys.length > 0) await db.delete(attachmentBlobs).where(inArray(attachmentBlobs.storageKey, [...keys]));
    },
  };
}
