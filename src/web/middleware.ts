import { randomBytes, randomUUID } from 'node:crypto';
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
    const requestId = incoming && /^[\w-]{8,64}$/.test(incoming) ? incoming : randomUUID();
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
    await next();
    // Some responses (Response.redirect, fetched bodies) have immutable headers: copy them first.
    try {
      c.res.headers.set('X-Request-Id', requestId);
    } catch {
      c.res = new Response(c.res.body, c.res);
    }
    const h = c.res.headers;
    h.set('X-Request-Id', requestId);
    h.set('Content-Security-Policy', csp(nonce));
    h.set('X-Content-Type-Options', 'nosniff');
    // Not 'no-referrer': with it, browsers send `Origin: null` on same-site form POSTs, which the
    // origin check (CSRF defence) must refuse. Cross-site, only the origin is sent; outbound links to
    // notices also carry rel="noreferrer".
    h.set('Referrer-Policy', 'strict-origin-when-cross-origin');
    h.set('Permissions-Policy', PERMISSIONS_POLICY);
    h.set('Cross-Origin-Opener-Policy', 'same-origin');
    h.set('Cross-Origin-Resource-Policy', 'same-origin');
    h.set('X-Frame-Options', 'DENY');
    if (https) h.set('Strict-Transport-Security', 'max-age=31536000; includeSubDomains');
    // Pages differ by language: caches must key on the inputs pickLang reads.
    if ((h.get('content-type') ?? '').startsWith('text/html')) {
      h.append('Vary', 'Accept-Language, Cookie');
      if (!h.has('Cache-Control')) h.set('Cache-Control', 'no-cache');
    }
  };
  app.use('*', handler);
};
