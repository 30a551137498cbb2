/**
 * Many keyword rules compiled into one alternation, each rule in its own capture group, so that a
 * text is scanned once instead of once per rule. Groups inside a rule are made non-capturing.
 * Scanning restarts one character after each match start, so a later rule can still match text
 * that overlaps an earlier match.
 */

import { firstChars, GATE_MIN_CHARS, gatedSource, startsAtBoundary } from './first-chars.js';
import { addRuleList, MAX_ENTRY_IDS, type RuleTable, ruleListAt, ruleTable } from './pair-table.js';
import { matchPrefixes } from './prefixes.js';

export interface LexRule<K> {
  key: K;
  re: RegExp;
}

export interface Lexicon<K> {
  re: RegExp;
  /**
   * `re` without its capture groups: finds where a hit starts (the rule is then told by the sticky
   * patterns), so that no match array with one slot per rule is built for each hit.
   */
  find: RegExp;
  rules: LexRule<K>[];
  /** Each rule alone, sticky, to find other rules matching where an earlier one did. */
  sticky: RegExp[];
  /** The characters each rule can start with (null: any), to try only rules that can match at a hit. */
  starts: (RegExp | null)[];
  /** Rule indices that can start with a character, filled as characters are met. */
  byStart: Map<string, number[]>;
  /** Per-position dispatch on the first two characters, for lexicons with many first characters. */
  dispatch: Dispatch | null;
}

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
interface Dispatch {
  /** Per rule, the classes its matches start with: the first character's, then the second's (null: any). */
  heads: { first: RegExp; seconds: Second[] | null; nextMask: number[] }[][];
  /** Per rule, whether every match starts at `\b` (inside a word: the entry's `inner`); null: none. */
  bounded: boolean[] | null;
  /**
   * Per character code, filled as characters are met: null when no rule starts with it, else the
   * rules that may and what they need next, and by next character code (-1: the text ends) the
   * rules that may match there.
   */
  entries: (DispatchEntry | null | undefined)[];
  /** A bit per character code, set when no rule starts with it: 8 kB read instead of `entries`' 256 kB. */
  none: Int32Array;
  /** By entry and the next two character codes, the rules that may match there (see rulesBefore). */
  lists: RuleTable;
  /** Entries made so far (each has its id). */
  ids: number;
}

/** A second character's class, and the classes of the third that may follow it (null: any). */
interface Second {
  re: RegExp;
  thirds: RegExp[] | null;
}

interface DispatchEntry {
  rules: { k: number; seconds: Second[] | null }[];
  /** The entry's key in the dispatch's `lists`. */
  id: number;
  /** Bits (code mod 64, as two words) of the characters that may follow; unset: no rule can match. */
  nextLo: number;
  nextHi: number;
  /** The same for a position inside a word (see Dispatch.bounded): the unbounded rules only. */
  inner: DispatchEntry | null;
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

/** The dispatch (null: none); `words`: also with few first characters (case-blind English rules). */
function buildDispatch<K>(rules: LexRule<K>[], flags: string, words = false): Dispatch | null {
  const base = flags.replace(/[gy]/g, '');
  if (base.includes('u') || base.includes('v')) return null;
  const testers = new Map<string, RegExp>();
  const tester = (frag: string): RegExp => {
    let re = testers.get(frag);
    if (!re) {
      re = new RegExp(`[${frag}]`, base);
      testers.set(frag, re);
    }
    return re;
  };
  const heads: Dispatch['heads'] = [];
  const units = new Set<string>();
  for (const r of rules) {
    const src = uncapture(r.re.source);
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
        seconds: secs.has(null)
          ? null
          : [...secs].map(([sf, thirds]) => ({
              re: tester(sf!),
              thirds: thirds.includes(null) ? null : [...new Set(thirds as string[])].map(tester),
            })),
        nextMask: nextMask([...secs.keys()], base.includes('i')),
      })),
    );
  }
  // Few first characters: irregexp's own start scan is the faster way (see first-chars.ts).
  if (units.size < GATE_MIN_CHARS && !words) return null;
  const bounded = rules.map((r) => startsAtBoundary(uncapture(r.re.source)));
  return {
    heads,
    bounded: bounded.includes(true) ? bounded : null,
    entries: new Array(65536).fill(undefined),
    none: new Int32Array(2048),
    lists: ruleTable(),
    ids: 0,
  };
}

