import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { MicroCache } from './micro-cache.js';

function appWith(cache: MicroCache) {
  let calls = 0;
  const app = new Hono();
  app.use('/x/*', cache.middleware());
  app.get('/x/ok', async (c) => {
    calls++;
    await new Promise((r) => setTimeout(r, 5));
    c.header('Link', '<http://t/next>; rel="next"');
    c.header('X-Other', 'replayed');
    c.header('X-Request-Id', `req-${calls}`);
    return c.json({ n: calls, q: c.req.query('q') ?? null });
  });
  app.get('/x/missing', (c) => {
    calls++;
    return c.json({ error: 'nope' }, 404);
  });
  return { app, calls: () => calls };
}

describe('MicroCache', () => {
  it('answers a repeated URL from the cache with its body and headers, but not per-answer ones', async () => {
    const { app, calls } = appWith(new MicroCache({ ttlMs: 60_000, maxEntries: 10 }));
    const a = await app.request('/x/ok?q=1');
    const b = await app.request('/x/ok?q=1');
    expect(await b.json()).toEqual(await a.json());
    expect(b.headers.get('link')).toBe('<http://t/next>; rel="next"');
    expect(b.headers.get('x-other')).toBe('replayed');
    expect(b.headers.get('content-type')).toMatch(/^application\/json/);
    expect(a.headers.get('x-request-id')).toBe('req-1');
    expect(b.headers.get('x-request-id')).toBeNull();
    expect(calls()).toBe(1);
    await app.request('/x/ok?q=2');
    expect(calls()).toBe(2);
  });

  it('shares one computation between concurrent misses', async () => {
    const { app, calls } = appWith(new MicroCache({ ttlMs: 60_000, maxEntries: 10 }));
    const bodies = await Promise.all(
      Array.from({ length: 8 }, async (): Promise<unknown> => (await app.request('/x/ok')).json()),
    );
    expect(calls()).toBe(1);
    expect(new Set(bodies.map((b) => JSON.stringify(b))).size).toBe(1);
  });

  it('does not keep errors, expires entries, and evicts the least recently used', async () => {
    const cache = new MicroCache({ ttlMs: 30, maxEntries: 2 });
    const { app, calls } = appWith(cache);
    await app.request('/x/missing');
    await app.request('/x/missing');
    expect(calls()).toBe(2);
    await app.request('/x/ok?q=a');
    await new Promise((r) => setTimeout(r, 40));
    await app.request('/x/ok?q=a');
    expect(calls()).toBe(4);
    await app.request('/x/ok?q=b');
    await app.request('/x/ok?q=c');
    expect(cache.size).toBe(2);
  });

  it('is off with ttlMs 0', async () => {
    const { app, calls } = appWith(new MicroCache({ ttlMs: 0, maxEntries: 10 }));
    await app.request('/x/ok');
    await app.request('/x/ok');
    expect(calls()).toBe(2);
  });

  it('adds per-request headers to a replayed answer, and sends the request the full way on null', async () => {
    let budget = 2;
    const cache = new MicroCache({
      ttlMs: 60_000,
      maxEntries: 10,
      perRequest: () => (budget-- > 0 ? { 'x-request-id': `hit-${budget}` } : null),
    });
    const { app, calls } = appWith(cache);
    await app.request('/x/ok');
    const hit = await app.request('/x/ok');
    expect(hit.headers.get('x-request-id')).toBe('hit-1');
    await app.request('/x/ok');
    expect(calls()).toBe(1);
    const refused = await app.request('/x/ok');
    expect(refused.headers.get('x-request-id')).toBe('req-2');
    expect(calls()).toBe(2);
  });

  it('stays out of the way of requests whose answer may be personal, and of answers setting cookies', async () => {
    const { app, calls } = appWith(new MicroCache({ ttlMs: 60_000, maxEntries: 10 }));
    await app.request('/x/ok');
    for (const headers of <Record<string, string>[]>[
      { cookie: 'session=abc' },
      { 'if-none-match': '"x"' },
      { authorization: 'Bearer t' },
    ]) {
      await app.request('/x/ok', { headers });
    }
    expect(calls()).toBe(4);
    const app2 = new Hono();
    let n = 0;
    app2.use('*', new MicroCache({ ttlMs: 60_000, maxEntries: 10 }).middleware());
    app2.get('/c', (c) => {
      n++;
      c.header('Set-Cookie', 'lang=en');
      return c.json({ n });
    });
    await app2.request('/c');
    await app2.request('/c');
    expect(n).toBe(2);
  });

  it('keys on path and query, not on the host a client names', async () => {
    const { app, calls } = appWith(new MicroCache({ ttlMs: 60_000, maxEntries: 10 }));
    await app.request('http://a.example/x/ok?q=1');
    await app.request('http://b.example/x/ok?q=1');
    expect(calls()).toBe(1);
  });
});
