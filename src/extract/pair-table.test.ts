import { describe, expect, it } from 'vitest';
import { addRuleList, ruleListAt, ruleTable } from './pair-table.js';

const listAt = (t: ReturnType<typeof ruleTable>, at: number) => [
  ...t.flat.subarray(at + 1, at + 1 + t.flat[at]!),
];

describe('rule table', () => {
  it('returns the list stored for each triple, the text end (-1) and empty lists included', () => {
    const t = ruleTable();
    const triples: [number, number, number][] = [];
    for (let id = 0; id < 30; id++)
      for (const next of [-1, 0x3042, 0xffff])
        for (const third of [-1, 0x4e00 + id, 0xffff]) triples.push([id, next, third]);
    for (const [id, next, third] of triples) {
      expect(ruleListAt(t, id, next, third)).toBe(-1);
      addRuleList(t, id, next, third, id % 3 === 0 ? [] : [id, next, third]);
    }
    for (const [id, next, third] of triples)
      expect(listAt(t, ruleListAt(t, id, next, third))).toEqual(id % 3 === 0 ? [] : [id, next, third]);
    expect(ruleListAt(t, 31, 5, 5)).toBe(-1);
  });
  it('starts again empty when full, and keeps working', () => {
    const t = ruleTable();
    for (let i = 0; i < 16384; i++) addRuleList(t, i % 7, 0x4e00 + (i % 128), 0x4e00 + (i >> 7), [i]);
    expect(listAt(t, ruleListAt(t, 1, 0x4e01, 0x4e00))).toEqual([1]);
    const at = addRuleList(t, 2, 7, 8, [78]);
    expect(t.size).toBe(1);
    expect(ruleListAt(t, 1, 0x4e01, 0x4e00)).toBe(-1);
    expect(listAt(t, at)).toEqual([78]);
  });
});