/** The dispatch entry of character code `c` (null: no rule starts with it). */
function entryOf(d: Dispatch, c: number): DispatchEntry | null {
  // Past the ids a key can hold (a hostile text with thousands of distinct first characters), the
  // entries and their lists start again empty and ids are reused.
  if (d.ids + 2 > MAX_ENTRY_IDS) {
    d.entries.fill(undefined);
    d.lists = ruleTable();
    d.ids = 0;
  }
  const e = entryFor(d, c, false);
  if (e !== null) e.inner = d.bounded === null ? e : entryFor(d, c, true);
  d.entries[c] = e;
  if (e === null) d.none[c >> 5]! |= 1 << (c & 31);
  return e;
}

/** The entry of character code `c` over all rules, or (`inner`) the rules not bounded by `\b`. */
function entryFor(d: Dispatch, c: number, inner: boolean): DispatchEntry | null {
  const ch = String.fromCharCode(c);
  const rules: DispatchEntry['rules'] = [];
  let nextLo = 0;
  let nextHi = 0;
  for (let k = 0; k < d.heads.length; k++) {
    if (inner && d.bounded?.[k]) continue;
    let seconds: Second[] | null = [];
    let starts = false;
    for (const h of d.heads[k]!) {
      if (!h.first.test(ch)) continue;
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
  return rules.length > 0 ? { rules, id: d.ids++, nextLo, nextHi, inner: null } : null;
}

/** Whether character code `c` is a word character of `\b` (non-unicode: ASCII letters, digits, _). */
function isWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
}

/** Whether a rule's second-character classes admit `next`, then `third` (-1: the text ends). */
function admits(seconds: Second[], next: number, third: number): boolean {
  if (next < 0) return false;
  const ch = String.fromCharCode(next);
  const ch3 = third < 0 ? '' : String.fromCharCode(third);
  for (const s of seconds) {
    if (!s.re.test(ch)) continue;
    if (s.thirds === null || (third >= 0 && s.thirds.some((re) => re.test(ch3)))) return true;
  }
  return false;
}

/**
 * Rules of entry `e` that may match where its character is followed by `next`, then `third` (-1:
 * the text ends).
 */
function rulesBefore(d: Dispatch, e: DispatchEntry, next: number, third: number): number {
  const at = ruleListAt(d.lists, e.id, next, third);
  if (at >= 0) return at;
  const list: number[] = [];
  for (const { k, seconds } of e.rules) if (seconds === null || admits(seconds, next, third)) list.push(k);
  return addRuleList(d.lists, e.id, next, third, list);
}

/**
 * `src` (the alternation of `rules`) gated as gatedSource() does; when that leaves it as it is
 * because a few rules do not start at a word boundary, behind a lookahead that lets through a
 * boundary or one of those few rules' first characters (most positions inside a word are passed
 * over with one test).
 */
function gatedLexicon<K>(rules: LexRule<K>[], src: string): string {
  const gated = gatedSource(src);
  if (gated !== src) return gated;
  const frags: string[] = [];
  let bounded = 0;
  for (const r of rules) {
    const own = uncapture(r.re.source);
    if (startsAtBoundary(own)) {
      bounded++;
      continue;
    }
    const f = firstChars(own);
    if (f === null || f.length === 0) return src;
    frags.push(...f);
  }
  if (bounded === 0 || frags.length === 0) return src;
  return `(?=\\b|[${[...new Set(frags)].join('')}])(?:${src})`;
}

/**
 * Compile rules into one global pattern (`gate`: behind gatedLexicon(); `words`: dispatched per
 * position even with few first characters, see buildDispatch).
 *
 * @example compileLexicon([{ key: 'a', re: /x/ }], 'i')
 */
export function compileLexicon<K>(
  rules: LexRule<K>[],
  flags = 'gi',
  gate = false,
  words = gate && flags.includes('i'),
): Lexicon<K> {
  const src = rules.map((r) => `(${uncapture(r.re.source)})`).join('|');
  const base = flags.replace('g', '');
  const re = new RegExp(gate ? gatedLexicon(rules, src) : src, flags.includes('g') ? flags : `${flags}g`);
  return {
    re,
    find: new RegExp(uncapture(re.source), re.flags),
    rules,
    sticky: rules.map((r) => new RegExp(uncapture(r.re.source), `${base}y`)),
    starts: rules.map((r) => {
      const frags = firstChars(r.re.source);
      return frags === null ? null : new RegExp(`^[${frags.join('')}]$`, base);
    }),
    byStart: new Map(),
    dispatch: buildDispatch(rules, flags, words),
  };
}

/** Indices of the rules that can start with character `c`, ascending. */
function rulesStartingWith<K>(lex: Lexicon<K>, c: string): number[] {
  let list = lex.byStart.get(c);
  if (list === undefined) {
    list = [];
    for (let k = 0; k < lex.rules.length; k++) {
      const st = lex.starts[k];
      if (st === null || st === undefined || st.test(c)) list.push(k);
    }
    // Bounded: a text's distinct characters are few, but a hostile one could hold many.
    if (lex.byStart.size < 4096) lex.byStart.set(c, list);
  }
  return list;
}

export interface LexHit<K> {
  rule: LexRule<K>;
  index: number;
  match: string;
}

/**
 * Every hit of a lexicon in `text`, in order. `skip(rule)` true leaves that rule's further hits out
 * (a caller that keeps one hit per rule says so once it has it), which saves trying it again.
 */
export function* scanLexicon<K>(
  lex: Lexicon<K>,
  text: string,
  skip?: (rule: LexRule<K>) => boolean,
): Generator<LexHit<K>> {
  if (lex.dispatch) {
    yield* scanDispatched(lex, lex.dispatch, text, skip);
    return;
  }
  // Where some rule matches; there, every rule that can start with that character is tried in
  // order (the first to match is the one the alternation reports, with the same text), so a rule
  // that a hit would hide is seen too.
  const re = lex.find;
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const at = m.index;
    for (const k of rulesStartingWith(lex, text[at]!)) {
      if (skip?.(lex.rules[k]!)) continue;
      const st = lex.sticky[k]!;
      st.lastIndex = at;
      const sm = st.exec(text);
      if (sm) yield { rule: lex.rules[k]!, index: at, match: sm[0] };
    }
    re.lastIndex = at + 1;
  }
}

