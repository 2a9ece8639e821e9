import type { APIClient } from '../core/client.js';
import type { RatingLevel, ResidentCaseView, ResidentProof, SubmitCaseParams, SubmittedCase, TrackedCase } from '../types.js';
import type { Ratings } from './ratings.js';
import type { Tracking } from './tracking.js';

const newIdempotencyKey = () => globalThis.crypto.randomUUID();

/** Residents' side of a case: file it, follow it, rate the reply. */
export class Cases {
  constructor(
    private readonly client: APIClient,
    private readonly tracking: Tracking,
    private readonly ratings: Ratings,
  ) {}

  /**
   * Files a case. An idempotency key is generated when none is given, so the client's own
   * retries never file it twice; pass your own to make retries across page reloads safe too.
   * Upload photos first (`attachments.upload`) and list their ids in `attachmentIds`.
   */
  create(params: SubmitCaseParams, options: { idempotencyKey?: string; signal?: AbortSignal } = {}): Promise<SubmittedCase> {
    return this.client.request('POST', '/api/v1/cases', {
      body: params,
      idempotencyKey: options.idempotencyKey ?? newIdempotencyKey(),
      ...(options.signal ? { signal: options.signal } : {}),
    });
  }

  /** Same as `tracking.get`. */
  track(trackingCode: string, proof?: ResidentProof, options: { signal?: AbortSignal } = {}): Promise<TrackedCase> {
    return this.tracking.get(trackingCode, proof, options);
  }

  /** Same as `ratings.rate`. */
  rate(trackingCode: string, proof: ResidentProof, rating: { level: RatingLevel; comment?: string }): Promise<ResidentCaseView> {
    return this.ratings.rate(trackingCode, proof, rating);
  }

  /** Same as `ratings.reopen`. */
  reopen(trackingCode: string, proof: ResidentProof, reason: string): Promise<ResidentCaseView> {
    return this.ratings.reopen(trackingCode, proof, reason);
  }
}
