import type { MiddlewareHandler } from 'hono';

/**
 * CORS for the public, read-only API: any origin may read, no credentials. Written here rather than
 * with hono/cors because that middleware sets its headers on `c.res` before the handler runs, which
 * makes every response be rebuilt and streamed afterwards (measured: about a sixth of the API's CPU);
 * `c.header()` instead lets Hono fold them into the response the handler creates.
 *
 * @example app.use('/api/*', publicCors({ methods: ['GET', 'HEAD', 'OPTIONS'], exposeHeaders: ['Link'] }))
 */
export function publicCors(opts: {
  methods: string[];
  exposeHeaders: string[];
  maxAgeSec?: number;
}): MiddlewareHandler {
  const methods = opts.methods.join(', ');
  const expose = opts.exposeHeaders.join(', ');
  const maxAge = String(opts.maxAgeSec ?? 86400);
  return async (c, next) => {
    c.header('Access-Control-Allow-Origin', '*');
    if (c.req.method === 'OPTIONS' && c.req.header('access-control-request-method')) {
      // Preflight: answer it here; the routes themselves only serve GET/HEAD.
      c.header('Access-Control-Allow-Methods', methods);
      const asked = c.req.header('access-control-request-headers');
      if (asked) c.header('Access-Control-Allow-Headers', asked);
      c.header('Access-Control-Max-Age', maxAge);
      c.header('Vary', 'Access-Control-Request-Headers', { append: true });
      return c.body(null, 204);
    }
    if (expose) c.header('Access-Control-Expose-Headers', expose);
    await next();
  };
}
