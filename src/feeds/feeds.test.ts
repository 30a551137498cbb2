import { parseAtomFeed, parseFeed } from 'feedsmith';
import { beforeAll, describe, expect, it } from 'vitest';
import { apiTestApp } from '../api/testing.js';
import { seedApiFixtures } from '../api/testing-fixtures.js';
import { describeEachDialect } from '../store/testing.js';
import { FEED_SIZE } from './routes.js';

type App = ReturnType<typeof apiTestApp>['app'];

/** feedsmith gives Atom text constructs as { value, type }. */
function text(t: unknown): string | undefined {
  if (typeof t === 'string') return t;
  return (t as { value?: string } | undefined)?.value;
}

async function fetchFeed(app: App, path: string, headers: Record<string, string> = {}) {
  const res = await app.request(path, { headers });
  const xml = await res.text();
  return { res, xml };
}

describeEachDialect('Atom feeds', (getDb) => {
  let app: App;
  let total: number;
  beforeAll(async () => {
    total = await seedApiFixtures(getDb(), 52);
    app = apiTestApp(getDb()).app;
  });

  it('serves every incident at /feed.atom as valid Atom 1.0 that a feed library reads', async () => {
    const { res, xml } = await fetchFeed(app, '/feed.atom');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8');
    expect(parseFeed(xml).format).toBe('atom');
    const feed = parseAtomFeed(xml);
    expect(feed.id).toBe('tag:leakwatch.test,2026:feed:all');
    expect(feed.updated).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(feed.authors?.[0]?.name).toBe('leakwatch');
    expect(feed.links?.find((l) => l.rel === 'self')?.href).toBe('http://leakwatch.test/feed.atom');
    expect(feed.entries).toHaveLength(Math.min(total, FEED_SIZE));
    for (const e of feed.entries ?? []) {
      expect(e.id).toMatch(/^tag:leakwatch\.test,2026:incident:[0-9a-f-]{36}$/);
      expect(e.updated).toBeTruthy();
      expect(e.links?.find((l) => l.rel === 'alternate')?.href).toMatch(
        /^http:\/\/leakwatch\.test\/incidents\/[^/]+$/,
      );
      expect(text(e.summary)).toBeTruthy();
    }
    const updated = (feed.entries ?? []).map((e) => String(e.updated));
    expect([...updated].sort().reverse()).toEqual(updated);
  });

  it('escapes XML: a title with < & " comes back intact', async () => {
    const { xml } = await fetchFeed(app, '/feed.atom');
    const feed = parseAtomFeed(xml);
    const titles = (feed.entries ?? []).map((e) => text(e.title));
    expect(titles.some((t) => t?.includes('<test & "quote">'))).toBe(true);
    expect(xml).not.toContain('<test &');
  });

  it('writes summaries from facts in the reader’s language', async () => {
    const ja = parseAtomFeed((await fetchFeed(app, '/feed.atom?lang=ja')).xml);
    const en = parseAtomFeed((await fetchFeed(app, '/feed.atom?lang=en')).xml);
    const pick = (f: typeof ja) =>
      text(f.entries?.find((e) => text(e.title) === 'サンプルモールへの不正アクセス')?.summary);
    expect(pick(ja)).toContain('最大12,000人');
    expect(pick(ja)).toContain('クレジットカード情報');
    expect(pick(en)).toContain('up to 12,000 people');
    expect(text(en.title)).toBe('leakwatch: latest data breach incidents');
  });

  it('serves per-service, per-organisation and per-data-class feeds', async () => {
    const services = await (await app.request('/api/v1/services')).json();
    const svc = services.items[0];
    const bySvc = parseAtomFeed((await fetchFeed(app, `/services/${svc.slug}/feed.atom`)).xml);
    expect(bySvc.entries?.map((e) => text(e.title))).toEqual(['サンプルモールへの不正アクセス']);
    expect(bySvc.id).toBe(`tag:leakwatch.test,2026:feed:service:${svc.slug}`);

    const org = svc.organization;
    const byOrg = parseAtomFeed((await fetchFeed(app, `/organizations/${org.slug}/feed.atom`)).xml);
    expect(byOrg.entries).toHaveLength(1);

    const { res, xml } = await fetchFeed(
      app,
      `/data-classes/${encodeURIComponent("Driver's licenses")}/feed.atom`,
    );
    expect(res.status).toBe(200);
    const byClass = parseAtomFeed(xml);
    expect(byClass.entries?.length).toBeGreaterThan(0);
    const stats = await (await app.request('/api/v1/stats')).json();
    const n = stats.by_data_class.find(
      (d: { data_class: string }) => d.data_class === "Driver's licenses",
    ).incidents;
    expect(byClass.entries).toHaveLength(Math.min(n, FEED_SIZE));
    expect(byClass.links?.find((l) => l.rel === 'self')?.href).toBe(
      "http://leakwatch.test/data-classes/Driver's%20licenses/feed.atom",
    );
    expect(byClass.links?.find((l) => l.rel === 'alternate')?.href).toBe('http://leakwatch.test/stats');
  });

  it('answers unknown services and data classes with 404', async () => {
    expect((await app.request('/services/no-such-service/feed.atom')).status).toBe(404);
    expect((await app.request('/organizations/nobody/feed.atom')).status).toBe(404);
    expect((await app.request('/data-classes/Socks/feed.atom')).status).toBe(404);
  });

  it('answers a repeated poll with 304 through its ETag', async () => {
    const first = await fetchFeed(app, '/feed.atom');
    const etag = first.res.headers.get('etag');
    expect(etag).toBeTruthy();
    const again = await app.request('/feed.atom', { headers: { 'If-None-Match': etag ?? '' } });
    expect(again.status).toBe(304);
  });
});

describe('xml escaping', () => {
  it('escapes markup characters and drops characters XML forbids', async () => {
    const { xmlEscape } = await import('./atom.js');
    expect(xmlEscape(`<a href="x">'&'</a>\u0001`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;',
    );
  });
});
