import { OpenAPIHono } from '@hono/zod-openapi';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../config.js';
import type { IncidentReader } from '../incidents/types.js';
import type { Db } from '../store/db.js';
import { baseMiddleware, csp } from './middleware.js';
import type { AppEnv } from './types.js';

/** The middleware alone, on a bare app: it needs no database, so none is opened. */
function appWith(env: Record<string, string>) {
  const app = new OpenAPIHono<AppEnv>();
  baseMiddleware(app, { config: loadConfig(env), db: {} as Db, reader: {} as IncidentReader });
  app.get('/', (c) => c.html(`<p>${c.get('lang')} ${c.get('nonce')}</p>`));
  app.get('/go', (c) => c.redirect('/'));
  return app;
}

describe('base middleware', () => {
  it('sets a fresh nonce per request and puts it in the CSP', async () => {
    const app = appWith({});
    const a = await app.request('/');
    const b = await app.request('/');
    const nonceA = /nonce-([^']+)'/.exec(a.headers.get('content-security-policy') ?? '')?.[1];
    const nonceB = /nonce-([^']+)'/.exec(b.headers.get('content-security-policy') ?? '')?.[1];
    expect(nonceA).toBeTruthy();
    expect(nonceA).not.toBe(nonceB);
    expect(await a.text()).toContain(nonceA!);
    expect(a.headers.get('x-request-id')).toMatch(/^[0-9a-f]{12}-[0-9a-z]+$/);
    expect(a.headers.get('x-request-id')).not.toBe(b.headers.get('x-request-id'));
  });

  it('sends no HSTS over http, HSTS when the public URL is https', async () => {
    expect((await appWith({}).request('/')).headers.get('strict-transport-security')).toBeNull();
    const https = await appWith({ LEAKWATCH_PUBLIC_URL: 'https://leakwatch.example.jp' }).request('/');
    expect(https.headers.get('strict-transport-security')).toContain('max-age=');
  });

  it('adds headers to redirects too and remembers ?lang= in a cookie', async () => {
    const res = await appWith({}).request('/go?lang=en');
    expect(res.status).toBe(302);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('set-cookie')).toMatch(/^lang=en;.*HttpOnly/);
  });

  it('CSP allows no inline style, no plugin, no framing', () => {
    const policy = csp('n0nce');
    expect(policy).toContain("style-src 'self';");
    expect(policy).toContain("object-src 'none'");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).not.toContain('unsafe-inline');
  });
});
