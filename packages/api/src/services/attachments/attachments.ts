import { createHash, randomBytes } from 'node:crypto';
import type { Attachment } from '@huying/core';
import { and, asc, eq, gt, inArray, isNull, lt } from 'drizzle-orm';
import type { AppDependencies, StaffPrincipal } from '../../context.js';
import type { Database } from '../../db/client.js';
import { attachments, cases } from '../../db/schema/index.js';
import { forbidden, invalid, notFound, ProblemError } from '../../http/problems.js';
import { assertStaffCanSee } from '../cases/staff-queries.js';
import { proves, type ResidentProof } from '../cases/tracking.js';
import { postgresBlobStore, type BlobStore } from './blob-store.js';
import { cleanFile, fileExtensions, FileFormatError, type AttachmentFormat } from './file-format.js';
import { attachmentLink, verifyAttachmentLink } from './links.js';

/** Residents attach photos; units also attach documents (a PDF of the work order, a notice). */
export const residentFormats: readonly AttachmentFormat[] = ['image/jpeg', 'image/png', 'image/webp'];
export const staffFormats: readonly AttachmentFormat[] = [...residentFormats, 'application/pdf'];
/** As many photos as a phone's share sheet usually offers at once. */
export const maxAttachmentsPerCase = 9;
export const defaultAttachmentMaxBytes = 10 * 1024 * 1024;
/** A decompression bomb is a small file that decodes to billions of pixels; no real photo needs more. */
const maxPixels = 80_000_000;
/** Uploads not claimed by a case within a day are deleted. */
const unclaimedLifetimeMs = 24 * 60 * 60 * 1000;

export type Uploader = { type: 'resident' } | { type: 'staff'; staff: StaffPrincipal };

export interface UploadedAttachment extends Attachment {
  width: number | null;
  height: number | null;
  /** A signed link to the content, for uploads already bound to a case; null before that. */
  url: string | null;
}

export type AttachmentView = Attachment & { url: string | null };

export const attachmentMaxBytes = (deps: Pick<AppDependencies, 'attachmentMaxBytes'>) => deps.attachmentMaxBytes ?? defaultAttachmentMaxBytes;

const stores = new WeakMap<Database, BlobStore>();
export function blobStoreOf(deps: Pick<AppDependencies, 'blobStore' | 'database'>): BlobStore {
  if (deps.blobStore) return deps.blobStore;
  let store = stores.get(deps.database.db);
  if (!store) stores.set(deps.database.db, (store = postgresBlobStore(deps.database.db)));
  return store;
}

/**
 * A name fit to show and to offer as a download name: no folders, no control or bidi characters,
 * at most 100 characters, and the extension of what the file really is.
 */
