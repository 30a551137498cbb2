import type { MiddlewareHandler } from 'hono';

/**
 * CORS for the public, read-only API: any origin may read, no credentials. Written here rather than
 * with hono/cors because that middleware sets its headers on `c.res` before the handler runs, which
 * makes every response be rebuilt and streamed afterwards (measured: about a sixth of the API's CPU);
 * `c.header()` instead lets Hono fold them into the response the handler creates.
 *
 * @example app.use('/api/*', publicCors({ methods: ['GET', 'HEAD', 'OPTIONS'], exposeHeaders: ['Link'] }))
 */
export interface CorsOptions {
  methods: string[];
  exposeHeaders: string[];
  maxAgeSec?: number;
}

/** The public API's CORS policy: read-only methods, the pagination Link header readable. */
export const PUBLIC_API_CORS: CorsOptions = {
  methods: ['GET', 'HEAD', 'OPTIONS'],
  exposeHeaders: ['Link'],
  maxAgeSec: 86400,
};

/**
 * The CORS headers of an ordinary (not preflight) answer under `opts`.
 *
 * @example corsHeaders(PUBLIC_API_CORS) // { 'Access-Control-Allow-Origin': '*', 'Access-Control-Expose-Headers': 'Link' }
 */
export function corsHeaders(opts: CorsOptions): Record<string, string> {
  const headers: Record<string, string> = { 'Access-Control-Allow-Origin': '*' };
  if (opts.exposeHeaders.length > 0) headers['Access-Control-Expose-Headers'] = opts.exposeHeaders.join(', ');
  return headers;
}

export function publicCors(opts: CorsOptions): MiddlewareHandler {
  const methods = opts.methods.join(', ');
  const plain = corsHeaders(opts);
  const maxAge = String(opts.maxAgeSec ?? 86400);
  return async (c, next) => {
    if (c.req.method === 'OPTIONS' && c.req.header('access-control-request-method')) {
      // Preflight: answer it here; the routes themselves only serve GET/HEAD.
      c.header('Access-Control-Allow-Origin', '*');
      c.header('Access-Control-Allow-Methods', methods);
      const asked = c.req.header('access-control-request-headers');
      if (asked) c.header('Access-Control-Allow-Headers', asked);
      c.header('Access-Control-Max-Age', maxAge);
      c.header('Vary', 'Access-Control-Request-Headers', { append: true });
      return c.body(null, 204);
    }
    for (const name in plain) c.header(name, plain[name]);
    await next();
  };
}
