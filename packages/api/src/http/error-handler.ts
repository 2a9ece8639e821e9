import type { Context, ErrorHandler, NotFoundHandler } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { AppEnv } from '../context.js';
import { ProblemError, type ProblemCode } from './problems.js';

/** PostgreSQL error classes and driver errors that mean "the database is not there right now". */
function isDatabaseUnavailable(error: unknown): boolean {
  const candidate = error as { code?: unknown; cause?: unknown; message?: unknown };
  const code = typeof candidate?.code === 'string' ? candidate.code : '';
  if (/^(08|57P)/.test(code) || ['ECONNREFUSED', 'ECONNRESET', 'CONNECTION_CLOSED', 'CONNECTION_ENDED', 'CONNECT_TIMEOUT'].includes(code)) {
    return true;
  }
  if (candidate?.cause && candidate.cause !== error) return isDatabaseUnavailable(candidate.cause);
  return false;
}

function fromHttpException(error: HTTPException): ProblemError {
  const message = error.message || 'the request was refused';
  const byStatus: Partial<Record<number, ProblemCode>> = {
    400: /json/i.test(message) ? 'malformed-json' : 'validation-failed',
    401: 'unauthenticated',
    403: 'forbidden',
    404: 'not-found',
    405: 'method-not-allowed',
    413: 'payload-too-large',
    415: 'unsupported-media-type',
    429: 'rate-limited',
  };
  const code = byStatus[error.status] ?? (error.status >= 500 ? 'internal-error' : 'validation-failed');
  const detail =
    code === 'malformed-json' ? 'the request body could not be parsed as JSON; check quotes, commas and braces' : message;
  return new ProblemError(code, detail);
}

function problemResponse(c: Context<AppEnv>, problem: ProblemError): Response {
  const body = problem.toProblem(c.get('requestId'));
  // Through the context, so headers set before the failure (an expired cookie's removal) go too.
  return c.body(JSON.stringify(body), problem.status as ContentfulStatusCode, { 'content-type': 'application/problem+json; charset=utf-8', ...problem.headers });
}

/** The single error path of the API: whatever was thrown leaves as problem+json. */
export const onError: ErrorHandler<AppEnv> = (error, c) => {
  let problem: ProblemError;
  if (error instanceof ProblemError) problem = error;
  else if (error instanceof HTTPException) problem = fromHttpException(error);
  else if (isDatabaseUnavailable(error)) {
    problem = new ProblemError('service-unavailable', 'the database is not reachable; please retry shortly', {
      headers: { 'retry-after': '5' },
    });
    c.get('deps')?.logger.error({ err: error, requestId: c.get('requestId') }, 'database unavailable');
  } else {
    problem = new ProblemError('internal-error', 'an unexpected error occurred; quote the requestId when reporting it');
    c.get('deps')?.logger.error({ err: error, requestId: c.get('requestId') }, 'unhandled error');
  }
  return problemResponse(c, problem);
};

export const onNotFound: NotFoundHandler<AppEnv> = (c) =>
  problemResponse(c, new ProblemError('not-found', `no route matches ${c.req.method} ${new URL(c.req.url).pathname}`));
