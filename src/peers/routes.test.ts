import { beforeAll, expect, it } from 'vitest';
import { apiTestApp } from '../api/testing.js';
import { importRecords } from '../store/import.js';
import { describeEachDialect } from '../store/testing.js';
import { sampleRecords } from './testing.js';
import type { BenchmarkData, BenchSummary } from './types.js';

describeEachDialect('benchmark routes', (getDb) => {
  beforeAll(async () => {
    await importRecords(getDb(), sampleRecords());
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
  });
});
