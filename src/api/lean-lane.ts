import type { Context, MiddlewareHandler } from 'hono';
import { apiBudget } from '../security/api-rate-limit.js';
import { requestIdFor, securityHeaders } from '../web/middleware.js';
import type { AppDeps } from '../web/types.js';
import { corsHeaders, PUBLIC_API_CORS } from './cors.js';

/**
 * The lean lane: anonymous GET requests to the public, read-only API answered ahead of the site's
 * middleware chain (language, cookies, sessions, CSRF checks, body limits — none of which a public
 * GET needs). An answer from the lane carries exactly the headers the chain would have given it: the
 * same security and CORS headers (from the one source each, securityHeaders and corsHeaders), a
 * request id, and the client's rate-limit budget, spent from the same budget as the chain spends.
 * Anything else — a cookie, a body, a conditional request, a client over budget — goes the full way.
 *
 * Why: on a two-core machine the chain cost a cached API answer about as much CPU again as the
 * answer itself (measured with `npm run bench -- web` and `-- range`; figures in the README).
 */
export class LeanLane {
  /** The headers every lean answer carries: security policy and CORS, as the chain sets them. */
  readonly fixedHeaders: Readonly<Record<string, string>>;
  private readonly budget;

  constructor(deps: AppDeps) {
    this.fixedHeaders = { ...securityHeaders(deps.config, 'api'), ...corsHeaders(PUBLIC_API_CORS) };
    this.budget = apiBudget(deps);
  }

  /**
   * The per-request headers of a lean answer (request id, rate-limit budget, spent here), or null
   * when the request must go the full way: it may be personal, or its client is over budget (the
   * chain then answers 429).
   */
  async perRequest(c: Context): Promise<Record<string, string> | null> {
    if (isPersonal(c)) return null;
    const spent = await this.budget.take(c);
    if (spent.limited) return null;
    return { 'X-Request-Id': requestIdFor(c.req.header('x-request-id')), ...spent.headers };
  }

  /**
   * Middleware answering the requests `accepts` takes with `body` and `contentHeaders` (the same for
   * every answer of the route), and letting every other request through to the chain. `accepts`
   * runs before the budget is spent, so a request the lane turns away is counted once, by the chain.
   *
   * @example app.use('/api/v1/range/:prefix', lane.route((c) => HEX5.test(c.req.param('prefix')), { 'Content-Type': 'text/plain' }, rangeOf))
   */
  route(
    accepts: (c: Context) => boolean,
    contentHeaders: Record<string, string>,
    body: (c: Context) => Promise<string | Uint8Array<ArrayBuffer>>,
  ): MiddlewareHandler {
    const fixed = { ...this.fixedHeaders, ...contentHeaders };
    return async (c, next) => {
      if (!accepts(c)) return next();
      const extra = await this.perRequest(c);
      if (extra === null) return next();
      // A bare Response with a plain header object: the server writes it out as it is. Nothing
      // before the lane has set headers on the context, so none are lost.
      return new Response(await body(c), { status: 200, headers: Object.assign(extra, fixed) });
    };
  }
}

/**
 * True when the answer to this request may depend on more than its URL: anything but GET, cookies
 * (a session, a language choice), credentials, a body, a conditional request.
 */
export function isPersonal(c: Context): boolean {
  if (c.req.method !== 'GET') return true;
  const h = c.req.raw.headers;
  return (
    h.has('cookie') ||
    h.has('authorization') ||
    h.has('content-length') ||
    h.has('transfer-encoding') ||
    h.has('if-none-match') ||
    h.has('if-modified-since')
  );
}

const lanes = new WeakMap<AppDeps, LeanLane>();

/** The lean lane of the app built from `deps` (one per app, so one budget). */
export function leanLane(deps: AppDeps): LeanLane {
  let lane = lanes.get(deps);
  if (!lane) {
    lane = new LeanLane(deps);
    lanes.set(deps, lane);
  }
  return lane;
}
