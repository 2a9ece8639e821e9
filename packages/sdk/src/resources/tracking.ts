import type { APIClient } from '../core/client.js';
import { LiveStream, type LiveOptions } from '../core/live.js';
import type { CaseStatusView, CaseUpdate, ResidentCaseView, ResidentProof, TrackedCase } from '../types.js';

export const trackingPath = (code: string) => `/api/v1/track/${encodeURIComponent(code.replace(/[\s-]/g, ''))}`;

/** Proof as headers, so it stays out of URLs and server logs. */
const proofHeaders = (proof?: ResidentProof): Record<string, string> =>
  proof?.secret ? { 'huying-case-secret': proof.secret } : proof?.phoneLast4 ? { 'huying-phone-last4': proof.phoneLast4 } : {};

/** Following a case by its tracking code: its status for anyone, the whole case with proof, live. */
export class Tracking {
  constructor(private readonly client: APIClient) {}

  /** The status for anyone with the code; the whole case with the resident's proof. */
  get(trackingCode: string, proof?: ResidentProof, options: { signal?: AbortSignal } = {}): Promise<TrackedCase> {
    return this.client.request('GET', trackingPath(trackingCode), {
      query: { secret: proof?.secret, phoneLast4: proof?.phoneLast4 },
      ...(options.signal ? { signal: options.signal } : {}),
    });
  }

  /**
   * The case again every time it changes, without polling (server-sent events that reconnect
   * and resume). With proof each update is the whole case, without it the status.
   *
   * ```ts
   * for await (const update of huying.tracking.live(code, { secret })) render(update.data.case);
   * ```
   */
  live(trackingCode: string, proof?: ResidentProof, options: LiveOptions = {}): LiveStream<CaseUpdate> {
    return new LiveStream<CaseUpdate>(
      (lastEventId, signal) => openEvents(this.client, `${trackingPath(trackingCode)}/events`, lastEventId, signal, proofHeaders(proof)),
      options,
      (type, data) => (type === 'case' ? { type: 'case', case: data as ResidentCaseView } : { type: 'status', case: data as CaseStatusView }),
    );
  }
}

/** Opens one connection of an event stream, resuming after `lastEventId`. */
export function openEvents(client: APIClient, path: string, lastEventId: string | null, signal: AbortSignal, headers: Record<string, string> = {}) {
  return client.open(path, { accept: 'text/event-stream', headers: { ...headers, ...(lastEventId ? { 'last-event-id': lastEventId } : {}) }, signal });
}
