import { beforeAll, expect, it } from 'vitest';
import { apiTestApp } from '../api/testing.js';
import { importRecords } from '../store/import.js';
import { describeEachDialect } from '../store/testing.js';
import { healthRecords, sampleRecords } from './testing.js';
import type { BenchmarkData, BenchSummary } from './types.js';

describeEachDialect('benchmark routes', (getDb) => {
  beforeAll(async () => {
    const r = await importRecords(getDb(), [...sampleRecords(), ...healthRecords(24)]);
    expect(r.failed).toBe(0);
  });

  it('GET /api/v1/benchmarks breaks down by sector, size band, cause and country (figures where n >= 20)', async () => {
    const { app } = apiTestApp(getDb());
    const s = (await (await app.request('/api/v1/benchmarks')).json()) as BenchSummary;
    expect(s.breakdowns.map((b) => b.dimension)).toEqual(['sector', 'size_band', 'cause', 'country']);
    const seg = (dim: string, key: string) =>
      s.breakdowns.find((b) => b.dimension === dim)!.segments.find((g) => g.key === key)!;
    // 24 records say health; the city hospital's sector comes from its name (one more).
    const health = seg('sector', 'health');
    expect(health.n.detection_to_notice).toBe(25);
    expect(health.stats.detection_to_notice).toMatchObject({ n: 25, median: 12 });
    expect(health.stats.detection_to_notice!.p90).toBeGreaterThan(health.stats.detection_to_notice!.p75);
    const business = seg('sector', 'business');
    expect(business.n.detection_to_notice).toBe(5);
    expect(business.stats.detection_to_notice).toBeNull();
    expect(seg('country', 'US').stats.detection_to_notice?.n).toBe(24);
    expect(seg('country', 'JP').n.detection_to_notice).toBe(5);
    expect(seg('country', 'JP').stats.detection_to_notice).toBeNull();
    expect(seg('size_band', '100-999').stats.detection_to_notice?.n).toBe(25);
    expect(seg('cause', 'ransomware').stats.detection_to_notice?.n).toBe(25);
    const us = (await (await app.request('/api/v1/benchmarks?country=US')).json()) as BenchSummary;
    expect(us.n).toBe(24);
  });

  it('GET /api/v1/benchmarks/incidents/{id} places each duration as a percentile', async () => {
    const { app } = apiTestApp(getDb());
    const row = await getDb()
      .kysely.selectFrom('incidents')
      .select('slug')
      .where('external_key', '=', 'test:health-6')
      .executeTakeFirstOrThrow();
    const b = (await (await app.request(`/api/v1/benchmarks/incidents/${row.slug}`)).json()) as BenchmarkData;
    expect(b.incident).toMatchObject({ sector: 'health', country: 'US' });
    // The others of the same cause: 23 disclosed after 1–24 days (not 6) and the hospital after 9.
    const p = b.placement.find((x) => x.duration === 'detection_to_notice')!;
    expect(p).toMatchObject({ days: 6, by: 'cause', segment: 'ransomware', n: 24, same: 0 });
    expect(p.longer).toBeCloseTo(19 / 24, 3);
    expect(p.sentence.en).toContain('disclosed faster than 79 % of incidents caused by ransomware');
  });

  it('GET /api/v1/benchmarks filters by cause and sector', async () => {
    const { app } = apiTestApp(getDb());
    const res = await app.request('/api/v1/benchmarks?cause=sql_injection&sector=business');
    expect(res.status).toBe(200);
    const s = (await res.json()) as BenchSummary;
    expect(s.n).toBe(5);
    expect(s.stats.detection_to_notice?.n).toBe(5);
    const bad = await app.request('/api/v1/benchmarks?cause=nope');
    expect(bad.status).toBe(400);
  });

  it('GET /api/v1/benchmarks/incidents/{id} gives sentences', async () => {
    const { app } = apiTestApp(getDb());
    const row = await getDb()
      .kysely.selectFrom('incidents')
      .select('slug')
      .where('external_key', '=', 'test:sqli-1')
      .executeTakeFirstOrThrow();
    const res = await app.request(`/api/v1/benchmarks/incidents/${row.slug}`);
    expect(res.status).toBe(200);
    const b = (await res.json()) as BenchmarkData;
    expect(b.sentences.en.join('\n')).toContain(
      'disclosed 1 day after detection; comparable incidents: median 14 days',
    );
    expect((await app.request('/api/v1/benchmarks/incidents/none')).status).toBe(404);
  });

  it('renders /benchmarks', async () => {
    const { app } = apiTestApp(getDb());
    const res = await app.request('/benchmarks?cause=sql_injection&lang=en');
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('Response benchmarks');
    expect(html).toContain('detection to public notice');
    const all = await (await app.request('/benchmarks?lang=ja')).text();
    expect(all).toContain('業種別');
    expect(all).toContain(
      '<svg aria-labelledby="bm-by-sector-chart-title bm-by-sector-chart-desc" role="img"',
    );
    expect(all).toContain('件未満のため非表示');
  });
});
