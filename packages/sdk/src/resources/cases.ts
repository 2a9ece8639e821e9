import type { APIClient } from '../core/client.js';
import type { ResidentCaseView, ResidentProof, RatingLevel, SubmitCaseParams, SubmittedCase, TrackedCase } from '../types.js';

const newIdempotencyKey = () => globalThis.crypto.randomUUID();
const path = (code: string) => `/api/v1/track/${encodeURIComponent(code.replace(/[\s-]/g, ''))}`;

/** Residents' side of a case: file it, follow it, rate the reply. */
export class Cases {
  constructor(private readonly client: APIClient) {}

  /**
   * Files a case. An idempotency key is generated when none is given, so the client's own
   * retries never file it twice; pass your own to make retries across page reloads safe too.
   */
  create(params: SubmitCaseParams, options: { idempotencyKey?: string; signal?: AbortSignal } = {}): Promise<SubmittedCase> {
    return this.client.request('POST', '/api/v1/cases', {
      body: params,
      idempotencyKey: options.idempotencyKey ?? newIdempotencyKey(),
      ...(options.signal ? { signal: options.signal } : {}),
    });
  }

  /** The status for anyone with the code; the whole case with the resident's proof. */
  track(trackingCode: string, proof?: ResidentProof, options: { signal?: AbortSignal } = {}): Promise<TrackedCase> {
    return this.client.request('GET', path(trackingCode), {
      query: { secret: proof?.secret, phoneLast4: proof?.phoneLast4 },
      ...(options.signal ? { signal: options.signal } : {}),
    });
  }

  /** Rates the reply of the current handling round (once per round). */
  rate(trackingCode: string, proof: ResidentProof, rating: { level: RatingLevel; comment?: string }): Promise<ResidentCaseView> {
    return this.client.request('POST', `${path(trackingCode)}/rating`, { body: { ...proof, ...rating } });
  }

  /** After an unsatisfied rating: sends the case back into handling. */
  reopen(trackingCode: string, proof: ResidentProof, reason: string): Promise<ResidentCaseView> {
    return this.client.request('POST', `${path(trackingCode)}/reopen`, { body: { ...proof, reason } });
  }
}
