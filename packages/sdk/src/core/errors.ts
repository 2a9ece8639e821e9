/** A problem+json body as the API sends it (RFC 9457). */
export interface ProblemDetails {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: string;
  requestId?: string;
  errors?: { field: string; message: string }[];
  [extension: string]: unknown;
}

/** Every error the client throws. */
export class HuyingError extends Error {
  override name = 'HuyingError';
}

/** The API answered with an error status. */
export class APIError extends HuyingError {
  override name = 'APIError';
  readonly status: number;
  /** The problem's stable code, e.g. `validation-failed`, `illegal-transition`. */
  readonly code: string;
  readonly requestId: string | null;
  readonly problem: ProblemDetails | null;
  readonly headers: Headers;

  constructor(status: number, problem: ProblemDetails | null, headers: Headers, fallbackMessage: string) {
    super(problem?.detail ?? fallbackMessage);
    this.status = status;
    this.problem = problem;
    this.code = problem?.code ?? `http-${status}`;
    this.requestId = problem?.requestId ?? headers.get('x-request-id');
    this.headers = headers;
  }

  /** Field errors of a validation problem, if any. */
  get fieldErrors(): { field: string; message: string }[] {
    return this.problem?.errors ?? [];
  }

  static from(status: number, problem: ProblemDetails | null, headers: Headers, fallbackMessage: string): APIError {
    const Type =
      status === 400 ? BadRequestError
      : status === 401 ? AuthenticationError
      : status === 403 ? PermissionDeniedError
      : status === 404 ? NotFoundError
      : status === 409 ? ConflictError
      : status === 413 ? PayloadTooLargeError
      : status === 422 ? UnprocessableEntityError
      : status === 429 ? RateLimitError
      : status === 503 ? ServiceUnavailableError
      : status >= 500 ? InternalServerError
      : APIError;
    return new Type(status, problem, headers, fallbackMessage);
  }
}

export class BadRequestError extends APIError {
  override name = 'BadRequestError';
}
export class AuthenticationError extends APIError {
  override name = 'AuthenticationError';
}
export class PermissionDeniedError extends APIError {
  override name = 'PermissionDeniedError';
}
export class NotFoundError extends APIError {
  override name = 'NotFoundError';
}
/** The case cannot make this move now, or it changed since it was loaded. */
export class ConflictError extends APIError {
  override name = 'ConflictError';
}
export class PayloadTooLargeError extends APIError {
  override name = 'PayloadTooLargeError';
}
export class UnprocessableEntityError extends APIError {
  override name = 'UnprocessableEntityError';
}
export class RateLimitError extends APIError {
  override name = 'RateLimitError';
}
export class InternalServerError extends APIError {
  override name = 'InternalServerError';
}
export class ServiceUnavailableError extends InternalServerError {
  override name = 'ServiceUnavailableError';
}

/** The request never got an answer: network down, DNS, connection refused. */
export class ConnectionError extends HuyingError {
  override name = 'ConnectionError';
  constructor(message = 'could not reach the Huying API', options?: { cause?: unknown }) {
    super(message, options);
  }
}

/** No answer within the client's timeout. */
export class TimeoutError extends ConnectionError {
  override name = 'TimeoutError';
  constructor(timeoutMs: number) {
    super(`no answer from the Huying API within ${timeoutMs} ms`);
  }
}
