import type { APIClient } from '../core/client.js';
import type { ResidentProof, UploadedAttachment } from '../types.js';

export type UploadBody = Blob | ArrayBuffer | Uint8Array;

/** Photos and documents: uploaded first, then named in `attachmentIds` when a case is filed. */
export class Attachments {
  constructor(private readonly client: APIClient) {}

  /**
   * Uploads one file (multipart). The server decides its type from the bytes and removes EXIF,
   * XMP and text metadata; residents may send JPEG, PNG or WebP. Retried after a network error:
   * a second copy left unclaimed expires after a day.
   */
  upload(file: UploadBody, options: { name?: string; type?: string; caseId?: string; signal?: AbortSignal } = {}): Promise<UploadedAttachment> {
    const blob = file instanceof Blob ? file : new Blob([file as Uint8Array<ArrayBuffer>], options.type ? { type: options.type } : {});
    const form = new FormData();
    form.append('file', blob, options.name ?? (file instanceof File ? file.name : 'attachment'));
    if (options.caseId) form.append('caseId', options.caseId);
    return this.client.request('POST', '/api/v1/attachments', { body: form, retrySafe: true, ...(options.signal ? { signal: options.signal } : {}) });
  }

  /**
   * An attachment's content. Case views carry a signed `url` per attachment that works on its
   * own (in an `<img>`); this fetches it, or proves access with the resident's secret or a staff token.
   */
  async content(attachment: { id: string; url?: string | null }, proof?: ResidentProof): Promise<Blob> {
    if (attachment.url) {
      const url = new URL(attachment.url);
      const response = await this.client.open(url.pathname, { query: Object.fromEntries(url.searchParams) });
      return response.blob();
    }
    const response = await this.client.open(`/api/v1/attachments/${encodeURIComponent(attachment.id)}/content`, {
      query: { secret: proof?.secret, phoneLast4: proof?.phoneLast4 },
    });
    return response.blob();
  }
}
