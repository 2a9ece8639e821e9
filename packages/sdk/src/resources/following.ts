import type { APIClient } from '../core/client.js';
import { LiveStream, type LiveOptions } from '../core/live.js';
import type { FollowReceipt, PublicCase, SimilarCase } from '../types.js';
import { openEvents } from './tracking.js';

const newIdempotencyKey = () => globalThis.crypto.randomUUID();

/**
 * Duplicate suggestions and "me too": open cases that may be the problem a resident is about to
 * report, and following one instead of filing a duplicate. Nothing personal is ever returned:
 * cases are named by `ref`, never by their reporter's tracking code.
 */
export class Following {
  constructor(private readonly client: APIClient) {}

  /** Open cases of the category at the building or in its community; `q` (the draft text) ranks them. */
  async similar(params: { buildingId: string; categoryId?: string; q?: string; limit?: number }, options: { signal?: AbortSignal } = {}): Promise<SimilarCase[]> {
    const result = await this.client.request<{ data: SimilarCase[] }>('GET', '/api/v1/similar-cases', {
      query: params,
      ...(options.signal ? { signal: options.signal } : {}),
    });
    return result.data;
  }

  /** Follows an open case; the receipt's `followToken` opens the follower's view of it. */
  follow(ref: string, contact: { phone?: string } = {}, options: { idempotencyKey?: string } = {}): Promise<FollowReceipt> {
    return this.client.request('POST', `/api/v1/similar-cases/${encodeURIComponent(ref)}/follow`, {
      body: contact.phone ? { contact: { phone: contact.phone } } : {},
      idempotencyKey: options.idempotencyKey ?? newIdempotencyKey(),
    });
  }

  /** The followed case, as the public may see it. */
  async get(followToken: string): Promise<PublicCase> {
    const result = await this.client.request<{ case: PublicCase }>('GET', `/api/v1/follows/${encodeURIComponent(followToken)}`);
    return result.case;
  }

  /** The followed case again each time it changes. */
  live(followToken: string, options: LiveOptions = {}): LiveStream<PublicCase> {
    return new LiveStream<PublicCase>((lastEventId, signal) => openEvents(this.client, `/api/v1/follows/${encodeURIComponent(followToken)}/events`, lastEventId, signal), options);
  }
}
