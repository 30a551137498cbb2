import type { Context } from 'hono';
import { AppError, issueDetails, type ValidationIssue } from '../errors.js';
import { logger } from '../log.js';
import { errorStatus, renderError, wantsHtml } from './error-page.js';
import type { AppEnv } from './types.js';

const log = logger('web');

/**
 * The validation hook of every OpenAPI route: a failed zod check becomes the one JSON error shape,
 * its issues as details.
 */
export function validationHook(
  result: { success: true } | { success: false; error: { issues: readonly ValidationIssue[] } },
  c: Context<AppEnv>,
): Response | undefined {
  if (result.success) return undefined;
  const err = new AppError('validation_failed', '入力が正しくありません / Invalid input', {
    details: issueDetails(result.error.issues),
  });
  return c.json(err.toJSON(), 400);
}

/**
 * The one error handler: browsers get an error page in their language; API clients get the one JSON
 * shape; nothing leaves as a stack trace.
 */
export function handleError(err: Error, c: Context<AppEnv>): Response | Promise<Response> {
  const html = wantsHtml(c);
  if (err instanceof AppError) {
    if (err.status >= 500) log.error({ code: err.code, path: c.req.path }, err.message);
    if (html) return renderError(c, errorStatus(err.status));
    return c.json(err.toJSON(), err.status as 400);
  }
  const status = (err as { status?: number }).status;
  if (typeof status === 'number' && status >= 400 && status < 500) {
    if (html) return renderError(c, errorStatus(status));
    return c.json({ error: { code: 'bad_request', message: err.message } }, status as 400);
  }
  log.error({ path: c.req.path, err: err.message, stack: err.stack }, 'unhandled error');
  if (html) return renderError(c, 500);
  return c.json(new AppError('internal', 'Internal error').toJSON(), 500);
}

/** 404: the error page for browsers, the JSON shape for API clients. */
export function handleNotFound(c: Context<AppEnv>): Response | Promise<Response> {
  if (wantsHtml(c)) return renderError(c, 404);
  return c.json(new AppError('not_found', 'Not found').toJSON(), 404);
}
