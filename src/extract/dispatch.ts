/**
 * The per-position dispatch of a lexicon (lexicon.ts): which rules may match at a position, told by
 * the character there and the next two, so that only those are tried (sticky).
 */

import { admitsCode, type CharClass, charClass } from './char-class.js';
import { GATE_MIN_CHARS, startsAtBoundary } from './first-chars.js';
import type { LexRule } from './lexicon.js';
import { addRuleList, MAX_ENTRY_IDS, type RuleTable, ruleListAt, ruleTable } from './pair-table.js';
import { matchPrefixes } from './prefixes.js';

/** Make every capturing group of a pattern source non-capturing (escaped parens untouched). */
export function uncapture(src: string): string {
  return src.replace(/(?<!\\)\((?!\?)/g, '(?:');
}

/**
 * A lexicon whose rules start with many different characters (a Japanese one: 100+ kanji and kana)
 * is slow to scan as one alternation: irregexp tries every branch at every position that one of
 * them can start at. Instead each position is looked up by its first three characters, and only the
 * rules whose matches can begin with them are tried there (sticky). Hits are the same, in the same
 * order: a rule cannot match where its first three characters do not stand.
 */
export interface Dispatch {
  /** Per rule, the classes its matches start with: the first character's, then the second's (null: any). */
  heads: { first: CharClass; codes: number[] | null; seconds: Second[] | null; nextMask: number[] }[][];
  /** Per rule, whether every match starts at `\b` (inside a word: the entry of `info`'s third word); null: none. */
  bounded: boolean[] | null;
  /**
   * Per character code, filled as characters are met: its entry's id + 1 (0: not met yet, or no rule
   * starts with it). An entry holds the rules that may start with the character and what they need next.
   */
  entryIds: Uint16Array;
  /** The entries by id (an entry inside a word, see `bounded`, has its own). */
  entryList: DispatchEntry[];
  /**
   * Per entry id, three words: the bits (code mod 64, as two words) of the characters that may follow
   * (unset: no rule can match), and the id of the entry inside a word (-1: none). Typed and flat, so
   * that the walk over every character reads no object.
   */
  info: Int32Array;
  /** A bit per character code, set when no rule starts with it: 8 kB read before `entryIds`. */
  none: Int32Array;
  /** By entry and the next two character codes, the rules that may match there (see rulesBefore). */
  lists: RuleTable;
  /** Per rule, its prefixes of up to five characters (null: not told), for the checks of rulesBefore. */
  deep: (DeepPrefix[] | null)[];
  /**
   * Per rule, its `deep` prefixes by the one character code their first character is (`rest`: those
   * that begin with a class), so that ruleWords() reads only the prefixes a character can begin.
   */
  deepByCode: ({ byCode: Map<number, DeepPrefix[]>; rest: DeepPrefix[] } | null)[];
  /**
   * The rules with a head whose first character is one code, by that code, and (`classHeads`) those
   * with a head that begins with a class: the only rules entryFor() need try for a character.
   */
  headRules: Map<number, number[]>;
  classHeads: number[];
}

/**
 * A prefix of a rule's matches, up to five characters: testers for the first three, and the codes the
 * fourth and fifth may be (null: a class, not read). `len` characters are required.
 */
interface DeepPrefix {
  tests: CharClass[];
  /** The codes the first character may be when it is one character (see literalCodes), else null. */
  firstCodes: number[] | null;
  len: number;
  fourth: number[] | null;
  fifth: number[] | null;
}

/** Words of a rule's entry in a list: the rule, then flags for a check on the 4th and 5th character. */
export const CHECK_4 = 1 << 16;
export const CHECK_5 = 1 << 17;
/** Words of one character check: a bit per code mod 256. */
export const CHECK_WORDS = 8;

/** A second character's class, and the classes of the third that may follow it (null: any). */
interface Second {
  cls: CharClass;
  thirds: CharClass[] | null;
  /** The codes the `thirds` admit when each is one character, else null: read `thirds`. */
  thirdCodes: number[] | null;
}

interface DispatchEntry {
  rules: { k: number; seconds: Second[] | null }[];
  /** The character code the entry's rules start with. */
  code: number;
  /** The entry's index in `entryList` and `info`, and its key in the dispatch's `lists`. */
  id: number;
}

const ALL_NEXT = [-1, -1];

/**
 * Mask words (code mod 64) of the second characters `frags` admit; all bits when one is a class
 * (or, ignoring case, anything but an ASCII letter).
 */
function nextMask(frags: (string | null)[], ignoreCase: boolean): number[] {
  const m = [0, 0];
  for (const f of frags) {
    // A single character stands for itself; a range, escape or several characters are not read.
    if (f === null || f.length !== 1) return ALL_NEXT;
    // Ignoring case, an ASCII letter stands for both of its cases; any other character is not read.
    const cases = ignoreCase ? (/^[A-Za-z]$/.test(f) ? [f.toLowerCase(), f.toUpperCase()] : null) : [f];
    if (cases === null) return ALL_NEXT;
    for (const x of cases) {
      const b = x.charCodeAt(0) & 63;
      m[b >> 5]! |= 1 << (b & 31);
    }
  }
  return m;
}

/**
 * The codes a class fragment stands for when it is one character (ignoring case, an ASCII letter's
 * two cases; any other character under `i` is not read), else null.
 */
function literalCodes(frag: string, ignoreCase: boolean): number[] | null {
  let ch: string;
  // Alone in a class, these do not stand for themselves (`[^]`, `[]]`, `[[]`, `[\\]`).
  if (frag.length === 1 && '^]\\['.includes(frag)) return null;
  if (frag.length === 1) ch = frag;
  else if (frag.length === 2 && frag[0] === '\\' && /[^\w\s]/.test(frag[1]!) && frag.charCodeAt(1) < 128)
    ch = frag[1]!;
  else return null;
  const c = ch.charCodeAt(0);
  if (!ignoreCase) return [c];
  if (/^[A-Za-z]$/.test(ch)) return [ch.toLowerCase().charCodeAt(0), ch.toUpperCase().charCodeAt(0)];
  return c < 128 ? [c] : null;
}

/** The dispatch (null: none); `words`: also with few first characters (case-blind English rules). */
export function buildDispatch<K>(rules: LexRule<K>[], flags: string, words = false): Dispatch | null {
  const base = flags.replace(/[gy]/g, '');
  if (base.includes('u') || base.includes('v')) return null;
  const ignoreCase = base.includes('i');
  const testers = new Map<string, CharClass>();
  const tester = (frag: string): CharClass => {
    let cls = testers.get(frag);
    if (!cls) {
      cls = charClass(frag, base, literalCodes(frag, ignoreCase));
      testers.set(frag, cls);
    }
    return cls;
  };
  const heads: Dispatch['heads'] = [];
  const deep: Dispatch['deep'] = [];
  const units = new Set<string>();
  for (const r of rules) {
    const src = uncapture(r.re.source);
    const five = matchPrefixes(src, 5);
    deep.push(
      five?.every((p) => p.chars.length > 0)
        ? five.map((p) => ({
            tests: p.chars.slice(0, 3).map(tester),
            firstCodes: literalCodes(p.chars[0]!, ignoreCase),
            len: p.chars.length,
            fourth: p.chars.length >= 4 ? literalCodes(p.chars[3]!, ignoreCase) : null,
            fifth: p.chars.length >= 5 ? literalCodes(p.chars[4]!, ignoreCase) : null,
          }))
        : null,
    );
    // Three characters where the pattern tells them (one pass of the parser); else two, as
    // matchPrefixes falls back to one character when it cannot read that far.
    const three = matchPrefixes(src, 3);
    const prefixes = three?.some((p) => p.chars.length >= 2) ? three : matchPrefixes(src);
    if (prefixes === null) return null;
    // First character → second (null: any) → thirds (null: any).
    const byFirst = new Map<string, Map<string | null, (string | null)[]>>();
    for (const p of prefixes) {
      let secs = byFirst.get(p.chars[0]!);
      if (!secs) {
        secs = new Map();
        byFirst.set(p.chars[0]!, secs);
      }
      const second = p.chars[1] ?? null;
      const thirds = secs.get(second) ?? [];
      thirds.push(p.chars[2] ?? null);
      secs.set(second, thirds);
      units.add(p.chars[0]!);
    }
    heads.push(
      [...byFirst].map(([f, secs]) => ({
        first: tester(f),
        codes: literalCodes(f, ignoreCase),
        seconds: secs.has(null)
          ? null
          : [...secs].map(([sf, thirds]) => {
              const distinct = thirds.includes(null) ? null : [...new Set(thirds as string[])];
              const thirdCodes = distinct?.map((t) => literalCodes(t, ignoreCase));
              return {
                cls: tester(sf!),
                thirds: distinct === null ? null : distinct.map(tester),
                thirdCodes:
                  thirdCodes === undefined || thirdCodes.includes(null)
                    ? null
                    : (thirdCodes as number[][]).flat(),
              };
            }),
        nextMask: nextMask([...secs.keys()], base.includes('i')),
      })),
    );
  }
  // Few first characters: irregexp's own start scan is the faster way (see first-chars.ts).
  if (units.size < GATE_MIN_CHARS && !words) return null;
  const bounded = rules.map((r) => startsAtBoundary(uncapture(r.re.source)));
  const headRules = new Map<number, number[]>();
  const classHeads: number[] = [];
  heads.forEach((hs, k) => {
    let cls = false;
    for (const h of hs) {
      if (h.codes === null) cls = true;
      else
        for (const c of h.codes) {
          const list = headRules.get(c) ?? [];
          if (list[list.length - 1] !== k) list.push(k);
          headRules.set(c, list);
        }
    }
    if (cls) classHeads.push(k);
  });
  const deepByCode = deep.map((ps) => {
    if (ps === null) return null;
    const byCode = new Map<number, DeepPrefix[]>();
    const rest: DeepPrefix[] = [];
    for (const p of ps) {
      if (p.firstCodes === null) rest.push(p);
      else
        for (const c of new Set(p.firstCodes)) {
          const list = byCode.get(c) ?? [];
          list.push(p);
          byCode.set(c, list);
        }
    }
    return { byCode, rest };
  });
  return {
    heads,
    bounded: bounded.includes(true) ? bounded : null,
    entryIds: new Uint16Array(65536),
    entryList: [],
    info: new Int32Array(3 * 64),
    none: new Int32Array(2048),
    lists: ruleTable(),
    deep,
    deepByCode,
    headRules,
    classHeads,
  };
}

/** The id of the dispatch entry of character code `c` (-1: no rule starts with it). */
export function entryIdOf(d: Dispatch, c: number): number {
  // Past the ids a key can hold (a hostile text with thousands of distinct first characters), the
  // entries and their lists start again empty and ids are reused.
  if (d.entryList.length + 2 > MAX_ENTRY_IDS) {
    d.entryIds.fill(0);
    d.entryList = [];
    d.lists = ruleTable();
  }
  const e = entryFor(d, c, false);
  if (e === null) {
    d.none[c >> 5]! |= 1 << (c & 31);
    return -1;
  }
  const inner = d.bounded === null ? e : entryFor(d, c, true);
  d.info[e.id * 3 + 2] = inner === null ? -1 : inner.id;
  d.entryIds[c] = e.id + 1;
  return e.id;
}

/**
 * The entry of character code `c` over all rules, or (`inner`) the rules not bounded by `\b`, added
 * to the dispatch's entries (null: no rule).
 */
function entryFor(d: Dispatch, c: number, inner: boolean): DispatchEntry | null {
  const rules: DispatchEntry['rules'] = [];
  let nextLo = 0;
  let nextHi = 0;
  // Only the rules that may start with `c` (a head of that code, or one beginning with a class).
  for (const k of rulesFor(d, c)) {
    if (inner && d.bounded?.[k]) continue;
    let seconds: Second[] | null = [];
    let starts = false;
    for (const h of d.heads[k]!) {
      if (!admitsCode(h.first, c)) continue;
      starts = true;
      nextLo |= h.nextMask[0]!;
      nextHi |= h.nextMask[1]!;
      if (h.seconds === null) {
        seconds = null;
        break;
      }
      seconds.push(...h.seconds);
    }
    if (starts) rules.push({ k, seconds });
  }
  if (rules.length === 0) return null;
  const id = d.entryList.length;
  d.entryList.push({ rules, code: c, id });
  if (d.info.length < (id + 1) * 3) {
    const grown = new Int32Array(d.info.length * 2);
    grown.set(d.info);
    d.info = grown;
  }
  d.info[id * 3] = nextLo;
  d.info[id * 3 + 1] = nextHi;
  d.info[id * 3 + 2] = id;
  return { rules, code: c, id };
}

/** The rules entryFor() tries for code `c`, ascending: those with a head of that code or of a class. */
function rulesFor(d: Dispatch, c: number): number[] {
  const own = d.headRules.get(c);
  if (own === undefined) return d.classHeads;
  if (d.classHeads.length === 0) return own;
  return [...new Set([...own, ...d.classHeads])].sort((a, b) => a - b);
}

/** Whether character code `c` is a word character of `\b` (non-unicode: ASCII letters, digits, _). */
export function isWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
}

