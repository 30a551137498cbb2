import { describe, expect, it } from 'vitest';
import { RandomPool } from './random-pool.js';

describe('RandomPool', () => {
  it('never hands out the same bytes twice, across refills', () => {
    const pool = new RandomPool(64);
    const seen = new Set<string>();
    for (let i = 0; i < 200; i++) {
      const slice = pool.take(16).toString('hex');
      expect(seen.has(slice)).toBe(false);
      seen.add(slice);
    }
  });

  it('serves a request larger than the pool straight from the CSPRNG', () => {
    const pool = new RandomPool(32);
    const big = pool.take(100);
    expect(big).toHaveLength(100);
    expect(new Set(big).size).toBeGreaterThan(20);
  });

  it('gives bytes that look uniform (every value of a byte appears in 64 KiB)', () => {
    const pool = new RandomPool();
    const counts = new Array<number>(256).fill(0);
    for (let i = 0; i < 16; i++) for (const b of pool.take(4096)) counts[b]!++;
    expect(Math.min(...counts)).toBeGreaterThan(150);
    expect(Math.max(...counts)).toBeLessThan(380);
  });
});
