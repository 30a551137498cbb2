import { OpenAPIHono } from '@hono/zod-openapi';
import { type Config, loadConfig } from '../config.js';
import { AppError } from '../errors.js';
import { baseMiddleware } from '../http/middleware.js';
import type { AppEnv } from '../http/types.js';
import type { IncidentReader } from '../incidents/types.js';
import { hardeningFeature } from '../security/hardening.js';
import type { Db } from '../store/db.js';
import { authFeature } from './routes.js';

/**
 * Test harness: the base middleware, hardening and auth features on an app with createApp's error
 * shape, without the rest of the site (so these tests do not depend on pages being built).
 */
export function authTestApp(db: Db, opts: { env?: Record<string, string>; reader?: IncidentReader } = {}) {
  const env = { LEAKWATCH_SECRET: 'test-secret-0123456789', ...opts.env };
  const config: Config = loadConfig(env);
  const app = new OpenAPIHono<AppEnv>();
  app.onError((err, c) => {
    if (err instanceof AppError) return c.json(err.toJSON(), err.status as 400);
    const status = (err as { status?: number }).status;
    if (typeof status === 'number' && status >= 400 && status < 500) {
      return c.json({ error: { code: 'bad_request', message: err.message } }, status as 400);
    }
    return c.json(new AppError('internal', 'Internal error').toJSON(), 500);
  });
  const reader = opts.reader ?? ({ getIncident: async () => null } as unknown as IncidentReader);
  const deps = { config, db, reader };
  baseMiddleware(app, deps);
  hardeningFeature(app, deps);
  authFeature(app, deps);
  app.get('/api/ping', (c) => c.json({ ok: true }));
  app.post('/api/echo', async (c) => c.json({ size: (await c.req.text()).length }));
  return { app, config };
}

/** A tiny cookie jar for app.request(): keeps Set-Cookie values between requests. */
export class CookieJar {
  private readonly cookies = new Map<string, string>();
  store(res: Response): void {
    for (const line of res.headers.getSetCookie()) {
      const [pair = ''] = line.split(';');
      const i = pair.indexOf('=');
      const name = pair.slice(0, i).trim();
      const value = pair.slice(i + 1).trim();
      if (value === '' || /max-age=0/i.test(line)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }
  get(name: string): string | undefined {
    return this.cookies.get(name);
  }
  header(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }
}

/** The value of a hidden form field in an HTML page. */
export function formField(html: string, name: string): string {
  const m = new RegExp(`name="${name}" value="([^"]*)"`).exec(html);
  if (!m) throw new Error(`no field ${name} in page`);
  return m[1]!;
}

/** Anything app.request() can be called on: an auth test app or the whole site. */
interface RequestTarget {
  request(input: string, init?: RequestInit): Response | Promise<Response>;
}

/** Opens the login page at `url` (its cookies kept in the jar); returns the form's CSRF token. */
export async function loginCsrf(
  app: RequestTarget,
  jar: CookieJar,
  url = '/login',
  headers: Record<string, string> = {},
): Promise<string> {
  const page = await app.request(url, { headers: { cookie: jar.header(), ...headers } });
  jar.store(page);
  return formField(await page.text(), 'csrf');
}

/**
 * Signs in through the form: the login page for its CSRF token, then the POST with the name and
 * password (and `next` when given), the cookies kept in the jar. `headers` go with both requests,
 * `postHeaders` with the POST alone (an Origin, say). Returns the POST's response.
 */
export async function loginThroughForm(
  app: RequestTarget,
  jar: CookieJar,
  username: string,
  password: string,
  opts: { headers?: Record<string, string>; postHeaders?: Record<string, string>; next?: string } = {},
): Promise<Response> {
  const csrf = await loginCsrf(app, jar, '/login', opts.headers);
  const fields: Record<string, string> = { csrf, username, password };
  if (opts.next !== undefined) fields.next = opts.next;
  const res = await app.request('/login', {
    method: 'POST',
    headers: {
      cookie: jar.header(),
      'content-type': 'application/x-www-form-urlencoded',
      ...opts.postHeaders,
      ...opts.headers,
    },
    body: new URLSearchParams(fields).toString(),
  });
  jar.store(res);
  return res;
}
