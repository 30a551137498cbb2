import { describe, expect, it } from 'vitest';
import { durationsOf } from './compare.js';
import { placeDuration, placementSentence, placementsOf } from './placement.js';
import { MIN_SHOWN } from './segments.js';
import type { BenchIncident } from './types.js';

let seq = 0;
function inc(days: number, p: Partial<BenchIncident> = {}): BenchIncident {
  seq++;
  const notice = new Date(Date.UTC(2024, 0, 1 + days)).toISOString().slice(0, 10);
  return {
    id: `p${String(seq).padStart(4, '0')}`,
    slug: `p-${seq}`,
    title: `Incident ${seq}`,
    organization: null,
    published: notice,
    year: 2024,
    causes: ['phishing'],
    data_classes: [],
    measures: [],
    affected: null,
    leak_status: null,
    sector: 'finance',
    country: 'JP',
    ...p,
    timeline: {
      incident_start: null,
      detected: '2024-01-01',
      contained: null,
      first_notice: notice,
      final_report: null,
    },
  };
}

describe('placeDuration', () => {
  // 20 phishing incidents disclosed after 1 … 20 days; 5 finance incidents of another cause.
  const phishing = Array.from({ length: MIN_SHOWN }, (_, k) => inc(k + 1));
  const other = Array.from({ length: 5 }, () => inc(30, { causes: ['malware'] }));
  const all = [...phishing, ...other];
  const d = durationsOf(all);

  it('compares with the same cause when it has n >= MIN_SHOWN', () => {
    const p = placeDuration('detection_to_notice', 5, { causes: ['phishing'], sector: 'finance' }, all, d)!;
    expect(p).toMatchObject({
      by: 'cause',
      segment: 'phishing',
      n: 20,
      longer: 0.75,
      same: 0.05,
      shorter: 0.2,
    });
    expect(p.sentence.en).toContain('disclosed faster than 75 % of incidents caused by phishing');
    expect(p.sentence.ja).toContain('の75%より早く公表');
  });

  it('leaves the incident itself out, then widens to the sector and to all', () => {
    const self = phishing[4]!;
    const p = placeDuration('detection_to_notice', 5, self, all, d)!;
    // 19 phishing incidents are left: too few, so the sector (24 others, all finance) is used.
    expect(p).toMatchObject({ by: 'sector', segment: 'finance', n: 24 });
    expect(p.longer).toBeCloseTo(20 / 24, 3);
    const noSector = placeDuration('detection_to_notice', 5, { ...self, sector: 'other' }, all, d)!;
    expect(noSector.by).toBe('all');
    expect(placeDuration('detection_to_notice', 5, { causes: [], sector: null }, other, d)).toBeNull();
  });

  it('places every duration an incident has', () => {
    const target = inc(2, { id: 'target' });
    const own = durationsOf([target]).get('target')!;
    const ps = placementsOf(target, own, all, d);
    expect(ps.map((p) => p.duration)).toEqual(['detection_to_notice']);
    expect(ps[0]!.days).toBe(2);
  });

  it('writes one day in the singular', () => {
    const s = placementSentence({
      duration: 'detection_to_containment',
      days: 1,
      by: 'all',
      segment: null,
      n: 40,
      longer: 0.5,
      same: 0.1,
      shorter: 0.4,
    });
    expect(s.en).toBe(
      'detection to containment 1 day: contained faster than 50 % of all incidents (10 % the same; n = 40)',
    );
    expect(s.ja).toBe('検知から封じ込めまで1日: すべての事案の50%より早く封じ込め (同じ日数: 10%、n=40)');
  });
});
