import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import type { Context, MiddlewareHandler } from 'hono';
import { requestIdFor, securityHeaders } from '../http/middleware.js';
import type { AppDeps } from '../http/types.js';
import { apiBudget } from '../security/api-rate-limit.js';
import { socketAddressOf } from '../security/client-ip.js';
import { corsHeaders, PUBLIC_API_CORS } from './cors.js';
import type { CachedAnswer } from './micro-cache.js';

/**
 * A request as the lane sees it, read from Hono's context or from Node's request alike: its
 * method, its headers by lower-case name, and the address of its socket.
 */
interface LaneRequest {
  method: string;
  header(name: string): string | undefined;
  socketAddress: string | undefined;
}

/** One route of the lane: a pattern for the whole path, the headers every answer carries, the body. */
interface LaneRoute {
  pattern: RegExp;
  headers: Readonly<Record<string, string>>;
  body(match: RegExpExecArray): Promise<Uint8Array<ArrayBuffer>>;
}

/**
 * A route answered from its path and query string: `plan` checks the query and returns how to make
 * the whole answer (every header but the per-request ones), or null to send the request the full way.
 */
interface QueryRoute {
  path: string;
  plan(params: URLSearchParams, target: string): (() => Promise<CachedAnswer>) | null;
}

/** Where the lane finds whole answers kept for a request target (path and query): the API's MicroCache. */
interface AnswerSource {
  fresh(target: string): CachedAnswer | undefined;
}

/**
 * The lean lane: anonymous GET requests to the public, read-only API answered ahead of the site's
 * middleware chain (language, cookies, sessions, CSRF checks, body limits — none of which a public
 * GET needs). An answer from the lane carries exactly the headers the chain would have given it: the
 * same security and CORS headers (from the one source each, securityHeaders and corsHeaders), a
 * request id, and the client's rate-limit budget, spent from the same budget as the chain spends.
 * Anything else — a cookie, a body, a conditional request, a client over budget — goes the full way.
 *
 * Routes added with `route()` are answered in two places, by the same code: as Hono middleware
 * (in-process requests, as tests make them) and, in a running server, straight from Node's request
 * (`listener()`), before Hono builds a Request, routes and converts a Response back. So are answers
 * kept by a source added with `replays()` (the API's answer cache, which the chain fills).
 *
 * Why: on a two-core machine the chain cost a cached API answer about as much CPU again as the
 * answer itself, and Hono's own round trip cost a range lookup about a quarter of its server CPU and
 * held the cached search API to a third of the rate it reaches from Node's request (measured with
 * `npm run bench -- range` and `-- web`; figures in docs/api.md and docs/email-check.md).
 */
export class LeanLane {
  /** The headers every lean answer carries: security policy and CORS, as the chain sets them. */
  readonly fixedHeaders: Readonly<Record<string, string>>;
  private readonly budget;
  private readonly routes: LaneRoute[] = [];
  private readonly sources: AnswerSource[] = [];
  private readonly queryRoutes: QueryRoute[] = [];

  constructor(deps: AppDeps) {
    this.fixedHeaders = { ...securityHeaders(deps.config, 'api'), ...corsHeaders(PUBLIC_API_CORS) };
    this.budget = apiBudget(deps);
  }

  /**
   * The per-request headers of a lean answer (request id, rate-limit budget, spent here), or null
   * when the request must go the full way: it may be personal, or its client is over budget (the
   * chain then answers 429).
   */
  perRequest(c: Context): Promise<Record<string, string> | null> {
    return this.spend(contextRequest(c));
  }

  private async spend(r: LaneRequest): Promise<Record<string, string> | null> {
    if (isPersonalRequest(r)) return null;
    const spent = await this.budget.takeFrom(r.header('x-forwarded-for'), r.socketAddress);
    if (spent.limited) return null;
    return { 'X-Request-Id': requestIdFor(r.header('x-request-id')), ...spent.headers };
  }

