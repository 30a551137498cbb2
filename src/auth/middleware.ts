import { randomBytes } from 'node:crypto';
import type { Context, MiddlewareHandler } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { Config } from '../config.js';
import { AppError } from '../errors.js';
import type { AppEnv } from '../http/types.js';
import type { Db } from '../store/db.js';
import type { Role } from '../store/schema-auth.js';
import { csrfTokenFor, tokensEqual, validateSession } from './sessions.js';

/**
 * Cookie names. Over https the session cookie is `__Host-lw_session`: the prefix makes browsers
 * refuse it unless it is Secure, host-only and Path=/, so a sibling subdomain cannot plant or
 * overwrite it. Over plain http (a developer's http://localhost) a Secure cookie would not be sent
 * back by every browser and the `__Host-` prefix requires Secure, so the cookie is `lw_session`
 * with HttpOnly and SameSite=Lax only — acceptable on loopback, never for a public http deployment
 * (the server refuses nothing, so docs/SECURITY.md says to set LEAKWATCH_PUBLIC_URL=https://…).
 */
export function cookieNames(config: Pick<Config, 'publicUrl'>): {
  session: string;
  loginCsrf: string;
  secure: boolean;
} {
  const secure = config.publicUrl.startsWith('https://');
  return secure
    ? { session: '__Host-lw_session', loginCsrf: '__Host-lw_login_csrf', secure }
    : { session: 'lw_session', loginCsrf: 'lw_login_csrf', secure };
}

export function sessionToken(c: Context, config: Pick<Config, 'publicUrl'>): string | undefined {
  return getCookie(c, cookieNames(config).session);
}

export function setSessionCookie(
  c: Context,
  config: Pick<Config, 'publicUrl'>,
  token: string,
  expires: Date,
): void {
  const n = cookieNames(config);
  setCookie(c, n.session, token, { path: '/', httpOnly: true, secure: n.secure, sameSite: 'Lax', expires });
}

export function clearSessionCookie(c: Context, config: Pick<Config, 'publicUrl'>): void {
  const n = cookieNames(config);
  deleteCookie(c, n.session, { path: '/', secure: n.secure, httpOnly: true, sameSite: 'Lax' });
}

/**
 * The login form's CSRF token (there is no session yet): a random value in a SameSite=Strict cookie
 * that the form must echo (double submit). Created on first view of the form.
 */
export function loginCsrfToken(c: Context, config: Pick<Config, 'publicUrl'>): string {
  const n = cookieNames(config);
  const existing = getCookie(c, n.loginCsrf);
  if (existing && /^[A-Za-z0-9_-]{43}$/.test(existing)) return existing;
  const token = randomBytes(32).toString('base64url');
  setCookie(c, n.loginCsrf, token, { path: '/', httpOnly: true, secure: n.secure, sameSite: 'Strict' });
  return token;
}

export function checkLoginCsrf(c: Context, config: Pick<Config, 'publicUrl'>, given: unknown): void {
  const cookie = getCookie(c, cookieNames(config).loginCsrf);
  if (!tokensEqual(cookie, typeof given === 'string' ? given : null)) {
    throw new AppError(
      'csrf_failed',
      'フォームの有効期限が切れました。再読み込みしてください / Form expired, reload the page',
    );
  }
}

/** The CSRF token to put in forms of the signed-in user (empty when there is no session). */
export function formCsrfToken(c: Context, config: Pick<Config, 'publicUrl'>): string {
  const token = sessionToken(c, config);
  return token ? csrfTokenFor(token) : '';
}

/** Checks a session-bound CSRF token from a submitted form. */
export function checkFormCsrf(c: Context, config: Pick<Config, 'publicUrl'>, given: unknown): void {
  const token = sessionToken(c, config);
  if (!token || !tokensEqual(csrfTokenFor(token), typeof given === 'string' ? given : null)) {
    throw new AppError(
      'csrf_failed',
      'フォームの有効期限が切れました。再読み込みしてください / Form expired, reload the page',
    );
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Refuses state-changing requests that a browser marks as coming from another site (Fetch Metadata
 * `Sec-Fetch-Site`, then `Origin`). Requests with neither header (curl, server-to-server) pass:
 * CSRF needs a victim's browser, and browsers send Origin on every cross-origin POST.
 */
export function originCheck(config: Pick<Config, 'publicUrl'>): MiddlewareHandler<AppEnv> {
  const publicOrigin = new URL(config.publicUrl).origin;
  return async (c, next) => {
    if (!SAFE_METHODS.has(c.req.method)) {
      // Fetch Metadata first: browsers that send it say exactly where the request comes from (and
      // some send `Origin: null` on same-origin forms under strict referrer policies).
      const site = c.req.header('sec-fetch-site');
      if (site !== undefined) {
        if (site !== 'same-origin' && site !== 'none')
          throw new AppError('csrf_failed', 'Cross-site request refused');
      } else {
        const origin = c.req.header('origin');
        if (origin !== undefined && origin !== publicOrigin && origin !== new URL(c.req.url).origin) {
          throw new AppError('csrf_failed', 'Cross-origin request refused');
        }
      }
    }
    await next();
  };
}

/** Sets c.var.user from the session cookie (an invalid or expired cookie is cleared). */
export function sessionMiddleware(db: Db, config: Pick<Config, 'publicUrl'>): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const token = sessionToken(c, config);
    if (token) {
      const user = await validateSession(db, token);
      if (user) c.set('user', user);
      else clearSessionCookie(c, config);
    }
    await next();
  };
}

/**
 * Lets through only signed-in users with one of `roles`. A page request without a session goes to
 * the login page (and back afterwards); anything else gets 401/403 in the AppError shape.
 */
export function requireRole(...roles: Role[]): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const user = c.get('user');
    if (!user) {
      if (c.req.method === 'GET') {
        const url = new URL(c.req.url);
        return c.redirect(`/login?next=${encodeURIComponent(url.pathname + url.search)}`, 303);
      }
      throw new AppError('unauthorized', 'ログインが必要です / Sign-in required');
    }
    if (!roles.includes(user.role)) throw new AppError('forbidden', '権限がありません / Not allowed');
    await next();
  };
}

/** Only local admin paths are valid after-login targets (no open redirect via ?next=). */
export function safeNext(next: unknown): string {
  if (typeof next === 'string' && /^\/admin(\/[\w\-/.%?=&]*)?$/.test(next) && !next.startsWith('//'))
    return next;
  return '/admin';
}
