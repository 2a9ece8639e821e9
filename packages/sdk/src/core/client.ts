import { APIError, ConnectionError, TimeoutError, type ProblemDetails } from './errors.js';

export type Fetch = (input: string, init: RequestInit) => Promise<Response>;

export interface ClientOptions {
  /** Where the API lives, e.g. `https://huying.zhaoyuan.gov.cn` (no trailing `/api/v1`). */
  baseUrl: string;
  /** The city to talk to, when the platform serves several. */
  city?: string;
  /** A staff API token (`hy_staff_…`) for the staff resources. */
  staffToken?: string;
  /**
   * The site key issued for the web page this client runs in (`hy_site_…`). Browsers on other
   * sites than the platform's own must send one that lists the page's origin; it also selects
   * the key's city.
   */
  siteKey?: string;
  /** Replaces the platform's `fetch` (tests, proxies, instrumentation). */
  fetch?: Fetch;
  /** Retries after a connection error, a timeout, 408, 429 or 5xx. Default 2. */
  maxRetries?: number;
  /** Per attempt. Default 30 s. */
  timeoutMs?: number;
  headers?: Record<string, string>;
}

export type QueryValue = string | number | boolean | readonly string[] | null | undefined;

export interface RequestOptions {
  query?: Record<string, QueryValue>;
  /** Sent as JSON, or as it is when a FormData (multipart). */
  body?: unknown;
  headers?: Record<string, string>;
  /** Makes a POST safe to retry: the API answers a repeat with the first result. */
  idempotencyKey?: string;
  signal?: AbortSignal;
  maxRetries?: number;
  /** The request may be repeated without harm even without an idempotency key. */
  retrySafe?: boolean;
}

const retryableStatuses = new Set([408, 429, 500, 502, 503, 504]);

/** Whether trying again later may succeed: no answer at all, a timeout, 408, 429 or a 5xx. */
export function isRetryable(error: unknown): boolean {
  if (error instanceof ConnectionError) return true;
  return error instanceof APIError && retryableStatuses.has(error.status);
}
const initialRetryDelayMs = 500;
const maxRetryDelayMs = 8_000;

/** How long the server asked us to wait, if it did (Retry-After seconds or date, or retry-after-ms). */
export function retryAfterMs(headers: Headers, now = Date.now()): number | null {
  const milliseconds = Number(headers.get('retry-after-ms'));
  if (headers.has('retry-after-ms') && Number.isFinite(milliseconds) && milliseconds >= 0) return milliseconds;
  const value = headers.get('retry-after');
  if (!value) return null;
  const seconds = Number(value);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? null : Math.max(0, date - now);
}

/** Exponential backoff with jitter, so many clients retrying do not arrive together. */
export function backoffMs(attempt: number, random = Math.random): number {
  const base = Math.min(maxRetryDelayMs, initialRetryDelayMs * 2 ** attempt);
  return base * (0.75 + random() * 0.25);
}

const sleep = (milliseconds: number, signal?: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    const timer = setTimeout(resolve, milliseconds);
    signal?.addEventListener('abort', () => {
      clearTimeout(timer);
      reject(signal.reason);
    }, { once: true });
  });

