/**
 * The cache of the lexicon dispatch (lexicon.ts): for a dispatch entry (a character that begins some
 * rule) followed by two given characters, the rules that may match there. One table per dispatch,
 * flat: slots of three Int32 words (two key words, where the list starts) and the lists laid end to
 * end in one Int32Array as [length, rule, rule, …]. A Map per entry keyed by one number for the
 * triple took a heap number (above 2^31 for a kanji) to build and hash at every lookup, and the lists
 * were arrays scattered over the heap; here a lookup is integer arithmetic over two typed arrays.
 */
export interface RuleTable {
  /** Per slot: key word 1 (0: empty slot), key word 2, start of the list in `flat`. */
  slots: Int32Array;
  mask: number;
  size: number;
  flat: Int32Array;
  used: number;
}

/** Most triples a table holds before it is cleared (a hostile text could follow one character with many). */
const MAX_TRIPLES = 16384;
/** Most entries (characters that begin a rule, and their inside-a-word variants) a key can tell apart. */
export const MAX_ENTRY_IDS = 1 << 14;

/** An empty table of `capacity` slots (a power of two). */
export function ruleTable(capacity = 64): RuleTable {
  return {
    slots: new Int32Array(capacity * 3),
    mask: capacity - 1,
    size: 0,
    flat: new Int32Array(256),
    used: 0,
  };
}

/** First key word: entry id (below MAX_ENTRY_IDS) and the next code (-1 to 0xffff); never 0. */
function keyOf(id: number, next: number): number {
  return ((id + 1) << 17) | (next + 1);
}

/** The first slot to probe: a multiplicative hash, high bits folded down. */
function slotOf(k1: number, k2: number, mask: number): number {
  const h = Math.imul(k1, 0x9e3779b1) ^ Math.imul(k2 + 1, 0x85ebca77);
  return (h ^ (h >>> 16)) & mask;
}

/** Where the list for (entry `id`, `next`, `third`) starts in `t.flat`, or -1. */
export function ruleListAt(t: RuleTable, id: number, next: number, third: number): number {
  const slots = t.slots;
  const k1 = keyOf(id, next);
  for (let i = slotOf(k1, third, t.mask); ; i = (i + 1) & t.mask) {
    const s = slots[i * 3]!;
    if (s === 0) return -1;
    if (s === k1 && slots[i * 3 + 1] === third) return slots[i * 3 + 2]!;
  }
}

function insert(t: RuleTable, k1: number, k2: number, start: number): void {
  let i = slotOf(k1, k2, t.mask);
  while (t.slots[i * 3] !== 0) i = (i + 1) & t.mask;
  t.slots[i * 3] = k1;
  t.slots[i * 3 + 1] = k2;
  t.slots[i * 3 + 2] = start;
  t.size++;
}

/** Store the list for a triple not in the table; where it starts in `t.flat` (read `t.flat` after). */
export function addRuleList(
  t: RuleTable,
  id: number,
  next: number,
  third: number,
  list: readonly number[],
): number {
  if (t.size >= MAX_TRIPLES) Object.assign(t, ruleTable());
  else if ((t.size + 1) * 2 > t.mask + 1) {
    // Grow: half full at most, so that a probe soon meets an empty slot.
    const old = t.slots;
    t.slots = new Int32Array(old.length * 2);
    t.mask = (old.length / 3) * 2 - 1;
    t.size = 0;
    for (let i = 0; i < old.length; i += 3) if (old[i] !== 0) insert(t, old[i]!, old[i + 1]!, old[i + 2]!);
  }
  if (t.used + list.length + 1 > t.flat.length) {
    const grown = new Int32Array(Math.max(t.flat.length * 2, t.used + list.length + 1));
    grown.set(t.flat.subarray(0, t.used));
    t.flat = grown;
  }
  const start = t.used;
  t.flat[start] = list.length;
  for (let j = 0; j < list.length; j++) t.flat[start + 1 + j] = list[j]!;
  t.used += list.length + 1;
  insert(t, keyOf(id, next), third, start);
  return start;
}
