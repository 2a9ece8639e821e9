/**
 * RFC 9457 problem details: the one shape every error of the API takes. Handlers throw a
 * `ProblemError`; the app's single `onError` turns it (and anything else thrown) into
 * `application/problem+json`. Nobody builds an error body by hand.
 */

export interface FieldError {
  /** JSON pointer-ish path of the offending field, e.g. `contact.phone` or `body`. */
  field: string;
  message: string;
}

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: string;
  requestId?: string;
  instance?: string;
  errors?: FieldError[];
  [extension: string]: unknown;
}

/** The catalogue of problem codes: a stable `type` for each, with a title people can read. */
export const problemCatalogue = {
  'validation-failed': { status: 400, title: 'The request is not valid' },
  'malformed-json': { status: 400, title: 'The request body is not valid JSON' },
  'unsupported-media-type': { status: 415, title: 'The request body has an unsupported content type' },
  'payload-too-large': { status: 413, title: 'The request body is too large' },
  unauthenticated: { status: 401, title: 'Authentication is required' },
  forbidden: { status: 403, title: 'You may not do this' },
  'csrf-failed': { status: 403, title: 'The request did not come from a staff page of this site' },
  'password-change-required': { status: 403, title: 'Choose a new password first' },
  'login-taken': { status: 409, title: 'This login is taken' },
  'not-found': { status: 404, title: 'Not found' },
  'method-not-allowed': { status: 405, title: 'Method not allowed' },
  'illegal-transition': { status: 409, title: 'The case cannot make this move now' },
  'version-conflict': { status: 409, title: 'The case changed since you loaded it' },
  'idempotency-key-reused': { status: 422, title: 'This Idempotency-Key was used for a different request' },
  'invalid-command': { status: 422, title: 'The command cannot be carried out as given' },
  'qr-token-invalid': { status: 400, title: 'This QR code is not a valid sign' },
  'qr-token-revoked': { status: 410, title: 'This QR sign has been withdrawn' },
  'import-rejected': { status: 422, title: 'The import has rows that are not valid; nothing was imported' },
  'site-key-required': { status: 403, title: 'This page needs a site key to use the service' },
  'site-key-invalid': { status: 403, title: 'The site key is unknown or revoked' },
  'origin-not-allowed': { status: 403, title: 'This site is not allowed to use this site key' },
  'kiosk-key-invalid': { status: 403, title: 'The kiosk’s device key is not registered' },
  'kiosk-revoked': { status: 403, title: 'This kiosk has been withdrawn from service' },
  'attachment-type-not-allowed': { status: 415, title: 'This kind of file cannot be attached' },
  'case-not-open': { status: 409, title: 'The case is no longer open' },
  'month-not-closed': { status: 409, title: 'The month is not over yet' },
  'roster-conflict': { status: 409, title: 'The shift overlaps another shift of the same officer' },
  'rate-limited': { status: 429, title: 'Too many requests' },
  'service-unavailable': { status: 503, title: 'The service is temporarily unavailable' },
  'internal-error': { status: 500, title: 'Something went wrong on our side' },
} as const satisfies Record<string, { status: number; title: string }>;

export type ProblemCode = keyof typeof problemCatalogue;

export const problemType = (code: string) => `/problems/${code}`;

export class ProblemError extends Error {
  readonly status: number;
  readonly code: ProblemCode;
  readonly errors: FieldError[] | undefined;
  readonly extensions: Record<string, unknown>;
  readonly headers: Record<string, string>;

  constructor(
    code: ProblemCode,
    detail: string,
    options: { errors?: FieldError[]; extensions?: Record<string, unknown>; headers?: Record<string, string> } = {},
  ) {
    super(detail);
    this.name = 'ProblemError';
    this.code = code;
    this.status = problemCatalogue[code].status;
    this.errors = options.errors;
    this.extensions = options.extensions ?? {};
    this.headers = options.headers ?? {};
  }

  toProblem(requestId?: string): Problem {
    // Extensions first, so none can overwrite a standard member.
    return {
      ...this.extensions,
      type: problemType(this.code),
      title: problemCatalogue[this.code].title,
      status: this.status,
      detail: this.message,
      code: this.code,
      ...(requestId ? { requestId } : {}),
      ...(this.errors ? { errors: this.errors } : {}),
    };
  }
}

export const notFound = (what: string) => new ProblemError('not-found', `${what} was not found`);
export const forbidden = (detail: string) => new ProblemError('forbidden', detail);
export const invalid = (field: string, message: string) =>
  new ProblemError('validation-failed', message, { errors: [{ field, message }] });
