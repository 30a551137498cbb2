import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app.js';
import { loadConfig } from '../config.js';
import { createReader } from '../store/reader.js';
import { openTestDb } from '../store/testing.js';

type TestDb = Awaited<ReturnType<typeof openTestDb>>;
let db: TestDb;
beforeAll(async () => {
  db = await openTestDb('sqlite');
});
afterAll(() => db.drop());

function site(env: Record<string, string> = {}) {
  const config = loadConfig({ LEAKWATCH_SECRET: 'site-headers-secret-01', LEAKWATCH_SEED: 'never', ...env });
  return createApp({ config, db, reader: createReader(db) });
}

describe('the whole site (createApp with every feature)', () => {
  it('sends strict security headers on API answers, admin pages, the login page and errors', async () => {
    const app = site({ LEAKWATCH_PUBLIC_URL: 'https://leakwatch.example' });
    for (const path of ['/api/v1/incidents', '/login', '/admin', '/admin/audit', '/api/v1/no-such-thing']) {
      const res = await app.request(`https://leakwatch.example${path}`);
      const h = res.headers;
      // JSON answers load nothing; pages load only from leakwatch itself.
      expect(h.get('content-security-policy'), path).toMatch(
        path.startsWith('/api/') ? /default-src 'none'/ : /default-src 'self'/,
      );
      expect(h.get('content-security-policy'), path).toMatch(/frame-ancestors 'none'/);
      expect(h.get('x-content-type-options'), path).toBe('nosniff');
      if (!path.startsWith('/api/')) {
        expect(h.get('referrer-policy'), path).toMatch(
          /^(no-referrer|strict-origin-when-cross-origin|same-origin)$/,
        );
      }
      expect(h.get('x-frame-options'), path).toBe('DENY');
      expect(h.get('strict-transport-security'), path).toMatch(/max-age=\d+/);
      if (path.startsWith('/api/')) expect(h.get('ratelimit-limit'), path).toBe('600');
      if (path.startsWith('/admin') || path === '/login')
        expect(h.get('cache-control'), path).toBe('no-store');
    }
  });

  it('replays a cached API answer with the same headers, a fresh request id and the budget spent', async () => {
    const app = site({ LEAKWATCH_PUBLIC_URL: 'https://leakwatch.example' });
    const first = await app.request('https://leakwatch.example/api/v1/search?q=cache-check');
    const again = await app.request('https://leakwatch.example/api/v1/search?q=cache-check');
    expect(again.status).toBe(200);
    expect(await again.text()).toBe(await first.text());
    for (const name of [
      'content-security-policy',
      'x-content-type-options',
      'x-frame-options',
      'strict-transport-security',
      'access-control-allow-origin',
      'cache-control',
      'content-type',
    ]) {
      expect(again.headers.get(name), name).toBe(first.headers.get(name));
      expect(again.headers.get(name), name).toBeTruthy();
    }
    expect(again.headers.get('x-request-id')).toMatch(/^[0-9a-f]{12}-[0-9a-z]+$/);
    expect(again.headers.get('x-request-id')).not.toBe(first.headers.get('x-request-id'));
    expect(Number(again.headers.get('ratelimit-remaining'))).toBe(
      Number(first.headers.get('ratelimit-remaining')) - 1,
    );
  });

  it('answers an API client over budget with 429 + Retry-After, and a big body with 413', async () => {
    const app = site({ LEAKWATCH_API_RATE_PER_MIN: '3' });
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) statuses.push((await app.request('/api/v1/incidents')).status);
    expect(statuses).toEqual([200, 200, 200, 429]);
    const big = await app.request('/login', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'x'.repeat(1024 * 1024 + 10),
    });
    expect(big.status).toBe(413);
    expect((await big.json()).error.code).toBe('payload_too_large');
  });

  it('refuses cross-site POSTs to any route of the site', async () => {
    const app = site();
    const res = await app.request('/login', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: 'https://attacker.example' },
      body: 'username=a&password=b',
    });
    expect(res.status).toBe(403);
    expect((await res.json()).error.code).toBe('csrf_failed');
  });
});

const HTTPS = { LEAKWATCH_PUBLIC_URL: 'https://leakwatch.example' };

/** Headers that differ from one answer to the next by design. */
const PER_ANSWER = new Set(['x-request-id', 'ratelimit-remaining', 'date', 'content-length']);

function fixedHeaders(res: Response): Record<string, string> {
  const out: Record<string, string> = {};
  res.headers.forEach((value, name) => {
    if (!PER_ANSWER.has(name)) out[name] = value;
  });
  return out;
}

describe('the lean lane', () => {
  it('answers the range API with exactly the headers the full middleware chain gives', async () => {
    const app = site(HTTPS);
    // A cookie sends the request the full way; without one, the lane answers.
    const full = await app.request('https://leakwatch.example/api/v1/range/abcde', {
      headers: { cookie: 'lang=en' },
    });
    const lean = await app.request('https://leakwatch.example/api/v1/range/abcde');
    expect(full.status).toBe(200);
    expect(lean.status).toBe(200);
    expect(fixedHeaders(lean)).toEqual(fixedHeaders(full));
    expect(lean.headers.get('strict-transport-security')).toMatch(/max-age=/);
    expect(lean.headers.get('content-security-policy')).toMatch(/default-src 'none'/);
    expect(lean.headers.get('access-control-allow-origin')).toBe('*');
    expect(lean.headers.get('x-request-id')).toMatch(/^[0-9a-f]{12}-[0-9a-z]+$/);
    expect((await lean.text()).trimEnd().split('\n')).toHaveLength(
      (await full.text()).trimEnd().split('\n').length,
    );
  });

  it('replays cached API answers with the chain headers too', async () => {
    const app = site(HTTPS);
    const first = await app.request('https://leakwatch.example/api/v1/data-classes');
    const hit = await app.request('https://leakwatch.example/api/v1/data-classes');
    expect(fixedHeaders(hit)).toEqual(fixedHeaders(first));
  });

  it('leaves bad prefixes to the route, which refuses them with 400', async () => {
    const app = site(HTTPS);
    for (const prefix of ['zzzzz', 'abcd', 'abcdef']) {
      const res = await app.request(`/api/v1/range/${prefix}`);
      expect(res.status, prefix).toBe(400);
    }
  });

  it('spends the same rate-limit budget as the chain: over budget is 429, whichever way', async () => {
    const app = site({ ...HTTPS, LEAKWATCH_API_RATE_PER_MIN: '3' });
    const statuses: number[] = [];
    for (let i = 0; i < 2; i++) statuses.push((await app.request('/api/v1/range/00000')).status);
    statuses.push((await app.request('/api/v1/range/00000', { headers: { cookie: 'a=b' } })).status);
    statuses.push((await app.request('/api/v1/range/00000')).status);
    expect(statuses).toEqual([200, 200, 200, 429]);
  });
});