function buildQuery(query: Record<string, QueryValue> | undefined): string {
  if (!query) return '';
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    params.set(key, Array.isArray(value) ? value.join(',') : String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** The transport every resource shares: URLs, headers, timeouts, retries and typed errors. */
export class APIClient {
  readonly baseUrl: string;
  readonly city: string | undefined;
  readonly siteKey: string | undefined;
  readonly maxRetries: number;
  readonly timeoutMs: number;
  #staffToken: string | undefined;
  #csrfToken: string | undefined;
  readonly #fetch: Fetch;
  readonly #headers: Record<string, string>;

  constructor(options: ClientOptions) {
    if (!options.baseUrl) throw new TypeError('HuyingClient needs a baseUrl');
    this.baseUrl = options.baseUrl.replace(/\/+$/, '');
    this.city = options.city;
    this.siteKey = options.siteKey;
    this.maxRetries = options.maxRetries ?? 2;
    this.timeoutMs = options.timeoutMs ?? 30_000;
    this.#staffToken = options.staffToken;
    this.#fetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
    this.#headers = options.headers ?? {};
  }

  /** Switches the staff token, e.g. after a sign-in. */
  setStaffToken(token: string | undefined): void {
    this.#staffToken = token;
  }

  /**
   * The CSRF token of a staff page's session cookie, sent as `x-csrf-token` with every write.
   * `client.auth` keeps it current (sign-in, session, password change); pages rarely set it.
   */
  setCsrfToken(token: string | undefined): void {
    this.#csrfToken = token;
  }

  #headersFor(options: { headers?: Record<string, string> | undefined }, accept: string): Record<string, string> {
    const headers: Record<string, string> = { accept, ...this.#headers, ...options.headers };
    if (this.city) headers['huying-city'] = this.city;
    if (this.siteKey) headers['huying-site-key'] = this.siteKey;
    if (this.#staffToken) headers.authorization = `Bearer ${this.#staffToken}`;
    return headers;
  }

  async request<T>(method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', path: string, options: RequestOptions = {}): Promise<T> {
    const url = `${this.baseUrl}${path}${buildQuery(options.query)}`;
    const headers = this.#headersFor(options, 'application/json, application/problem+json');
    if (options.idempotencyKey) headers['idempotency-key'] = options.idempotencyKey;
    if (this.#csrfToken && method !== 'GET') headers['x-csrf-token'] = this.#csrfToken;
    // A FormData body sets its own multipart content type, boundary included.
    const body = options.body === undefined ? undefined : options.body instanceof FormData ? options.body : JSON.stringify(options.body);
    if (typeof body === 'string') headers['content-type'] = 'application/json';
    // Reads are always safe to repeat; a write only when the server can recognise the repeat.
    const retrySafe = method === 'GET' || options.idempotencyKey !== undefined || options.retrySafe === true;
    const maxRetries = retrySafe ? (options.maxRetries ?? this.maxRetries) : 0;

    for (let attempt = 0; ; attempt++) {
      let response: Response;
      try {
        response = await this.#attempt(url, { method, headers, ...(body !== undefined ? { body: body as BodyInit } : {}) }, options.signal);
      } catch (error) {
        if (options.signal?.aborted) throw error;
        if (attempt < maxRetries) {
          await sleep(backoffMs(attempt), options.signal);
          continue;
        }
        throw error;
      }
      if (response.ok) {
        if (response.status === 204) return undefined as T;
        return (await response.json()) as T;
      }
      if (attempt < maxRetries && retryableStatuses.has(response.status)) {
        const asked = retryAfterMs(response.headers);
        await response.body?.cancel().catch(() => {});
        await sleep(asked !== null && asked <= 60_000 ? asked : backoffMs(attempt), options.signal);
        continue;
      }
      throw await this.#errorFrom(response);
    }
  }

  /**
   * A GET whose body the caller reads itself (a file, an event stream): typed errors as usual,
   * no retries, and `signal` stays attached to the body after the headers arrive. The timeout
   * covers only the wait for the headers.
   */
  async open(path: string, options: { query?: Record<string, QueryValue>; headers?: Record<string, string>; signal?: AbortSignal; accept?: string } = {}): Promise<Response> {
    const url = `${this.baseUrl}${path}${buildQuery(options.query)}`;
    const controller = new AbortController();
    const onAbort = () => controller.abort(options.signal?.reason);
    if (options.signal?.aborted) onAbort();
    options.signal?.addEventListener('abort', onAbort, { once: true });
    const timer = setTimeout(() => controller.abort(new TimeoutError(this.timeoutMs)), this.timeoutMs);
    let response: Response;
    try {
      response = await this.#fetch(url, { method: 'GET', headers: this.#headersFor(options, options.accept ?? '*/*'), signal: controller.signal });
    } catch (error) {
      options.signal?.removeEventListener('abort', onAbort);
      if (controller.signal.reason instanceof TimeoutError) throw controller.signal.reason;
      if (options.signal?.aborted) throw error;
      throw new ConnectionError(`could not reach ${url}: ${(error as Error)?.message ?? error}`, { cause: error });
    } finally {
      clearTimeout(timer);
    }
    if (!response.ok) {
      options.signal?.removeEventListener('abort', onAbort);
      throw await this.#errorFrom(response);
    }
    return response;
  }

  async #attempt(url: string, init: RequestInit, signal?: AbortSignal): Promise<Response> {
    const controller = new AbortController();
    const onAbort = () => controller.abort(signal?.reason);
    signal?.addEventListener('abort', onAbort, { once: true });
    const timer = setTimeout(() => controller.abort(new TimeoutError(this.timeoutMs)), this.timeoutMs);
    try {
      return await this.#fetch(url, { ...init, signal: controller.signal });
    } catch (error) {
      if (controller.signal.reason instanceof TimeoutError) throw controller.signal.reason;
      if (signal?.aborted) throw error;
      throw new ConnectionError(`could not reach ${url}: ${(error as Error)?.message ?? error}`, { cause: error });
    } finally {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
    }
  }

  async #errorFrom(response: Response): Promise<APIError> {
    let problem: ProblemDetails | null = null;
    const text = await response.text().catch(() => '');
    try {
      const parsed = JSON.parse(text) as Partial<ProblemDetails>;
      if (parsed && typeof parsed === 'object' && typeof parsed.detail === 'string') problem = parsed as ProblemDetails;
    } catch {
      // Not JSON (a proxy's HTML page, say): keep the status and a short excerpt.
    }
    return APIError.from(response.status, problem, response.headers, `HTTP ${response.status}${text ? `: ${text.slice(0, 200)}` : ''}`);
  }
}
