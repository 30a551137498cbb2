import { describe, expect, it } from 'vitest';
import { bandDistance, sizeBand } from './bands.js';
import { countryFor, sectorFor, sectorOf } from './sector.js';
import { distribution, rankAmong } from './stats.js';

describe('sizeBand', () => {
  it('puts counts in bands at the boundaries', () => {
    expect([0, 99, 100, 999, 1000, 9999, 10_000, 99_999, 100_000, 999_999, 1_000_000].map(sizeBand)).toEqual([
      'lt100',
      'lt100',
      '100-999',
      '100-999',
      '1k-9999',
      '1k-9999',
      '10k-99999',
      '10k-99999',
      '100k-999999',
      '100k-999999',
      'ge1m',
    ]);
    expect(sizeBand(null)).toBeNull();
    expect(sizeBand(-1)).toBeNull();
    expect(bandDistance('lt100', 'ge1m')).toBe(5);
  });
});

describe('distribution', () => {
  it('gives n, median, quartiles and the 90th percentile', () => {
    expect(distribution([30, 1, null, 14, 3])).toEqual({ n: 4, median: 8.5, p25: 2.5, p75: 18, p90: 25 });
    expect(distribution([5])).toEqual({ n: 1, median: 5, p25: 5, p75: 5, p90: 5 });
    expect(distribution([null])).toBeNull();
  });
});

describe('rankAmong', () => {
  it('gives the shares that took longer, as long and less long', () => {
    expect(rankAmong(5, [1, 5, 10, 20, null])).toEqual({ n: 4, longer: 0.5, same: 0.25, shorter: 0.25 });
    expect(rankAmong(0, [0, 0, 3])).toEqual({ n: 3, longer: 0.333, same: 0.667, shorter: 0 });
    expect(rankAmong(100, [1, 2])).toEqual({ n: 2, longer: 0, same: 0, shorter: 1 });
    expect(rankAmong(1, [])).toBeNull();
  });
});

describe('sectorOf', () => {
  it('reads sectors from organisation names', () => {
    expect(sectorOf('サンプル市')).toBe('government');
    expect(sectorOf('サンプル県教育委員会')).toBe('government');
    expect(sectorOf('サンプル町役場')).toBe('government');
    expect(sectorOf('サンプル市立病院')).toBe('health');
    expect(sectorOf('医療法人サンプル会')).toBe('health');
    expect(sectorOf('学校法人サンプル学園 サンプル大学')).toBe('education');
    expect(sectorOf('国立大学法人サンプル大学')).toBe('education');
    expect(sectorOf('サンプル高校')).toBe('education');
    expect(sectorOf('株式会社サンプル銀行')).toBe('finance');
    expect(sectorOf('サンプル信用金庫')).toBe('finance');
    expect(sectorOf('Example Credit Union')).toBe('finance');
    expect(sectorOf('一般社団法人サンプル協会')).toBe('nonprofit');
    expect(sectorOf('サンプル農業協同組合')).toBe('nonprofit');
    expect(sectorOf('株式会社サンプル商事')).toBe('business');
    expect(sectorOf('株式会社サンプル市場')).toBe('business');
    expect(sectorOf('Example Widgets Inc.')).toBe('business');
    expect(sectorOf('Example Health Partners')).toBe('health');
    expect(sectorOf('County of Example')).toBe('government');
    expect(sectorOf('サンプル')).toBe('other');
    expect(sectorOf(null)).toBe('other');
  });
});

describe('sectorFor', () => {
  it("prefers a source record's organisation type to the name", () => {
    expect(sectorFor(['health'], 'Example Partners')).toBe('health');
    expect(sectorFor([null as unknown as string, 'retail'].filter(Boolean), 'Example Inc.')).toBe('retail');
    expect(sectorFor(['retail', 'finance'], 'Example Bank')).toBe('retail');
  });

  it('lets a record\'s "other" give way to the name, and falls back to the name', () => {
    expect(sectorFor(['other'], 'Example Widgets Inc.')).toBe('business');
    expect(sectorFor(['other'], 'Example')).toBe('other');
    expect(sectorFor([], 'サンプル大学')).toBe('education');
    expect(sectorFor(['not-a-sector'], 'サンプル市')).toBe('government');
  });
});

describe('countryFor', () => {
  it('takes the first record country, else JP for a Japanese notice', () => {
    expect(countryFor(['us', 'JP'], 'en')).toBe('US');
    expect(countryFor([], 'ja')).toBe('JP');
    expect(countryFor([], 'en')).toBeNull();
    expect(countryFor(['USA'], null)).toBeNull();
  });
});