  /**
   * Adds a route whose whole path matches `pattern` (anchored; a request with a query string does
   * not match on the Node side and goes the full way), answered 200 with `body` and
   * `contentHeaders`, the same for every answer of the route. Returns the route as Hono middleware;
   * `listener()` answers it from Node's request. Everything the lane turns away, and any error while
   * answering, goes on to the chain, which answers it in full (a request that failed after its
   * budget was spent is then counted twice).
   *
   * @example app.use('/api/v1/range/:prefix', lane.route(/^\/api\/v1\/range\/([0-9a-fA-F]{5})$/, { 'Content-Type': 'text/plain' }, (m) => rangeOf(m[1])))
   */
  route(
    pattern: RegExp,
    contentHeaders: Record<string, string>,
    body: (match: RegExpExecArray) => Promise<Uint8Array<ArrayBuffer>>,
  ): MiddlewareHandler {
    const route: LaneRoute = { pattern, headers: { ...this.fixedHeaders, ...contentHeaders }, body };
    this.routes.push(route);
    return async (c, next) => {
      const match = pattern.exec(c.req.path);
      if (!match) return next();
      const extra = await this.perRequest(c);
      if (extra === null) return next();
      // A bare Response with a plain header object: the server writes it out as it is. Nothing
      // before the lane has set headers on the context, so none are lost.
      return new Response(await body(match), { status: 200, headers: Object.assign(extra, route.headers) });
    };
  }

  /**
   * Adds a source of whole answers (the API's answer cache) for `listener()` to replay: a GET whose
   * target the source holds a fresh answer for is answered from it, with the per-request headers.
   * The source itself is filled by the chain (the cache's middleware, which also replays in-process).
   */
  replays(source: AnswerSource): void {
    this.sources.push(source);
  }

  /**
   * Adds a route at `path` answered from its query string, in a running server (Node's side; an
   * in-process request goes the full way, to the same route of the chain): `plan` validates the
   * query as the chain's route does and returns how to make the whole answer — headers included,
   * the same the chain gives — or null (an invalid or unusual query), and the chain answers. Fresh
   * answers of a source (the answer cache) are replayed before a query route is asked.
   *
   * @example lane.queryRoute('/api/v1/search', (params) => params.get('q') ? () => searchAnswer(params) : null)
   */
  queryRoute(path: string, plan: QueryRoute['plan']): void {
    this.queryRoutes.push({ path, plan });
  }

  /**
   * The server's request listener with this lane in front: a GET whose path matches a route, or
   * whose target a source holds an answer for, is answered here, from Node's request; every other
   * request goes to `next` (the app).
   *
   * @example createServer(lane.listener(getRequestListener(app.fetch)))
   */
  listener(next: RequestListener): RequestListener {
    return (req, res) => {
      if (req.method === 'GET') {
        const target = req.url ?? '';
        for (const route of this.routes) {
          const match = route.pattern.exec(target);
          if (match) {
            void this.answer(req, res, next, async () => {
              const body = await route.body(match);
              return { body, headers: route.headers };
            });
            return;
          }
        }
        for (const source of this.sources) {
          const kept = source.fresh(target);
          if (kept) {
            void this.answer(req, res, next, async () => kept);
            return;
          }
        }
        const q = target.indexOf('?');
        const route = q > 0 ? this.queryRoutes.find((r) => r.path === target.slice(0, q)) : undefined;
        const make = route?.plan(new URLSearchParams(target.slice(q + 1)), target);
        if (make) {
          void this.answer(req, res, next, make);
          return;
        }
      }
      next(req, res);
    };
  }

  private async answer(
    req: IncomingMessage,
    res: ServerResponse,
    next: RequestListener,
    make: () => Promise<CachedAnswer>,
  ): Promise<void> {
    try {
      const extra = await this.spend(nodeRequest(req));
      if (extra === null) return next(req, res);
      const { body, headers } = await make();
      extra['Content-Length'] = String(body.byteLength);
      res.writeHead(200, Object.assign(extra, headers));
      res.end(body);
    } catch {
      if (res.headersSent) res.destroy();
      else next(req, res);
    }
  }
}

function contextRequest(c: Context): LaneRequest {
  return {
    method: c.req.method,
    header: (name) => c.req.header(name),
    get socketAddress() {
      return socketAddressOf(c);
    },
  };
}

function nodeRequest(req: IncomingMessage): LaneRequest {
  return {
    method: req.method ?? '',
    header: (name) => {
      const v = req.headers[name];
      return Array.isArray(v) ? v.join(', ') : v;
    },
    socketAddress: req.socket.remoteAddress,
  };
}

/**
 * True when the answer to this request may depend on more than its URL: anything but GET, cookies
 * (a session, a language choice), credentials, a body, a conditional request.
 */
export function isPersonal(c: Context): boolean {
  return isPersonalRequest(contextRequest(c));
}

function isPersonalRequest(r: LaneRequest): boolean {
  if (r.method !== 'GET') return true;
  return PERSONAL_HEADERS.some((name) => r.header(name) !== undefined);
}

const PERSONAL_HEADERS = [
  'cookie',
  'authorization',
  'content-length',
  'transfer-encoding',
  'if-none-match',
  'if-modified-since',
];

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
