import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { createMiddleware } from 'hono/factory';
import type { AppEnv } from '../../context.js';
import { requestCityId } from '../../http/city.js';
import { ProblemError } from '../../http/problems.js';
import { createRouter } from '../../http/router.js';
import { requireStaff } from '../../http/staff-auth.js';
import {
  attachmentMaxBytes,
  readAttachment,
  uploadAttachment,
  type AttachmentAccess,
} from '../../services/attachments/attachments.js';
import { problemResponses } from '../schemas.js';

export const UploadedAttachmentSchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    contentType: z.string().openapi({ description: 'What the file is, decided from its content.' }),
    size: z.number().int().openapi({ description: 'Bytes after metadata was removed.' }),
    width: z.number().int().nullable(),
    height: z.number().int().nullable(),
    url: z.string().nullable().openapi({ description: 'A signed, expiring link to the content; null until the file belongs to a case.' }),
  })
  .openapi('UploadedAttachment');

const UploadForm = z.object({
  file: z.instanceof(File, { message: 'send the file in a multipart field named "file"' }).openapi({ type: 'string', format: 'binary' }),
  caseId: z.uuid().optional().openapi({ description: 'Staff only: attach to this case at once (evidence for a reply).' }),
});

/** Multipart room for one file: the limit plus the form's boundaries and headers. */
const multipartOverhead = 64 * 1024;

const uploadBodyLimit = createMiddleware<AppEnv>(async (c, next) => {
  const limit = attachmentMaxBytes(c.get('deps'));
  const type = c.req.header('content-type') ?? '';
  if (!/^multipart\/form-data\s*;/i.test(type)) {
    throw new ProblemError('unsupported-media-type', 'upload the file as multipart/form-data, in a field named "file"');
  }
  return bodyLimit({
    maxSize: limit + multipartOverhead,
    onError: () => {
      throw new ProblemError('payload-too-large', `a file may be at most ${(limit / 1048576).toFixed(0)} MB`);
    },
  })(c, next);
});

/** Staff credentials (a bearer token or the staff pages' session) make the caller staff; without them they are a resident. */
const optionalStaff = createMiddleware<AppEnv>(async (c, next) => {
  if (c.req.header('authorization')) return requireStaff(c, next);
  return next();
});

const proofQuery = {
  secret: z.string().regex(/^\d{8}$/, 'the secret has 8 digits').optional(),
  phoneLast4: z.string().regex(/^\d{4}$/, 'give the last 4 digits of the contact phone').optional(),
};

function contentDisposition(name: string, inline: boolean): string {
  const ascii = name.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `${inline ? 'inline' : 'attachment'}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

function staffOf(c: Context<AppEnv>) {
  return c.get('staff');
}

export const attachmentsRoutes = createRouter()
  .openapi(
    createRoute({
      method: 'post',
      path: '/attachments',
      tags: ['Attachments'],
      summary: 'Upload a photo or document',
      description:
        'One file per request, as multipart/form-data. JPEG, PNG and WebP for residents (PDF too for staff), decided from the bytes; EXIF, XMP and text metadata (camera, time, GPS) are removed. A resident then lists the returned `id` in `attachmentIds` when submitting the case, within a day.',
      middleware: [optionalStaff, uploadBodyLimit],
      request: { body: { required: true, content: { 'multipart/form-data': { schema: UploadForm } } } },
      responses: {
        201: { description: 'Stored', content: { 'application/json': { schema: UploadedAttachmentSchema } } },
        ...problemResponses(400, 401, 403, 404, 413, 415),
      },
    }),
    async (c) => {
      const { file, caseId } = c.req.valid('form');
      const staff = staffOf(c);
      const bytes = new Uint8Array(await file.arrayBuffer());
      const uploaded = await uploadAttachment(c.get('deps'), {
        cityId: staff ? staff.cityId : await requestCityId(c),
        uploader: staff ? { type: 'staff', staff } : { type: 'resident' },
        name: file.name,
        bytes,
        caseId,
      });
      return c.json(uploaded, 201);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/attachments/{id}/content',
      tags: ['Attachments'],
      summary: 'An attachment’s content',
      description:
        'For the signed `url` that case views carry (`expires` + `signature`), for the resident with the case’s secret or phone digits, or for staff who can see the case.',
      middleware: [optionalStaff],
      request: {
        params: z.object({ id: z.uuid().openapi({ param: { name: 'id', in: 'path' } }) }),
        query: z.object({
          expires: z.coerce.number().int().positive().optional(),
          signature: z.string().regex(/^[A-Za-z0-9_-]{43}$/, 'not a link signature').optional(),
          ...proofQuery,
        }),
      },
      responses: {
        200: { description: 'The file', content: { 'application/octet-stream': { schema: z.string().openapi({ format: 'binary' }) } } },
        ...problemResponses(400, 401, 403, 404),
      },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      const query = c.req.valid('query');
      const staff = staffOf(c);
      let access: AttachmentAccess;
      if (query.expires !== undefined && query.signature !== undefined) access = { type: 'link', expires: query.expires, signature: query.signature };
      else if (staff) access = { type: 'staff', staff };
      else if (query.secret !== undefined || query.phoneLast4 !== undefined) access = { type: 'resident', proof: { secret: query.secret, phoneLast4: query.phoneLast4 } };
      else throw new ProblemError('unauthenticated', 'use the signed link from the case, or send the case’s secret, or a staff token');
      const { row, content } = await readAttachment(c.get('deps'), id, access);
      const isImage = row.contentType.startsWith('image/');
      return c.body(content as Uint8Array<ArrayBuffer>, 200, {
        'content-type': row.contentType,
        'content-length': String(content.length),
        'content-disposition': contentDisposition(row.name, isImage),
        // The file is shown as what we decided it is, never sniffed into HTML, and cannot run script.
        'x-content-type-options': 'nosniff',
        'content-security-policy': "default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline'; sandbox",
        'cache-control': access.type === 'link' ? 'private, max-age=3600' : 'private, no-store',
        etag: `"${row.sha256}"`,
      });
    },
  );
