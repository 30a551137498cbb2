import { OpenAPIHono } from '@hono/zod-openapi';
import { features } from './features.js';
import { handleError, handleNotFound, validationHook } from './http/errors.js';
import type { AppDeps, AppEnv } from './http/types.js';

/**
 * Builds the site and API: the kernel's error handling (src/http/errors.ts), then every feature of
 * src/features.ts in order. Handlers stay thin: they validate, call a stage's public function,
 * render. Every error leaves as one JSON shape (API) or one error page (site), never a stack trace.
 *
 * @example const app = createApp({ config, db, reader: createReader(db) }); await app.request('/')
 */
export function createApp(deps: AppDeps): OpenAPIHono<AppEnv> {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  app.onError(handleError);
  app.notFound(handleNotFound);
  for (const feature of features) feature(app, deps);
  return app;
}
