import { randomBytes } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { setCookie } from 'hono/cookie';
import { AppError } from '../errors.js';
import { pickLang } from './i18n.js';
import { randomPool } from './random-pool.js';
import type { AppDeps, AppEnv, Feature } from './types.js';

/**
 * The Content-Security-Policy every response carries. No inline styles, no CDN, no external fonts:
 * everything the site needs is served by leakwatch itself from /static/. The nonce exists for the
 * rare inline script a page needs (none today); scripts are loaded from 'self'.
 *
 * @example csp('abc') // "default-src 'self'; script-src 'self' 'nonce-abc'; …"
 */
export function csp(nonce: string): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}'`,
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
    "form-action 'self'",
  ].join('; ');
}

/**
 * The policy for the JSON API (/api/v1/*, /api/v3/*): its answers are data, never documents, so
 * they may load nothing and be framed by nobody (OWASP's REST advice). No nonce is needed.
 * The browsable /api/docs page is a document and gets the site's policy.
 */
export const API_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

/** True for the JSON API's paths, which get API_CSP rather than the page policy. */
export function isApiDataPath(path: string): boolean {
  return path.startsWith('/api/v1/') || path.startsWith('/api/v3/');
}

// Each nonce is 16 fresh bytes from the CSPRNG, taken from the process's random pool (measured:
// a randomBytes call per request was an eighth of a cached API answer's CPU).
function nextNonce(): string {
  return randomPool.take(16).toString('base64');
}

const PERMISSIONS_POLICY = [
  'accelerometer=()',
  'camera=()',
  'geolocation=()',
  'gyroscope=()',
  'magnetometer=()',
  'microphone=()',
  'payment=()',
  'usb=()',
  'interest-cohort=()',
].join(', ');

/**
 * The longest URL the site reads. Longer ones (a whole notice pasted into the search box, a runaway
 * link) get 414 in the one error shape or as an error page; past Node's header limit (16 KiB with
 * the headers) the server's clientError handler answers the same way (malformed-request.ts).
 */
export const MAX_URL_CHARS = 8192;

// Request ids: a random per-process prefix and a counter — unique by construction, and far cheaper
// than a random UUID per request on the hot path.
const ID_PREFIX = randomBytes(6).toString('hex');
let idCounter = 0;
function nextRequestId(): string {
  idCounter = (idCounter + 1) % Number.MAX_SAFE_INTEGER;
  return `${ID_PREFIX}-${idCounter.toString(36)}`;
}

/**
 * The id of a request: the caller's X-Request-Id when it is a plausible id (so a proxy's id follows
 * the request through the logs), otherwise a new one.
 *
 * @example requestIdFor(c.req.header('x-request-id'))
 */
export function requestIdFor(incoming: string | undefined): string {
  return incoming && /^[\w-]{8,64}$/.test(incoming) ? incoming : nextRequestId();
}

/**
 * The security headers that do not change from one answer to the next: for the JSON API (`api`,
 * including its Content-Security-Policy) or for everything else (`page`, whose policy carries a
 * per-request nonce and is set by the base middleware). The one source of these headers, for the
 * base middleware and for the API's lean lane alike.
 *
 * @example securityHeaders(config, 'api')['X-Frame-Options'] // 'DENY'
 */
export function securityHeaders(
  config: Pick<AppDeps['config'], 'publicUrl'>,
  kind: 'api' | 'page',
): Record<string, string> {
  const headers: Record<string, string> = {
    'X-Content-Type-Options': 'nosniff',
    'X-Frame-Options': 'DENY',
  };
  if (kind === 'api') headers['Content-Security-Policy'] = API_CSP;
  // Document-only policies (referrer, permissions, opener, resource) go on everything but the JSON
  // API: a browser never renders its answers, and cross-origin reads of it are governed by CORS.
  // Every header is bytes on every answer, for the server and for each client parsing it.
  if (kind === 'page') {
    // Not 'no-referrer': with it, browsers send `Origin: null` on same-site form POSTs, which the
    // origin check (CSRF defence) must refuse. Cross-site, only the origin is sent; outbound links
    // to notices also carry rel="noreferrer".
    headers['Referrer-Policy'] = 'strict-origin-when-cross-origin';
    headers['Permissions-Policy'] = PERMISSIONS_POLICY;
    headers['Cross-Origin-Opener-Policy'] = 'same-origin';
    headers['Cross-Origin-Resource-Policy'] = 'same-origin';
  }
  if (config.publicUrl.startsWith('https://')) {
    headers['Strict-Transport-Security'] = 'max-age=31536000; includeSubDomains';
  }
  return headers;
}

/**
 * Base middleware, mounted before every other feature: request id, page language, CSP nonce, and
 * strict security headers on every response (pages, API, static files, errors alike).
 * HSTS is only sent when the public URL is https — sending it over plain http on localhost would
 * pin a developer's browser to https for the whole host.
 */
export const baseMiddleware: Feature = (app, deps) => {
  const https = deps.config.publicUrl.startsWith('https://');
  const apiHeaders = securityHeaders(deps.config, 'api');
  const pageHeaders = securityHeaders(deps.config, 'page');
  const handler: MiddlewareHandler<AppEnv> = async (c, next) => {
    const requestId = requestIdFor(c.req.header('x-request-id'));
    const path = c.req.path;
    const api = isApiDataPath(path);
    const nonce = api ? '' : nextNonce();
    c.set('requestId', requestId);
    c.set('nonce', nonce);
    const lang = pickLang(c);
    c.set('lang', lang);
    // The language switch link carries ?lang=; remember the choice so later pages keep it.
    const asked = c.req.query('lang');
    if (asked === 'ja' || asked === 'en') {
      setCookie(c, 'lang', asked, {
        path: '/',
        maxAge: 60 * 60 * 24 * 365,
        sameSite: 'Lax',
        httpOnly: true,
        secure: https,
      });
    }
    // Headers are set before the handler runs: Hono merges them into every response a handler makes
    // with c.json/c.html/c.body/c.redirect. Touching c.res.headers afterwards would turn the server's
    // fast string response into a streamed one (measured: a third of the API's throughput).
    // Handlers therefore never return a bare `new Response(…)`; pages add Vary in renderPage.
    c.header('X-Request-Id', requestId);
    if (!api) c.header('Content-Security-Policy', csp(nonce));
    const fixed = api ? apiHeaders : pageHeaders;
    for (const name in fixed) c.header(name, fixed[name]);
    // Pages are revalidated by default; static assets, feeds and the API set their own policy.
    if (!path.startsWith('/api/') && !path.startsWith('/static/')) {
      c.header('Cache-Control', 'no-cache');
    }
    if (c.req.url.length > MAX_URL_CHARS)
      throw new AppError(
        'uri_too_long',
        `URL が長すぎます (${MAX_URL_CHARS.toLocaleString('en')} 文字まで) / URL too long (at most ${MAX_URL_CHARS.toLocaleString('en')} characters)`,
      );
    await next();
  };
  app.use('*', handler);
};
