import { beforeAll, expect, it } from 'vitest';
import { importRecords } from '../store/import.js';
import { describeEachDialect } from '../store/testing.js';
import { benchmarkFor, benchmarkSummary } from './benchmark.js';
import { sampleRecords } from './testing.js';

describeEachDialect('benchmarks over the store', (getDb) => {
  beforeAll(async () => {
    const r = await importRecords(getDb(), sampleRecords());
    expect(r.failed).toBe(0);
  });

  it('benchmarks an incident against comparable ones (same cause and size band)', async () => {
    const db = getDb();
    const row = await db.kysely
      .selectFrom('incidents')
      .select(['id', 'slug'])
      .where('external_key', '=', 'test:sqli-1')
      .executeTakeFirstOrThrow();
    const b = await benchmarkFor(db, row.slug);
    expect(b.incident.id).toBe(row.id);
    expect(b.comparable).toMatchObject({
      n: 3,
      by: 'cause_and_size',
      cause: 'sql_injection',
      band: '1k-9999',
    });
    expect(b.incident.durations).toMatchObject({ detection_to_notice: 1, detection_to_containment: 0 });
    expect(b.stats.detection_to_notice).toEqual({ n: 3, median: 14, p25: 12, p75: 22, p90: 27 });
    expect(b.sentences.ja).toContain('検知から1日後に公表。類似事案の中央値: 14日 (3件)');
    expect(b.measures[0]).toMatchObject({
      measure: 'external_investigation',
      incidents: 2,
      of: 4,
      share: 0.5,
    });
    expect(b.similar.length).toBeGreaterThan(0);
    expect(b.incident.sector).toBe('business');
  });

  it('throws not_found for an unknown incident', async () => {
    await expect(benchmarkFor(getDb(), 'no-such-incident')).rejects.toMatchObject({ code: 'not_found' });
  });

  it('summarises by cause, sector and year', async () => {
    const db = getDb();
    expect((await benchmarkSummary(db, { cause: 'sql_injection' })).n).toBe(5);
    const health = await benchmarkSummary(db, { sector: 'health' });
    expect(health.n).toBe(1);
    expect(health.stats.detection_to_notice).toEqual({ n: 1, median: 9, p25: 9, p75: 9, p90: 9 });
    expect((await benchmarkSummary(db, { year: 2023 })).n).toBe(1);
    expect((await benchmarkSummary(db, { dataClass: 'Credit cards' })).n).toBe(5);
  });

  it('sees a new incident at once (the kept set follows the store)', async () => {
    const db = getDb();
    const before = await benchmarkSummary(db, { cause: 'sql_injection' });
    const [first] = sampleRecords();
    const r = await importRecords(db, [
      { ...first!, key: 'test:sqli-new', organization: { name: '株式会社サンプル新店' } },
    ]);
    expect(r.failed).toBe(0);
    expect((await benchmarkSummary(db, { cause: 'sql_injection' })).n).toBe(before.n + 1);
  });
});
