import { OpenAPIHono } from '@hono/zod-openapi';
import type { ZodError } from 'zod';
import type { AppEnv } from '../context.js';
import { ProblemError, type FieldError } from './problems.js';

/** Turns zod issues into field errors people can act on. */
export function fieldErrors(error: ZodError, target?: string): FieldError[] {
  return error.issues.map((issue) => ({
    field: [target, ...issue.path.map(String)].filter(Boolean).join('.') || 'body',
    message: issue.message,
  }));
}

/**
 * Every area of the API is one of these sub-apps. They share the one validation hook, so an
 * invalid request anywhere becomes the same `validation-failed` problem.
 */
export function createRouter() {
  return new OpenAPIHono<AppEnv>({
    defaultHook: (result) => {
      if (!result.success) {
        const errors = fieldErrors(result.error as ZodError, (result as { target?: string }).target);
        const first = errors[0];
        throw new ProblemError(
          'validation-failed',
          errors.length === 1 && first ? `${first.field}: ${first.message}` : `${errors.length} fields are not valid`,
          { errors },
        );
      }
    },
  });
}
