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
    c.header('X-Other', 'not replayed');
    return c.json({ n: calls, q: c.req.query('q') ?? null });
  });
  app.get('/x/missing', (c) => {
    calls++;
    return c.json({ error: 'nope' }, 404);
  });
  return { app, calls: () => calls };
}

describe('MicroCache', () => {
  it('answers a repeated URL from the cache with its body and Link header', async () => {
    const { app, calls } = appWith(new MicroCache({ ttlMs: 60_000, maxEntries: 10 }));
    const a = await app.request('/x/ok?q=1');
    const b = await app.request('/x/ok?q=1');
    expect(await b.json()).toEqual(await a.json());
    expect(b.headers.get('link')).toBe('<http://t/next>; rel="next"');
    expect(b.headers.get('x-other')).toBeNull();
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
});
