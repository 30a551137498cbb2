import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { breach, breaches, dataClasses, latestBreach } from 'hibp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATA_CLASSES } from '../../extract/vocab.js';
import { importRecords } from '../../store/import.js';
import { describeEachDialect } from '../../store/testing.js';
import { apiTestApp } from '../testing.js';
import { apiFixtureRecords, seedApiFixtures } from '../testing-fixtures.js';

/** The fields of HIBP API v3's Breach model, in its order. */
const HIBP_FIELDS = [
  'Name',
  'Title',
  'Domain',
  'BreachDate',
  'AddedDate',
  'ModifiedDate',
  'PwnCount',
  'Description',
  'LogoPath',
  'DataClasses',
  'IsVerified',
  'IsFabricated',
  'IsSensitive',
  'IsRetired',
  'IsSpamList',
  'IsMalware',
  'IsSubscriptionFree',
  'IsStealerLog',
];

describeEachDialect('HIBP v3 compatibility', (getDb) => {
  let server: ReturnType<typeof serve>;
  let baseUrl: string;
  let app: ReturnType<typeof apiTestApp>['app'];
  let total: number;
  beforeAll(async () => {
    total = await seedApiFixtures(getDb(), 4);
    app = apiTestApp(getDb()).app;
    // The published HIBP client talks HTTP, so the app is served on a loopback port for it.
    await new Promise<void>((resolve) => {
      server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve());
    });
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/v3`;
  });
  afterAll(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  it('serves every incident to hibp.breaches() as a complete Breach object', async () => {
    const all = await breaches({ baseUrl });
    expect(all).toHaveLength(total);
    for (const b of all) expect(Object.keys(b)).toEqual(HIBP_FIELDS);
    const forum = all.find((b) => b.Name === 'ExampleForum');
    expect(forum).toMatchObject({
      Title: 'Example Forum',
      Domain: 'forum.example.org',
      BreachDate: '2019-05-01',
      PwnCount: 987654,
      DataClasses: ['Email addresses', 'IP addresses', 'Passwords'],
      IsVerified: true,
      IsSpamList: false,
      LogoPath: 'http://leakwatch.test/api/logo.svg',
    });
    expect(forum?.AddedDate).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    const names = all.map((b) => b.Name.toLowerCase());
    expect(new Set(names).size).toBe(names.length);
  });

  it('filters by domain like HIBP, and IsSpamList=true leaves nothing', async () => {
    const one = await breaches({ baseUrl, domain: 'widgets.example.com' });
    expect(one.map((b) => b.Title)).toEqual(['Example Widgets customer database breach']);
    expect(one[0]?.IsVerified).toBe(false); // the notice says "possible"
    expect(await breaches({ baseUrl, domain: 'nowhere.example' })).toEqual([]);
    const spam = await app.request('/api/v3/breaches?IsSpamList=true');
    expect(await spam.json()).toEqual([]);
  });

  it('finds a breach by Name case-insensitively, and null (HTTP 404, empty body) for an unknown one', async () => {
    const forum = await breach('exampleforum', { baseUrl });
    expect(forum?.Name).toBe('ExampleForum');
    const all = await breaches({ baseUrl });
    const own = all.find((b) => b.Title === 'サンプルモールへの不正アクセス');
    expect(own?.Name).toMatch(/^[A-Za-z0-9_]+$/);
    expect((await breach(own?.Name ?? '', { baseUrl }))?.Title).toBe('サンプルモールへの不正アクセス');
    expect(await breach('NoSuchBreach', { baseUrl })).toBeNull();
    const raw = await app.request('/api/v3/breach/NoSuchBreach');
    expect(raw.status).toBe(404);
    expect(await raw.text()).toBe('');
  });

  it('generates Description from facts, HTML-escaped', async () => {
    const all = await breaches({ baseUrl });
    const gen = all.find((b) => b.Title.startsWith('テスト工業1号'));
    expect(gen?.Title).toContain('<test & "quote">');
    expect(gen?.Description).not.toContain('<');
    expect(all.find((b) => b.Name === 'ExampleForum')?.Description).toContain('987,654 accounts');
  });

  it('returns data classes and the latest breach', async () => {
    expect(await dataClasses({ baseUrl })).toEqual([...DATA_CLASSES]);
    const latest = await latestBreach({ baseUrl });
    const all = await breaches({ baseUrl });
    const newest = all
      .map((b) => b.AddedDate)
      .sort()
      .at(-1);
    expect(latest?.AddedDate).toBe(newest);
  });

  it('sees a newly imported incident on the next request (the catalogue is rebuilt)', async () => {
    const [extra] = apiFixtureRecords(0);
    await importRecords(getDb(), [{ ...extra!, key: 'hibp:LaterExample', title: 'Later Example' }]);
    const later = await breach('LaterExample', { baseUrl });
    expect(later?.Title).toBe('Later Example');
  });
});

describe('logo', () => {
  it('is an SVG served by leakwatch', async () => {
    const { openTestDb } = await import('../../store/testing.js');
    const db = await openTestDb('sqlite');
    const res = await apiTestApp(db).app.request('/api/logo.svg');
    expect(res.headers.get('content-type')).toContain('image/svg+xml');
    expect(await res.text()).toContain('<svg');
    await db.drop();
  });
});
