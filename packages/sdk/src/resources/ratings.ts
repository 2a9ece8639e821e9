import type { APIClient } from '../core/client.js';
import type { RatingLevel, ResidentCaseView, ResidentProof } from '../types.js';
import { trackingPath } from './tracking.js';

/** The resident's verdict on a reply (评价), and reopening (重办) after an unsatisfied one. */
export class Ratings {
  constructor(private readonly client: APIClient) {}

  /** Rates the reply of the current handling round; once per round. */
  rate(trackingCode: string, proof: ResidentProof, rating: { level: RatingLevel; comment?: string }): Promise<ResidentCaseView> {
    return this.client.request('POST', `${trackingPath(trackingCode)}/rating`, { body: { ...proof, ...rating } });
  }

  /** After an unsatisfied rating: sends the case back into handling at the unit that replied. */
  reopen(trackingCode: string, proof: ResidentProof, reason: string): Promise<ResidentCaseView> {
    return this.client.request('POST', `${trackingPath(trackingCode)}/reopen`, { body: { ...proof, reason } });
  }
}