export function displayName(original: string | undefined, format: AttachmentFormat): string {
  const base = (original ?? '').split(/[\\/]/).pop() ?? '';
  const cleaned = base
    .normalize('NFC')
    .replace(/[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069"<>|*?:]/g, '')
    .replace(/\.[A-Za-z0-9]{1,5}$/, '')
    .trim()
    .slice(0, 100);
  return `${cleaned || 'attachment'}.${fileExtensions[format]}`;
}

async function deleteExpiredUploads(deps: AppDependencies, cityId: string): Promise<void> {
  const { db } = deps.database;
  const cutoff = new Date(deps.clock.now().getTime() - unclaimedLifetimeMs);
  const expired = await db
    .delete(attachments)
    .where(
      inArray(
        attachments.id,
        db
          .select({ id: attachments.id })
          .from(attachments)
          .where(and(eq(attachments.cityId, cityId), isNull(attachments.caseId), lt(attachments.createdAt, cutoff)))
          .orderBy(asc(attachments.createdAt))
          .limit(20),
      ),
    )
    .returning({ storageKey: attachments.storageKey });
  await blobStoreOf(deps).delete(expired.map((row) => row.storageKey));
}

/**
 * Checks, cleans and stores one uploaded file. Residents' uploads wait to be claimed by the case
 * they submit; staff may bind theirs to a case they can see at once (evidence for a reply).
 */
export async function uploadAttachment(
  deps: AppDependencies,
  input: { cityId: string; uploader: Uploader; name: string | undefined; bytes: Uint8Array; caseId?: string | undefined },
): Promise<UploadedAttachment> {
  const { db } = deps.database;
  const limit = attachmentMaxBytes(deps);
  if (input.bytes.length === 0) throw invalid('file', 'the file is empty');
  if (input.bytes.length > limit) {
    throw new ProblemError('payload-too-large', `the file is ${(input.bytes.length / 1048576).toFixed(1)} MB; the limit is ${(limit / 1048576).toFixed(0)} MB`);
  }
  if (input.caseId && input.uploader.type !== 'staff') throw forbidden('only staff attach files to an existing case');
  if (input.caseId && input.uploader.type === 'staff') await assertStaffCanSee(db, input.uploader.staff, input.caseId);

  let clean;
  try {
    clean = cleanFile(input.bytes, input.uploader.type === 'staff' ? staffFormats : residentFormats);
  } catch (error) {
    if (!(error instanceof FileFormatError)) throw error;
    if (error.kind === 'unsupported') throw new ProblemError('attachment-type-not-allowed', error.message);
    throw invalid('file', error.message);
  }
  if (clean.width !== null && clean.height !== null && clean.width * clean.height > maxPixels) {
    throw invalid('file', `the image is ${clean.width}×${clean.height} pixels; send one of at most ${maxPixels / 1_000_000} megapixels`);
  }

  const id = crypto.randomUUID();
  const now = deps.clock.now();
  const storageKey = `${input.cityId}/${now.toISOString().slice(0, 7)}/${randomBytes(16).toString('hex')}`;
  const store = blobStoreOf(deps);
  await store.put(storageKey, clean.bytes);
  const row = {
    id,
    cityId: input.cityId,
    caseId: input.caseId ?? null,
    uploadedBy: input.uploader.type,
    uploaderAccountId: input.uploader.type === 'staff' ? input.uploader.staff.accountId : null,
    name: displayName(input.name, clean.format),
    contentType: clean.format,
    size: clean.bytes.length,
    sha256: createHash('sha256').update(clean.bytes).digest('hex'),
    width: clean.width,
    height: clean.height,
    storageKey,
    createdAt: now,
    claimedAt: input.caseId ? now : null,
  };
  try {
    await db.insert(attachments).values(row);
  } catch (error) {
    await store.delete([storageKey]).catch(() => {});
    throw error;
  }
  await deleteExpiredUploads(deps, input.cityId).catch((error: unknown) => deps.logger.warn({ err: error }, 'could not delete expired uploads'));
  return {
    id,
    name: row.name,
    contentType: row.contentType,
    size: row.size,
    width: row.width,
    height: row.height,
    url: input.caseId ? await attachmentLink(deps, id) : null,
  };
}

/**
 * Binds a resident's uploads to the case being filed, in its transaction. Each upload can be
 * claimed once, by a case of its city, within a day of the upload. A staff member filing a case
 * (a grid member's patrol report) claims only their own uploads.
 */
export async function claimResidentUploads(
  tx: Database,
  deps: Pick<AppDependencies, 'clock'>,
  input: { cityId: string; caseId: string; ids: readonly string[]; uploaderAccountId?: string | undefined },
): Promise<Attachment[]> {
  const ids = [...new Set(input.ids)];
  if (ids.length === 0) return [];
  if (ids.length > maxAttachmentsPerCase) throw invalid('attachmentIds', `attach at most ${maxAttachmentsPerCase} files to a case`);
  const now = deps.clock.now();
  const claimed = await tx
    .update(attachments)
    .set({ caseId: input.caseId, claimedAt: now })
    .where(
      and(
        inArray(attachments.id, ids),
        eq(attachments.cityId, input.cityId),
        input.uploaderAccountId
          ? and(eq(attachments.uploadedBy, 'staff'), eq(attachments.uploaderAccountId, input.uploaderAccountId))
          : eq(attachments.uploadedBy, 'resident'),
        isNull(attachments.caseId),
        gt(attachments.createdAt, new Date(now.getTime() - unclaimedLifetimeMs)),
      ),
    )
    .returning({ id: attachments.id, name: attachments.name, contentType: attachments.contentType, size: attachments.size });
  if (claimed.length !== ids.length) {
    const missing = ids.filter((id) => !claimed.some((row) => row.id === id));
    throw invalid('attachmentIds', `${missing.length === 1 ? 'an attachment is' : `${missing.length} attachments are`} unknown, expired or already part of a case; upload ${missing.length === 1 ? 'it' : 'them'} again`);
  }
  return ids.map((id) => claimed.find((row) => row.id === id)!);
}

export type AttachmentAccess =
  | { type: 'link'; expires: number; signature: string }
  | { type: 'staff'; staff: StaffPrincipal }
  | { type: 'resident'; proof: ResidentProof };

/** An attachment's bytes for someone entitled to them; anyone else gets the same 404 or 403 as a missing one. */
export async function readAttachment(deps: AppDependencies, id: string, access: AttachmentAccess) {
  const { db } = deps.database;
  const [row] = await db.select().from(attachments).where(eq(attachments.id, id));
  if (!row) throw notFound('the attachment');
  if (access.type === 'link') {
    const verdict = await verifyAttachmentLink(deps, id, access);
    if (verdict === 'expired') throw forbidden('this link to the attachment has expired; reload the page for a fresh one');
    if (verdict === 'invalid') throw forbidden('this link to the attachment is not valid');
  } else if (access.type === 'staff') {
    const ownUpload = row.uploaderAccountId === access.staff.accountId;
    if (!ownUpload) {
      if (!row.caseId || row.cityId !== access.staff.cityId) throw notFound('the attachment');
      await assertStaffCanSee(db, access.staff, row.caseId);
    }
  } else {
    const [owner] = row.caseId ? await db.select().from(cases).where(eq(cases.id, row.caseId)) : [];
    if (!owner || !proves(owner, access.proof)) throw forbidden('the secret or phone digits do not match the case of this attachment');
  }
  const content = await blobStoreOf(deps).get(row.storageKey);
  if (!content) throw notFound('the attachment’s content');
  return { row, content };
}

type Linked<Item extends { attachments: Attachment[] }> = Omit<Item, 'attachments'> & { attachments: AttachmentView[] };
type LinkedView<View extends CaseViewWithAttachments> = Omit<Linked<View>, 'timeline'> & { timeline: Linked<View['timeline'][number]>[] };
interface CaseViewWithAttachments {
  trackingCode: string;
  attachments: Attachment[];
  timeline: { attachments: Attachment[] }[];
}

/**
 * Adds a signed link to every attachment of a case view that is stored for that case. Anything
 * else (an entry naming a file that was never uploaded here) gets `url: null`, never a link a
 * client supplied.
 */
export async function withAttachmentLinks<View extends CaseViewWithAttachments>(deps: AppDependencies, view: View): Promise<LinkedView<View>> {
  const all = [...view.attachments, ...view.timeline.flatMap((entry) => entry.attachments)];
  const ids = [...new Set(all.map((attachment) => attachment.id))].filter((id) => /^[0-9a-f-]{36}$/i.test(id));
  const stored =
    ids.length === 0
      ? []
      : await deps.database.db
          .select({ id: attachments.id })
          .from(attachments)
          .innerJoin(cases, eq(cases.id, attachments.caseId))
          .where(and(inArray(attachments.id, ids), eq(cases.trackingCode, view.trackingCode)));
  const links = new Map(await Promise.all(stored.map(async ({ id }) => [id, await attachmentLink(deps, id)] as const)));
  const link = ({ id, name, contentType, size }: Attachment): AttachmentView => ({ id, name, contentType, size, url: links.get(id) ?? null });
  // Every other field of the view and of each entry is kept; only the lists change. Object.assign,
  // not a spread with properties after it: see residentViewOf.
  return Object.assign({}, view, {
    attachments: view.attachments.map(link),
    timeline: view.timeline.map((entry) => Object.assign({}, entry, { attachments: entry.attachments.map(link) })),
  }) as LinkedView<View>;
}