/** Whether a rule's second-character classes admit `next`, then `third` (-1: the text ends). */
function admits(seconds: Second[], next: number, third: number): boolean {
  if (next < 0) return false;
  for (const s of seconds) {
    if (!admitsCode(s.cls, next)) continue;
    if (s.thirds === null) return true;
    if (third < 0) continue;
    if (s.thirdCodes === null ? s.thirds.some((t) => admitsCode(t, third)) : s.thirdCodes.includes(third))
      return true;
  }
  return false;
}

/**
 * The words of rule `k` in the list for code `c` followed by `next`, then `third`: the rule with the
 * flags of the checks that follow — a bit per code (mod 256) that the fourth, then the fifth
 * character may be when every prefix of the rule's matches that begins with those three characters
 * is that long and names it as one character. A rule cannot match where its check fails.
 */
function ruleWords(d: Dispatch, k: number, c: number, next: number, third: number): number[] {
  const indexed = d.deepByCode[k];
  if (!indexed) return [k];
  // The prefixes whose first character may be `c`: of its code, or of a class.
  const own = indexed.byCode.get(c);
  const prefixes =
    own === undefined ? indexed.rest : indexed.rest.length === 0 ? own : [...own, ...indexed.rest];
  const codes = [c, next, third];
  const m4 = new Array<number>(CHECK_WORDS).fill(0);
  const m5 = new Array<number>(CHECK_WORDS).fill(0);
  let check4 = true;
  let check5 = true;
  for (const p of prefixes) {
    let fits = true;
    for (let i = 0; i < p.tests.length && fits; i++) fits = admitsCode(p.tests[i]!, codes[i]!);
    if (!fits) continue;
    if (p.len < 4 || p.fourth === null) check4 = false;
    else for (const x of p.fourth) m4[(x & 255) >> 5]! |= 1 << (x & 31);
    if (p.len < 5 || p.fifth === null) check5 = false;
    else for (const x of p.fifth) m5[(x & 255) >> 5]! |= 1 << (x & 31);
  }
  const out = [k | (check4 ? CHECK_4 : 0) | (check5 ? CHECK_5 : 0)];
  if (check4) out.push(...m4);
  if (check5) out.push(...m5);
  return out;
}

/**
 * Rules of entry `e` that may match where its character is followed by `next`, then `third` (-1:
 * the text ends), as words: each rule with its checks on the next two characters (see ruleWords).
 */
export function rulesBefore(d: Dispatch, id: number, next: number, third: number): number {
  const at = ruleListAt(d.lists, id, next, third);
  if (at >= 0) return at;
  const list: number[] = [];
  const entry = d.entryList[id]!;
  for (const { k, seconds } of entry.rules)
    if (seconds === null || admits(seconds, next, third))
      list.push(...ruleWords(d, k, entry.code, next, third));
  return addRuleList(d.lists, id, next, third, list);
}
