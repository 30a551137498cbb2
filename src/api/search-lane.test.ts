import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { getRequestListener } from '@hono/node-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app.js';
import { loadConfig } from '../config.js';
import { createReader } from '../store/reader.js';
import { openTestDb } from '../store/testing.js';
import { seedWebFixture } from '../web/testing.js';
import { leanLane } from './lean-lane.js';

type TestDb = Awaited<ReturnType<typeof openTestDb>>;
let db: TestDb;
let server: Server;
let url = '';
let app: ReturnType<typeof createApp>;

beforeAll(async () => {
  db = await openTestDb('sqlite');
  await seedWebFixture(db);
  const config = loadConfig({
    LEAKWATCH_SECRET: 'search-lane-secret-01',
    LEAKWATCH_SEED: 'never',
    LEAKWATCH_PUBLIC_URL: 'http://leakwatch.test',
  });
  const deps = { config, db, reader: createReader(db) };
  app = createApp(deps);
  server = createServer(leanLane(deps).listener(getRequestListener(app.fetch)));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await db.drop();
});

/** The headers that belong to the URL (not to one answer), sorted. */
function urlHeaders(res: Response): [string, string][] {
  const perAnswer =
    /^(x-request-id|ratelimit-.*|date|content-length|connection|keep-alive|transfer-encoding)$/;
  const out: [string, string][] = [];
  res.headers.forEach((v, k) => {
    if (!perAnswer.test(k)) out.push([k, v]);
  });
  return out.sort(([a], [b]) => (a < b ? -1 : 1));
}

describe('the search API on the lean lane', () => {
  it('answers a search from Node exactly as the chain does: same page, JSON and headers', async () => {
    const target = `/api/v1/search?q=${encodeURIComponent('さんぷる')}&limit=1`;
    const lane = await fetch(`${url}${target}`); // a fresh server: nothing cached, the lane answers
    const chain = await app.request(target);
    expect(lane.status).toBe(200);
    expect(await lane.json()).toEqual(await chain.json());
    expect(urlHeaders(lane)).toEqual(urlHeaders(chain));
    expect(lane.headers.get('x-request-id')).toBeTruthy();
    expect(lane.headers.get('ratelimit-limit')).toMatch(/^\d+$/);
  });

  it('gives byte for byte the JSON and headers of the chain, for every kind of query and page', async () => {
    const queries = [
      'さんぷる',
      'サンプル商事',
      'Example',
      'example widgets inc.',
      'ｶﾞｼﾞｪｯﾄ',
      'gajetto kurabu',
      '不正アクセス',
      'お客様情報',
      'no such name',
    ];
    let n = 0;
    const sizes = new Set<number>();
    for (const q of queries) {
      for (const page of ['', '&limit=1', '&limit=1&offset=1']) {
        // A new URL each time (n=…): the lane searches rather than replaying its answer cache.
        const target = `/api/v1/search?q=${encodeURIComponent(q)}${page}&n=${++n}`;
        const lane = await fetch(`${url}${target}`);
        const chain = await app.request(target);
        expect(lane.status, target).toBe(200);
        const body = await lane.text();
        expect(body, target).toBe(await chain.text());
        expect(urlHeaders(lane), target).toEqual(urlHeaders(chain));
        sizes.add(Math.min(2, (JSON.parse(body) as { items: unknown[] }).items.length));
      }
    }
    expect([...sizes].sort()).toEqual([0, 1, 2]); // empty pages, single hits and longer pages all seen
  });

  it('leaves invalid and unusual queries to the chain, which answers them in full', async () => {
    const empty = await fetch(`${url}/api/v1/search?q=`);
    expect(empty.status).toBe(400);
    expect((await empty.json()).error.code).toBe('validation_failed');
    const twice = await fetch(`${url}/api/v1/search?q=a&q=b&limit=200`);
    expect(twice.status).toBe(400);
  });
});
