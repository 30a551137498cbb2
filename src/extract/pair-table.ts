/**
 * A small cache keyed by a pair of character codes, for the lexicon dispatch (lexicon.ts): the rules
 * that may match where a character is followed by two given ones.
 */

/**
 * A cache from a pair of character codes (each -1 to 0xffff) to a rule list: open addressing over
 * two Int32Arrays. A Map keyed by one number for the pair took a heap number (above 2^31 for a
 * kanji) to build and hash at every lookup; here the lookup is integer arithmetic only.
 */
export interface PairTable {
  /** Per slot the first code + 2 (0: empty slot), and the second code. */
  a: Int32Array;
  b: Int32Array;
  lists: number[][];
  size: number;
  mask: number;
}

/** Most pairs a table holds before it is cleared (a hostile text could follow one character with many). */
const PAIR_TABLE_MAX = 4096;

/** An empty table of `capacity` slots (a power of two). */
export function pairTable(capacity = 16): PairTable {
  return {
    a: new Int32Array(capacity),
    b: new Int32Array(capacity),
    lists: new Array<number[]>(capacity),
    size: 0,
    mask: capacity - 1,
  };
}

/** The first slot to probe for (x, y): a multiplicative hash, high bits folded down. */
function pairSlot(x: number, y: number, mask: number): number {
  const h = Math.imul(x, 0x9e3779b1) ^ Math.imul(y + 1, 0x85ebca77);
  return (h ^ (h >>> 16)) & mask;
}

/** The list stored for (x, y), or undefined. */
export function pairGet(t: PairTable, x: number, y: number): number[] | undefined {
  const a = t.a;
  const key = x + 2;
  for (let i = pairSlot(x, y, t.mask); ; i = (i + 1) & t.mask) {
    const ai = a[i]!;
    if (ai === 0) return undefined;
    if (ai === key && t.b[i] === y) return t.lists[i];
  }
}

/** Store a list for (x, y), a pair not in the table. */
export function pairSet(t: PairTable, x: number, y: number, list: number[]): void {
  if (t.size >= PAIR_TABLE_MAX) Object.assign(t, pairTable());
  else if ((t.size + 1) * 2 > t.a.length) {
    // Grow: half full at most, so that a probe soon meets an empty slot.
    const old = { ...t };
    Object.assign(t, pairTable(t.a.length * 2));
    for (let i = 0; i < old.a.length; i++)
      if (old.a[i] !== 0) pairSet(t, old.a[i]! - 2, old.b[i]!, old.lists[i]!);
  }
  let i = pairSlot(x, y, t.mask);
  while (t.a[i] !== 0) i = (i + 1) & t.mask;
  t.a[i] = x + 2;
  t.b[i] = y;
  t.lists[i] = list;
  t.size++;
}
