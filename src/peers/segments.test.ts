import { describe, expect, it } from 'vitest';
import { durationsOf } from './compare.js';
import { breakdown, breakdowns, countryLabel, MIN_SHOWN, segmentKeys } from './segments.js';
import type { BenchIncident } from './types.js';

let seq = 0;
/** An incident disclosed `days` after detection (null: no dates). */
function inc(days: number | null, p: Partial<BenchIncident> = {}): BenchIncident {
  seq++;
  const notice = days === null ? null : new Date(Date.UTC(2024, 0, 1 + days)).toISOString().slice(0, 10);
  return {
    id: `s${String(seq).padStart(4, '0')}`,
    slug: `s-${seq}`,
    title: `Incident ${seq}`,
    organization: null,
    published: notice,
    year: 2024,
    causes: ['ransomware'],
    data_classes: [],
    measures: [],
    affected: 500,
    leak_status: null,
    sector: 'health',
    country: 'US',
    ...p,
    timeline: {
      incident_start: null,
      detected: days === null ? null : '2024-01-01',
      contained: null,
      first_notice: notice,
      final_report: null,
    },
  };
}

describe('segmentKeys', () => {
  it('puts an incident under each of its causes, its band, sector and country', () => {
    const i = inc(1, { causes: ['phishing', 'malware', 'phishing'], affected: 5, country: null });
    expect(segmentKeys(i, 'cause')).toEqual(['phishing', 'malware']);
    expect(segmentKeys(inc(1, { causes: [] }), 'cause')).toEqual(['unknown']);
    expect(segmentKeys(i, 'size_band')).toEqual(['lt100']);
    expect(segmentKeys(inc(1, { affected: null }), 'size_band')).toEqual(['unknown']);
    expect(segmentKeys(i, 'country')).toEqual(['unknown']);
    expect(segmentKeys(i, 'sector')).toEqual(['health']);
  });
});

describe('breakdown', () => {
  const health = Array.from({ length: MIN_SHOWN }, (_, k) => inc(k + 1));
  const small = [
    inc(3, { sector: 'education', country: 'JP' }),
    inc(5, { sector: 'education', country: 'JP' }),
  ];
  const undated = inc(null, { sector: 'education', country: 'JP' });
  const list = [...health, ...small, undated];
  const d = durationsOf(list);

  it('shows a figure only where n reaches MIN_SHOWN, and gives every n', () => {
    const b = breakdown(list, d, 'sector');
    expect(b.segments.map((s) => s.key)).toEqual(['health', 'education']);
    const [h, e] = b.segments;
    expect(h!.stats.detection_to_notice).toEqual({ n: 20, p25: 6, median: 10.5, p75: 15.5, p90: 18 });
    expect(h!.label).toEqual({ ja: '医療', en: 'health' });
    expect(e!.incidents).toBe(3);
    expect(e!.n.detection_to_notice).toBe(2);
    expect(e!.stats.detection_to_notice).toBeNull();
    expect(h!.stats.start_to_detection).toBeNull();
  });

  it('breaks down by every dimension, countries largest first and unknown last', () => {
    const all = breakdowns([...list, inc(2, { country: null })], durationsOf([...list, inc(2)]));
    expect(all.map((b) => b.dimension)).toEqual(['sector', 'size_band', 'cause', 'country']);
    expect(all[3]!.segments.map((s) => s.key)).toEqual(['US', 'JP', 'unknown']);
    expect(all[3]!.segments[1]!.label).toEqual({ ja: '日本', en: 'Japan' });
  });

  it('names countries in both languages', () => {
    expect(countryLabel('US').en).toBe('United States');
    expect(countryLabel('unknown')).toEqual({ ja: '不明', en: 'unknown' });
  });
});
