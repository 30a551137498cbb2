import { describe, expect, it } from 'vitest';
import { pairGet, pairSet, pairTable } from './pair-table.js';

describe('pair table', () => {
  it('returns what was stored for each pair, the text end (-1) included', () => {
    const t = pairTable();
    const pairs: [number, number][] = [];
    for (let x = -1; x < 40; x++) for (const y of [-1, 0x3042, 0x4e00 + x, 0xffff]) pairs.push([x * 977, y]);
    for (const [x, y] of pairs) {
      expect(pairGet(t, x, y)).toBeUndefined();
      pairSet(t, x, y, [x, y]);
    }
    for (const [x, y] of pairs) expect(pairGet(t, x, y)).toEqual([x, y]);
    expect(pairGet(t, 5, 5)).toBeUndefined();
  });
  it('starts again empty when full, and keeps working', () => {
    const t = pairTable();
    for (let i = 0; i < 4096; i++) pairSet(t, 0x4e00 + (i % 64), 0x4e00 + (i >> 6), [i]);
    expect(pairGet(t, 0x4e00 + 1, 0x4e00)).toEqual([1]);
    pairSet(t, 7, 8, [78]);
    expect(t.size).toBe(1);
    expect(pairGet(t, 0x4e00 + 1, 0x4e00)).toBeUndefined();
    expect(pairGet(t, 7, 8)).toEqual([78]);
  });
});
