import { customType, index, integer, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { cases } from './cases.js';
import { cities } from './cities.js';
import { cityId, createdAt, id, timestampTz } from './columns.js';

const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({
  dataType: () => 'bytea',
  // postgres.js hands back a Buffer and PGlite a Uint8Array; both are Uint8Arrays.
  fromDriver: (value) => new Uint8Array(value.buffer, value.byteOffset, value.byteLength),
});

export type AttachmentUploader = 'resident' | 'staff';

/**
 * Files attached to cases: a resident's photos, a unit's evidence with its reply. Uploaded
 * first, then claimed by the case they belong to; unclaimed uploads expire. The bytes live in a
 * blob store under `storageKey`, a generated name, never the client's file name.
 */
export const attachments = pgTable(
  'attachments',
  {
    id: id(),
    cityId: cityId().references(() => cities.id),
    caseId: uuid('case_id').references(() => cases.id),
    uploadedBy: text('uploaded_by').$type<AttachmentUploader>().notNull(),
    uploaderAccountId: uuid('uploader_account_id'),
    /** A display name cleaned of paths and control characters. */
    name: text('name').notNull(),
    /** Decided from the bytes, not from what the client claimed. */
    contentType: text('content_type').notNull(),
    size: integer('size').notNull(),
    sha256: text('sha256').notNull(),
    width: integer('width'),
    height: integer('height'),
    storageKey: text('storage_key').notNull(),
    createdAt: createdAt(),
    claimedAt: timestampTz('claimed_at'),
  },
  (table) => [index('attachments_case_idx').on(table.caseId), index('attachments_unclaimed_idx').on(table.cityId, table.createdAt)],
);

/** The default blob store: file contents in PostgreSQL, so any number of API processes share them. */
export const attachmentBlobs = pgTable('attachment_blobs', {
  storageKey: text('storage_key').primaryKey(),
  content: bytea('content').notNull(),
  createdAt: createdAt(),
});
