import { ResidentClient } from '@huying/sdk';

/**
 * The API client an element talks through: the one the host page gave it (`client` property),
 * else one made from its `api-base` and `site-key` attributes. Elements on a page share clients
 * per base and key, so the taxonomy is fetched once however many forms there are.
 */
export interface Connection {
  client?: ResidentClient | undefined;
  apiBase: string;
  siteKey: string;
}

const shared = new Map<string, ResidentClient>();

export function clientOf(element: Connection): ResidentClient {
  if (element.client) return element.client;
  // Without api-base the platform is where the page came from (its own /track and /s pages).
  const baseUrl = element.apiBase || globalThis.location?.origin || '';
  const key = `${baseUrl}\n${element.siteKey}`;
  let client = shared.get(key);
  if (!client) {
    client = new ResidentClient({ baseUrl, ...(element.siteKey ? { siteKey: element.siteKey } : {}), maxRetries: 2, timeoutMs: 20_000 });
    shared.set(key, client);
  }
  return client;
}
