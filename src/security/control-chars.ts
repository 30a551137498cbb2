import type { Context, MiddlewareHandler } from 'hono';
import { AppError } from '../errors.js';

/**
 * C0 control characters other than tab, line feed and carriage return, and DEL. None belongs in a
 * search term, a form field or a JSON string a person typed; NUL in particular made SQLite searches
 * answer 500 and PostgreSQL refuse every string parameter (error 22021; issue 18).
 */
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

/**
 * Refuses a request whose path, query parameters, form fields or JSON strings (names and values)
 * hold a control character: 400 `bad_request` in the one error shape (a page for browsers), naming
 * the parameter and the character, never echoing the value. Bodies are read through Hono's cache,
 * so handlers read them again as usual.
 *
 * @example app.use('*', refuseControlCharacters())
 */
export function refuseControlCharacters(): MiddlewareHandler {
  return async (c, next) => {
    const bad = findInPath(c) ?? findInQuery(c) ?? (await findInBody(c));
    if (bad) {
      const code = `U+${bad.char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
      throw new AppError(
        'bad_request',
        `パラメーター「${bad.where}」に制御文字 (${code}) が含まれています / Parameter “${bad.where}” contains a control character (${code})`,
        { details: [{ code: 'control_character', path: [bad.where], message: code }] },
      );
    }
    await next();
  };
}

type Hit = { where: string; char: string };

function hit(where: string, s: string): Hit | null {
  const m = CONTROL.exec(s);
  return m ? { where: where.slice(0, 64), char: m[0] } : null;
}

function findInPath(c: Context): Hit | null {
  const raw = new URL(c.req.url).pathname;
  if (!raw.includes('%')) return hit('path', raw);
  try {
    return hit('path', decodeURIComponent(raw));
  } catch {
    return null; // malformed escapes: the router answers 404
  }
}

function findInQuery(c: Context): Hit | null {
  const search = new URL(c.req.url).search;
  if (!search) return null;
  for (const [k, v] of new URLSearchParams(search)) {
    const h = hit(k, k) ?? hit(k, v);
    if (h) return h;
  }
  return null;
}

async function findInBody(c: Context): Promise<Hit | null> {
  const m = c.req.method;
  if (m === 'GET' || m === 'HEAD' || m === 'OPTIONS') return null;
  const type = (c.req.header('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
  if (type === 'application/x-www-form-urlencoded') {
    for (const [k, v] of new URLSearchParams(await c.req.text())) {
      const h = hit(k, k) ?? hit(k, v);
      if (h) return h;
    }
    return null;
  }
  if (type === 'application/json' || type.endsWith('+json')) {
    let body: unknown;
    try {
      body = JSON.parse(await c.req.text());
    } catch {
      return null; // not JSON: the route's validator answers
    }
    return inJson(body, 'body');
  }
  return null;
}

function inJson(v: unknown, where: string, depth = 0): Hit | null {
  if (typeof v === 'string') return hit(where, v);
  if (depth > 32 || v === null || typeof v !== 'object') return null;
  for (const [k, x] of Object.entries(v)) {
    const h = hit(k, k) ?? inJson(x, Array.isArray(v) ? where : k, depth + 1);
    if (h) return h;
  }
  return null;
}