/** Where a dispatched scan stands: the position, the next index into its rule list, and the last hit. */
interface Cursor {
  p: number;
  j: number;
  k: number;
  match: string;
}

/**
 * Advance `cur` to the next hit of the dispatch: from position `cur.p`, trying there the rules its
 * two characters admit from list index `cur.j` on (later positions: all of theirs). On a hit,
 * `cur.k` is the rule, `cur.match` the matched text and `cur.j` the list index after it; false at
 * the end of the text. `skip(rule)` true passes a rule over.
 */
function nextDispatched<K>(
  lex: Lexicon<K>,
  d: Dispatch,
  text: string,
  cur: Cursor,
  skip?: (rule: LexRule<K>) => boolean,
): boolean {
  const n = text.length;
  const entries = d.entries;
  const none = d.none;
  let j = cur.j;
  for (let p = cur.p; p < n; p++, j = 0) {
    const c = text.charCodeAt(p);
    if ((none[c >> 5]! & (1 << (c & 31))) !== 0) continue;
    let e = entries[c];
    if (e === undefined) e = entryOf(d, c);
    if (e === null) continue;
    // Inside a word (no boundary before p), the rules that start at one cannot match.
    if (d.bounded !== null && p > 0 && isWordChar(c) === isWordChar(text.charCodeAt(p - 1))) {
      e = e.inner;
      if (e === null) continue;
    }
    const next = p + 1 < n ? text.charCodeAt(p + 1) : -1;
    // Most characters that begin a rule are not followed by what it needs: one bit test says so.
    if (next >= 0 && (((next & 32) === 0 ? e.nextLo : e.nextHi) & (1 << (next & 31))) === 0) continue;
    const at = rulesBefore(d, e, next, next >= 0 && p + 2 < n ? text.charCodeAt(p + 2) : -1);
    // The rules' indices: flat[at + 1 …], flat[at] of them (read after rulesBefore, which may grow it).
    const flat = d.lists.flat;
    const count = flat[at]!;
    for (; j < count; j++) {
      const k = flat[at + 1 + j]!;
      if (skip?.(lex.rules[k]!)) continue;
      const st = lex.sticky[k]!;
      st.lastIndex = p;
      const m = st.exec(text);
      if (m) {
        cur.p = p;
        cur.j = j + 1;
        cur.k = k;
        cur.match = m[0];
        return true;
      }
    }
  }
  cur.p = n;
  return false;
}

