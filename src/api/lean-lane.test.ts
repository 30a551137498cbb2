import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../config.js';
import { createReader } from '../store/reader.js';
import { openTestDb } from '../store/testing.js';
import { createApp } from '../web/app.js';

type TestDb = Awaited<ReturnType<typeof openTestDb>>;
let db: TestDb;
beforeAll(async () => {
  db = await openTestDb('sqlite');
});
afterAll(() => db.drop());

function site(env: Record<string, string> = {}) {
  const config = loadConfig({
    LEAKWATCH_SECRET: 'lean-lane-secret-0123',
    LEAKWATCH_SEED: 'never',
    LEAKWATCH_PUBLIC_URL: 'https://leakwatch.example',
    ...env,
  });
  return createApp({ config, db, reader: createReader(db) });
}

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
    const app = site();
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
    const app = site();
    const first = await app.request('https://leakwatch.example/api/v1/data-classes');
    const hit = await app.request('https://leakwatch.example/api/v1/data-classes');
    expect(fixedHeaders(hit)).toEqual(fixedHeaders(first));
  });

  it('leaves bad prefixes to the route, which refuses them with 400', async () => {
    const app = site();
    for (const prefix of ['zzzzz', 'abcd', 'abcdef']) {
      const res = await app.request(`/api/v1/range/${prefix}`);
      expect(res.status, prefix).toBe(400);
    }
  });

  it('spends the same rate-limit budget as the chain: over budget is 429, whichever way', async () => {
    const app = site({ LEAKWATCH_API_RATE_PER_MIN: '3' });
    const statuses: number[] = [];
    for (let i = 0; i < 2; i++) statuses.push((await app.request('/api/v1/range/00000')).status);
    statuses.push((await app.request('/api/v1/range/00000', { headers: { cookie: 'a=b' } })).status);
    statuses.push((await app.request('/api/v1/range/00000')).status);
    expect(statuses).toEqual([200, 200, 200, 429]);
  });
});
