import { describe, expect, it } from 'vitest';
import { isId, newId } from './ids.js';

describe('newId', () => {
  it('is a UUIDv7 whose first 48 bits are the creation time in milliseconds', () => {
    const before = Date.now();
    const id = newId();
    const after = Date.now();
    expect(isId(id)).toBe(true);
    expect(id[14]).toBe('7'); // version
    expect('89ab').toContain(id[19]!); // RFC 9562 variant
    const ms = Number.parseInt(id.slice(0, 8) + id.slice(9, 13), 16);
    expect(ms).toBeGreaterThanOrEqual(before);
    expect(ms).toBeLessThanOrEqual(after);
  });

  it('never repeats, across more ids than the random pool holds', () => {
    const ids = new Set<string>();
    for (let i = 0; i < 50_000; i++) ids.add(newId());
    expect(ids.size).toBe(50_000);
  });

  it('sorts by creation time across milliseconds', async () => {
    const a = newId();
    await new Promise((r) => setTimeout(r, 3));
    const b = newId();
    expect(a < b).toBe(true);
  });
});
