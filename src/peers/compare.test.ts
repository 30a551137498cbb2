import { describe, expect, it } from 'vitest';
import {
  benchmarkOf,
  benchmarkSentences,
  comparableIncidents,
  jaccard,
  measureShares,
  similarIncidents,
  summarize,
} from './compare.js';
import { sectorOf } from './sector.js';
import type { BenchIncident } from './types.js';

let seq = 0;
function inc(p: Partial<BenchIncident> & { detected?: string; notice?: string }): BenchIncident {
  seq++;
  return {
    id: `i${seq}`,
    slug: `incident-${seq}`,
    title: `Incident ${seq}`,
    organization: '株式会社サンプル',
    published: p.notice ?? null,
    year: 2024,
    causes: ['sql_injection'],
    data_classes: ['Names', 'Email addresses'],
    measures: [],
    affected: 5000,
    leak_status: 'possible',
    country: 'JP',
    ...p,
    sector: p.sector ?? sectorOf(p.organization ?? '株式会社サンプル'),
    timeline: {
      incident_start: null,
      detected: p.detected ?? null,
      contained: null,
      first_notice: p.notice ?? null,
      final_report: null,
      ...p.timeline,
    },
  };
}

describe('jaccard', () => {
  it('measures set overlap', () => {
    expect(jaccard(['a', 'b'], ['a'])).toBe(0.5);
    expect(jaccard([], [])).toBe(0);
    expect(jaccard(['a'], ['b'])).toBe(0);
  });
});

describe('benchmarkOf', () => {
  const target = inc({ detected: '2024-03-01', notice: '2024-03-02', measures: ['password_reset'] });
  const peers = [
    inc({
      detected: '2024-01-01',
      notice: '2024-01-11',
      measures: ['external_investigation', 'password_reset'],
    }),
    inc({ detected: '2024-01-01', notice: '2024-01-15', measures: ['external_investigation'] }),
    inc({ detected: '2024-01-01', notice: '2024-01-31', measures: ['firewall_waf'] }),
    inc({ detected: '2024-01-01', notice: '2024-01-05', affected: 50, measures: ['external_investigation'] }),
    inc({ detected: '2024-01-01', notice: '2024-02-01', causes: ['misdelivery'] }),
  ];
  const all = [target, ...peers];

  it('compares with the same cause and size band, giving the median', () => {
    const b = benchmarkOf(target, all);
    expect(b.comparable).toMatchObject({
      n: 3,
      by: 'cause_and_size',
      cause: 'sql_injection',
      band: '1k-9999',
    });
    expect(b.incident.durations.detection_to_notice).toBe(1);
    expect(b.stats.detection_to_notice).toEqual({ n: 3, median: 14, p25: 12, p75: 22, p90: 27 });
    expect(b.sentences.ja).toEqual(['検知から1日後に公表。類似事案の中央値: 14日 (3件)']);
    expect(b.sentences.en).toEqual([
      'disclosed 1 day after detection; comparable incidents: median 14 days (3 incidents)',
    ]);
  });

  it('lists the measures others took after the same cause, with shares and examples', () => {
    const b = benchmarkOf(target, all);
    expect(b.measures[0]).toMatchObject({
      measure: 'external_investigation',
      incidents: 3,
      of: 4,
      share: 0.75,
    });
    expect(b.measures[0]!.examples).toHaveLength(3);
    expect(b.measures.map((m) => m.measure)).toContain('firewall_waf');
  });

  it('widens to the cause alone when the size band has too few incidents', () => {
    const small = inc({ affected: 20 });
    const c = comparableIncidents(small, [...all, small]);
    expect(c.by).toBe('cause');
    expect(c.list).toHaveLength(5);
  });

  it('has no comparable set without a cause', () => {
    const none = inc({ causes: [] });
    expect(comparableIncidents(none, all).by).toBe('none');
  });

  it('ranks similar incidents by shared data classes and size', () => {
    const t = inc({ data_classes: ['Names', 'Credit cards'] });
    const a = inc({ data_classes: ['Names', 'Credit cards'] });
    const b = inc({ data_classes: ['Names'], affected: 2_000_000 });
    const c = inc({ data_classes: ['Names', 'Credit cards'], causes: ['ransomware'] });
    const s = similarIncidents(t, [t, a, b, c]);
    expect(s.map((x) => x.id)).toEqual([a.id, b.id]);
    expect(s[0]).toMatchObject({ score: 1.3, shared_data_classes: ['Names', 'Credit cards'] });
  });
});

describe('benchmarkSentences', () => {
  it('says when the comparable set is too small', () => {
    const s = benchmarkSentences(
      {
        start_to_detection: null,
        detection_to_containment: 2,
        detection_to_notice: null,
        notice_to_final: null,
      },
      {
        start_to_detection: null,
        detection_to_containment: { n: 1, median: 3, p25: 3, p75: 3, p90: 3 },
        detection_to_notice: null,
        notice_to_final: null,
      },
    );
    expect(s.ja).toEqual(['検知から2日後に封じ込め。比較できる類似事案は1件のみ']);
    expect(s.en).toEqual(['contained 2 days after detection; only 1 comparable incident with this date']);
  });
});

describe('measureShares and summarize', () => {
  it('counts each measure once per incident', () => {
    const list = [inc({ measures: ['hotline', 'hotline'] }), inc({ measures: [] })];
    expect(measureShares(list)).toMatchObject([{ measure: 'hotline', incidents: 1, of: 2, share: 0.5 }]);
  });

  it('filters by cause, data class, sector and year', () => {
    const list = [
      inc({ organization: 'サンプル市', year: 2023, detected: '2023-01-01', notice: '2023-01-03' }),
      inc({ organization: 'サンプル病院', causes: ['ransomware'], year: 2024 }),
      inc({ organization: '株式会社サンプル', data_classes: ['Credit cards'], year: 2024 }),
    ];
    expect(summarize(list, { sector: 'government' }).n).toBe(1);
    expect(summarize(list, { cause: 'ransomware' }).n).toBe(1);
    expect(summarize(list, { dataClass: 'Credit cards' }).n).toBe(1);
    expect(summarize(list, { year: 2024 }).n).toBe(2);
    const all = summarize(list, {});
    expect(all.by_sector).toEqual([
      { sector: 'health', incidents: 1 },
      { sector: 'government', incidents: 1 },
      { sector: 'business', incidents: 1 },
    ]);
    expect(all.stats.detection_to_notice).toEqual({ n: 1, median: 2, p25: 2, p75: 2, p90: 2 });
    expect(all.examples).toHaveLength(1);
  });
});
