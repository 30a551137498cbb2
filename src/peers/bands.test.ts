import { describe, expect, it } from 'vitest';
import { bandDistance, sizeBand } from './bands.js';
import { sectorOf } from './sector.js';
import { distribution } from './stats.js';

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
  it('gives n, median and quartiles', () => {
    expect(distribution([30, 1, null, 14, 3])).toEqual({ n: 4, median: 8.5, p25: 2.5, p75: 18 });
    expect(distribution([5])).toEqual({ n: 1, median: 5, p25: 5, p75: 5 });
    expect(distribution([null])).toBeNull();
  });
});

describe('sectorOf', () => {
  it('reads sectors from organisation names', () => {
    expect(sectorOf('サンプル市')).toBe('government');
    expect(sectorOf('サンプル県教育委員会')).toBe('government');
    expect(sectorOf('サンプル町役場')).toBe('government');
    expect(sectorOf('サンプル市立病院')).toBe('healthcare');
    expect(sectorOf('医療法人サンプル会')).toBe('healthcare');
    expect(sectorOf('学校法人サンプル学園 サンプル大学')).toBe('education');
    expect(sectorOf('サンプル高校')).toBe('education');
    expect(sectorOf('一般社団法人サンプル協会')).toBe('association');
    expect(sectorOf('サンプル農業協同組合')).toBe('association');
    expect(sectorOf('株式会社サンプル商事')).toBe('business');
    expect(sectorOf('株式会社サンプル市場')).toBe('business');
    expect(sectorOf('Example Widgets Inc.')).toBe('business');
    expect(sectorOf('Example Health Partners')).toBe('healthcare');
    expect(sectorOf('サンプル')).toBe('other');
    expect(sectorOf(null)).toBe('other');
  });
});