/** scanLexicon() by per-position dispatch: at each position, the rules its two characters admit. */
function* scanDispatched<K>(
  lex: Lexicon<K>,
  d: Dispatch,
  text: string,
  skip?: (rule: LexRule<K>) => boolean,
): Generator<LexHit<K>> {
  const cur: Cursor = { p: 0, j: 0, k: 0, match: '' };
  while (nextDispatched(lex, d, text, cur, skip))
    yield { rule: lex.rules[cur.k]!, index: cur.p, match: cur.match };
}

/**
 * The lexicon as one alternation of its rules (each in its own group) would report its next match
 * from `from`: the leftmost position where some rule matches, and there the first rule in order.
 * Needs the lexicon's dispatch.
 */
function firstHitFrom<K>(lex: Lexicon<K>, d: Dispatch, text: string, from: number): RegExpExecArray | null {
  const cur: Cursor = { p: from, j: 0, k: 0, match: '' };
  if (!nextDispatched(lex, d, text, cur)) return null;
  // Shaped as the alternation's match: the whole match, then one entry per rule's group.
  const out = new Array<string | undefined>(lex.rules.length + 1).fill(undefined) as RegExpExecArray;
  out[0] = cur.match;
  out[cur.k + 1] = cur.match;
  out.index = cur.p;
  out.input = text;
  out.groups = undefined;
  return out;
}

/**
 * A global RegExp for the alternation of a lexicon's rules, each in its own capture group, whose
 * exec finds its matches by the lexicon's dispatch (see Dispatch). exec/test and lastIndex behave
 * as the plain pattern's; the match array holds the whole match and the matching rule's group.
 */
class DispatchedRegExp<K> extends RegExp {
  // Copies made by split/matchAll are plain patterns (same matches).
  static override get [Symbol.species](): RegExpConstructor {
    return RegExp;
  }

  constructor(
    source: string,
    flags: string,
    readonly lex: Lexicon<K>,
    readonly d: Dispatch,
  ) {
    super(source, flags);
  }

  override exec(s: string): RegExpExecArray | null {
    const text = String(s);
    if (this.lastIndex > text.length) {
      this.lastIndex = 0;
      return null;
    }
    const m = firstHitFrom(this.lex, this.d, text, this.lastIndex);
    this.lastIndex = m ? m.index + m[0].length : 0;
    return m;
  }

  override test(s: string): boolean {
    return this.exec(s) !== null;
  }
}

/** A hit of an alternation's rules: the rule's index, where it starts and what it matched. */
export interface RuleHit {
  k: number;
  index: number;
  match: string;
}

/**
 * The next hit at or after `from` of a pattern made by alternation(), written into `into` (false:
 * none): the same hit as setting `lastIndex = from` and calling exec() (`k` is the index of the
 * capture group that holds it, less one), without building the match array — one slot per rule for
 * a dispatched pattern.
 */
