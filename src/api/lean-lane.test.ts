import { createServer, type RequestListener, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../config.js';
import { createReader } from '../store/reader.js';
import { openTestDb } from '../store/testing.js';
import { LeanLane } from './lean-lane.js';

type TestDb = Awaited<ReturnType<typeof openTestDb>>;
let db: TestDb;
beforeAll(async () => {
  db = await openTestDb('sqlite');
});
afterAll(() => db.drop());

/** The rest of the app, as the lane's listener sees it: answers 299 and says it was reached. */
const chain: RequestListener = (_req, res) => {
  res.writeHead(299, { 'content-type': 'text/plain' });
  res.end('chain');
};

/** A Node server with a lane in front of `chain`, with one route /echo/<word> whose body may fail. */
async function laneServer(env: Record<string, string>, body: (word: string) => string) {
  const config = loadConfig({ LEAKWATCH_SECRET: 'lean-lane-secret-0001', LEAKWATCH_SEED: 'never', ...env });
  const lane = new LeanLane({ config, db, reader: createReader(db) });
  lane.route(/^\/echo\/([a-z]+)$/, { 'Content-Type': 'text/plain' }, async (m) => Buffer.from(body(m[1]!)));
  const server: Server = createServer(lane.listener(chain));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { url, lane, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

describe('the lean lane in front of a Node server', () => {
  it("replays a source's fresh answers for the exact target, and sends the rest to the app", async () => {
    const s = await laneServer({}, (w) => w);
    const kept = {
      body: new TextEncoder().encode('{"kept":true}'),
      headers: { 'content-type': 'application/json' },
    };
    s.lane.replays({ fresh: (target) => (target === '/api/v1/stats?x=1' ? kept : undefined) });
    try {
      const hit = await fetch(`${s.url}/api/v1/stats?x=1`);
      expect(hit.status).toBe(200);
      expect(await hit.json()).toEqual({ kept: true });
      expect(hit.headers.get('content-type')).toBe('application/json');
      expect(hit.headers.get('x-request-id')).toBeTruthy();
      expect(hit.headers.get('ratelimit-limit')).toMatch(/^\d+$/);
      for (const [path, init] of [
        ['/api/v1/stats?x=2', undefined],
        ['/api/v1/stats?x=1', { headers: { cookie: 'lang=en' } }],
      ] as [string, RequestInit | undefined][]) {
        expect((await fetch(`${s.url}${path}`, init)).status, path).toBe(299);
      }
    } finally {
      await s.close();
    }
  });

  it('answers its routes from Node with the fixed, budget and request-id headers', async () => {
    const s = await laneServer({}, (w) => `hello ${w}`);
    try {
      const res = await fetch(`${s.url}/echo/world`, { headers: { 'x-request-id': 'client-chosen-id' } });
      expect(res.status).toBe(200);
      expect(await res.text()).toBe('hello world');
      expect(res.headers.get('content-length')).toBe('11');
      expect(res.headers.get('content-security-policy')).toMatch(/default-src 'none'/);
      expect(res.headers.get('access-control-allow-origin')).toBe('*');
      expect(res.headers.get('x-request-id')).toBe('client-chosen-id');
      expect(res.headers.get('ratelimit-limit')).toMatch(/^\d+$/);
    } finally {
      await s.close();
    }
  });

  it('sends everything else on to the app: other paths, query strings, other methods, cookies', async () => {
    const s = await laneServer({}, (w) => w);
    try {
      const asked: [string, RequestInit?][] = [
        ['/elsewhere'],
        ['/echo/world?x=1'],
        ['/echo/WORLD'],
        ['/echo/world', { method: 'POST', body: 'x' }],
        ['/echo/world', { headers: { cookie: 'session=abc' } }],
        ['/echo/world', { headers: { authorization: 'Bearer abc' } }],
        ['/echo/world', { headers: { 'if-none-match': '"x"' } }],
      ];
      for (const [path, init] of asked) {
        const res = await fetch(`${s.url}${path}`, init);
        expect(res.status, `${init?.method ?? 'GET'} ${path}`).toBe(299);
        expect(await res.text()).toBe('chain');
      }
    } finally {
      await s.close();
    }
  });

  it('leaves a failed answer and a client over budget to the app, which answers in full', async () => {
    const s = await laneServer({ LEAKWATCH_API_RATE_PER_MIN: '2' }, (w) => {
      if (w === 'fail') throw new Error('the store is gone');
      return w;
    });
    try {
      const failed = await fetch(`${s.url}/echo/fail`);
      expect(failed.status).toBe(299);
      // The failed request spent one of the two; the next is answered; the third is over budget.
      expect((await fetch(`${s.url}/echo/ok`)).status).toBe(200);
      const over = await fetch(`${s.url}/echo/ok`);
      expect(over.status).toBe(299);
    } finally {
      await s.close();
    }
  });
});
