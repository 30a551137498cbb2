import { randomBytes } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { setCookie } from 'hono/cookie';
import { pickLang } from './i18n.js';
import type { AppEnv, Feature } from './types.js';

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

// Request ids: a random per-process prefix and a counter — unique by construction, and far cheaper
// than a random UUID per request on the hot path.
const ID_PREFIX = randomBytes(6).toString('hex');
let idCounter = 0;
function nextRequestId(): string {
  idCounter = (idCounter + 1) % Number.MAX_SAFE_INTEGER;
  return `${ID_PREFIX}-${idCounter.toString(36)}`;
}

/**
 * Base middleware, mounted before every other feature: request id, page language, CSP nonce, and
 * strict security headers on every response (pages, API, static files, errors alike).
 * HSTS is only sent when the public URL is https — sending it over plain http on localhost would
 * pin a developer's browser to https for the whole host.
 */
export const baseMiddleware: Feature = (app, deps) => {
  const https = deps.config.publicUrl.startsWith('https://');
  const handler: MiddlewareHandler<AppEnv> = async (c, next) => {
    const incoming = c.req.header('x-request-id');
    const requestId = incoming && /^[\w-]{8,64}$/.test(incoming) ? incoming : nextRequestId();
    const nonce = randomBytes(16).toString('base64');
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
    c.header('Content-Security-Policy', csp(nonce));
    c.header('X-Content-Type-Options', 'nosniff');
    // Not 'no-referrer': with it, browsers send `Origin: null` on same-site form POSTs, which the
    // origin check (CSRF defence) must refuse. Cross-site, only the origin is sent; outbound links to
    // notices also carry rel="noreferrer".
    c.header('Referrer-Policy', 'strict-origin-when-cross-origin');
    c.header('Permissions-Policy', PERMISSIONS_POLICY);
    c.header('Cross-Origin-Opener-Policy', 'same-origin');
    c.header('Cross-Origin-Resource-Policy', 'same-origin');
    c.header('X-Frame-Options', 'DENY');
    if (https) c.header('Strict-Transport-Security', 'max-age=31536000; includeSubDomains');
    // Pages are revalidated by default; static assets, feeds and the API set their own policy.
    if (!c.req.path.startsWith('/api/') && !c.req.path.startsWith('/static/')) {
      c.header('Cache-Control', 'no-cache');
    }
    await next();
  };
  app.use('*', handler);
};