export function nextRuleHit(re: RegExp, text: string, from: number, into: RuleHit): boolean {
  if (re instanceof DispatchedRegExp) {
    if (from > text.length) return false;
    const cur: Cursor = { p: from, j: 0, k: 0, match: '' };
    if (!nextDispatched(re.lex, re.d, text, cur)) return false;
    into.k = cur.k;
    into.index = cur.p;
    into.match = cur.match;
    return true;
  }
  re.lastIndex = from;
  const m = re.exec(text);
  if (m === null) return false;
  let gi = 1;
  while (gi < m.length && m[gi] === undefined) gi++;
  into.k = gi - 1;
  into.index = m.index;
  into.match = m[0];
  return true;
}

/**
 * One global pattern of keyword sources, each in its own capture group (the class of a match is
 * the group that holds it), found by per-position dispatch when its rules start with many
 * characters; else the plain gated pattern.
 *
 * @example alternation(['氏名', '住所']).exec('住所と氏名')?.[2] // → '住所'
 */
export function alternation(sources: string[], flags = 'g'): RegExp {
  const src = gatedSource(sources.map((x) => `(${uncapture(x)})`).join('|'));
  const g = flags.includes('g') ? flags : `${flags}g`;
  if (flags.includes('y')) return new RegExp(src, g);
  const lex = compileLexicon(
    sources.map((x, i) => ({ key: i, re: new RegExp(x, flags.replace(/[gy]/g, '')) })),
    g,
    false,
    flags.includes('i'),
  );
  return lex.dispatch ? new DispatchedRegExp(src, g, lex, lex.dispatch) : new RegExp(src, g);
}

/** Split a pattern source at its top-level `|` (not inside groups or character classes). */
export function splitTopLevel(src: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let inClass = false;
  let from = 0;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      continue;
    }
    if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      out.push(src.slice(from, i));
      from = i + 1;
    }
  }
  out.push(src.slice(from));
  return out;
}

const CJK = /[\u3040-\u30ff\u3400-\u9fff]/;

/**
 * Two lexicons from one rule list: the Japanese branches of every rule (case-sensitive, scanned
 * only when the text has kana/kanji) and the other branches (case-insensitive). Case-insensitive
 * matching of long alternations is the slow part; Japanese needs none.
 */
export function compileByScript<K>(
  rules: LexRule<K>[],
  gate = false,
): { ja: Lexicon<K> | null; en: Lexicon<K> | null } {
  const ja: LexRule<K>[] = [];
  const en: LexRule<K>[] = [];
  for (const r of rules) {
    const branches = splitTopLevel(r.re.source);
    const j = branches.filter((b) => CJK.test(b));
    const e = branches.filter((b) => !CJK.test(b));
    if (j.length > 0) ja.push({ ...r, re: new RegExp(j.join('|')) });
    if (e.length > 0) en.push({ ...r, re: new RegExp(e.join('|'), 'i') });
  }
  return {
    ja: ja.length > 0 ? compileLexicon(ja, 'g', gate) : null,
    en: en.length > 0 ? compileLexicon(en, 'gi', gate) : null,
  };
}

/**
 * Hits of both script lexicons, merged in text order (Japanese first at one position). Lazy: a
 * caller's `skip` sees the state left by the hits it has already handled.
 */
export function* scanByScript<K>(
  lex: { ja: Lexicon<K> | null; en: Lexicon<K> | null },
  text: string,
  skip?: (rule: LexRule<K>) => boolean,
): Generator<LexHit<K>> {
  const ja = lex.ja && CJK.test(text) ? scanLexicon(lex.ja, text, skip) : null;
  const en = lex.en && /[A-Za-z]/.test(text) ? scanLexicon(lex.en, text, skip) : null;
  let a = ja?.next();
  let b = en?.next();
  for (;;) {
    const hasA = a !== undefined && !a.done;
    const hasB = b !== undefined && !b.done;
    if (!hasA && !hasB) return;
    if (hasA && (!hasB || (a!.value as LexHit<K>).index <= (b!.value as LexHit<K>).index)) {
      yield a!.value as LexHit<K>;
      a = ja!.next();
    } else {
      yield b!.value as LexHit<K>;
      b = en!.next();
    }
  }
}
