import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authTestApp } from '../auth/testing.js';
import { openTestDb } from '../store/testing.js';

type TestDb = Awaited<ReturnType<typeof openTestDb>>;
let db: TestDb;
beforeAll(async () => {
  db = await openTestDb('sqlite');
});
afterAll(() => db.drop());

describe('request size limit', () => {
  it('answers 413 in the AppError shape for a body over 1 MB, declared or streamed', async () => {
    const { app } = authTestApp(db);
    const big = 'x'.repeat(1024 * 1024 + 1);
    const declared = await app.request('/api/echo', {
      method: 'POST',
      body: big,
      headers: { 'content-type': 'text/plain' },
    });
    expect(declared.status).toBe(413);
    const body = await declared.json();
    expect(body.error.code).toBe('payload_too_large');
    expect(declared.headers.get('content-security-policy')).toBeTruthy();

    const stream = new ReadableStream({
      start(ctl) {
        for (let i = 0; i < 17; i++) ctl.enqueue(new Uint8Array(64 * 1024));
        ctl.close();
      },
    });
    const streamed = await app.request('/api/echo', {
      method: 'POST',
      body: stream,
      duplex: 'half',
    } as RequestInit);
    expect(streamed.status).toBe(413);

    const ok = await app.request('/api/echo', { method: 'POST', body: 'x'.repeat(1000) });
    expect(ok.status).toBe(200);
    expect((await ok.json()).size).toBe(1000);
  });

  it('limits login form bodies too', async () => {
    const { app } = authTestApp(db);
    const res = await app.request('/login', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: `username=${'a'.repeat(2 * 1024 * 1024)}`,
    });
    expect(res.status).toBe(413);
  });
});

describe('API rate limit', () => {
  it('answers 429 with Retry-After and RateLimit headers once a client spends its budget', async () => {
    const { app } = authTestApp(db, { env: { LEAKWATCH_API_RATE_PER_MIN: '5' } });
    const statuses: number[] = [];
    let last: Response | undefined;
    for (let i = 0; i < 7; i++) {
      last = await app.request('/api/ping');
      statuses.push(last.status);
      if (i === 0) {
        expect(last.headers.get('ratelimit-limit')).toBe('5');
        expect(last.headers.get('ratelimit-remaining')).toBe('4');
        expect(Number(last.headers.get('ratelimit-reset'))).toBeGreaterThan(0);
      }
    }
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429, 429]);
    const retry = Number(last!.headers.get('retry-after'));
    expect(retry).toBeGreaterThan(0);
    expect(retry).toBeLessThanOrEqual(60);
    expect((await last!.json()).error.code).toBe('rate_limited');
    expect(last!.headers.get('x-content-type-options')).toBe('nosniff');
    // Pages are not counted against the API budget.
    expect((await app.request('/login')).status).toBe(200);
  });

  it('ignores X-Forwarded-For by default (clients cannot pick a fresh address per request)', async () => {
    const { app } = authTestApp(db, { env: { LEAKWATCH_API_RATE_PER_MIN: '3' } });
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) {
      statuses.push(
        (await app.request('/api/ping', { headers: { 'x-forwarded-for': `203.0.113.${i}` } })).status,
      );
    }
    expect(statuses).toEqual([200, 200, 200, 429, 429]);
  });

  it('honours the rightmost X-Forwarded-For entry behind a trusted proxy', async () => {
    const { app } = authTestApp(db, { env: { LEAKWATCH_API_RATE_PER_MIN: '2', LEAKWATCH_TRUST_PROXY: '1' } });
    const get = (xff: string) => app.request('/api/ping', { headers: { 'x-forwarded-for': xff } });
    expect((await get('198.51.100.1')).status).toBe(200);
    expect((await get('198.51.100.1')).status).toBe(200);
    expect((await get('198.51.100.1')).status).toBe(429);
    // Spoofed left entries do not help: the proxy-appended rightmost one counts.
    expect((await get('10.0.0.1, 198.51.100.1')).status).toBe(429);
    // IPv4-mapped IPv6 is the same client.
    expect((await get('::ffff:198.51.100.1')).status).toBe(429);
    expect((await get('198.51.100.2')).status).toBe(200);
  });
});
