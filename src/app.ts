import { OpenAPIHono } from '@hono/zod-openapi';
import { AppError } from './errors.js';
import { logger } from './log.js';
import { features } from './web/features.js';
import { errorStatus, renderError, wantsHtml } from './http/error-page.js';
import type { AppDeps, AppEnv } from './http/types.js';

const log = logger('web');

/**
 * Builds the site and API. Handlers stay thin: they validate, call a stage's public function, render.
 * Every error leaves as one JSON shape (API) or one error page (site), never as a stack trace.
 */
export function createApp(deps: AppDeps): OpenAPIHono<AppEnv> {
  const app = new OpenAPIHono<AppEnv>({
    defaultHook: (result, c) => {
      if (!result.success) {
        const err = new AppError('validation_failed', '入力が正しくありません / Invalid input', {
          details: result.error.issues.map((i) => ({
            code: i.code,
            path: i.path.map((p) => (typeof p === 'symbol' ? String(p) : p)),
            message: i.message,
          })),
        });
        return c.json(err.toJSON(), 400);
      }
    },
  });
  // Browsers get an error page in their language; API clients get the one JSON shape.
  app.onError((err, c) => {
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
  });
  app.notFound((c) => {
    if (wantsHtml(c)) return renderError(c, 404);
    return c.json(new AppError('not_found', 'Not found').toJSON(), 404);
  });
  for (const feature of features) feature(app, deps);
  return app;
}
