/**
 * Many keyword rules compiled into one alternation, each rule in its own capture group, so that a
 * text is scanned once instead of once per rule. Groups inside a rule are made non-capturing.
 * Scanning restarts one character after each match start, so a later rule can still match text
 * that overlaps an earlier match.
 */

import {
  buildDispatch,
  CHECK_4,
  CHECK_5,
  CHECK_WORDS,
  type Dispatch,
  entryIdOf,
  isWordChar,
  rulesBefore,
  uncapture,
} from './dispatch.js';
import { firstChars, gatedSource, startsAtBoundary } from './first-chars.js';

export { uncapture } from './dispatch.js';

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

/** Where a dispatched scan stands: the position, the next word of its rule list, and the last hit. */
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
  const none = d.none;
  const bounded = d.bounded !== null;
  let j = cur.j;
  for (let p = cur.p; p < n; p++, j = 0) {
    const c = text.charCodeAt(p);
    if ((none[c >> 5]! & (1 << (c & 31))) !== 0) continue;
    let id = d.entryIds[c]! - 1;
    if (id < 0) {
      id = entryIdOf(d, c);
      if (id < 0) continue;
    }
    const info = d.info;
    // Inside a word (no boundary before p), the rules that start at one cannot match.
    if (bounded && p > 0 && isWordChar(c) === isWordChar(text.charCodeAt(p - 1))) {
      id = info[id * 3 + 2]!;
      if (id < 0) continue;
    }
    const next = p + 1 < n ? text.charCodeAt(p + 1) : -1;
    // Most characters that begin a rule are not followed by what it needs: one bit test says so.
    if (next >= 0 && (info[id * 3 + ((next >> 5) & 1)]! & (1 << (next & 31))) === 0) continue;
    const at = rulesBefore(d, id, next, next >= 0 && p + 2 < n ? text.charCodeAt(p + 2) : -1);
    // The rules' words: flat[at + 1 …], flat[at] of them (read after rulesBefore, which may grow it):
    // each rule, then the bits its fourth and fifth characters may have when it is checked on them.
    const flat = d.lists.flat;
    const end = at + 1 + flat[at]!;
    for (let w = at + 1 + j; w < end; ) {
      const word = flat[w++]!;
      if ((word & CHECK_4) !== 0) {
        const x = p + 3 < n ? text.charCodeAt(p + 3) : -1;
        const fits = x >= 0 && (flat[w + ((x & 255) >> 5)]! & (1 << (x & 31))) !== 0;
        w += CHECK_WORDS;
        if (!fits) {
          if ((word & CHECK_5) !== 0) w += CHECK_WORDS;
          continue;
        }
      }
      if ((word & CHECK_5) !== 0) {
        const x = p + 4 < n ? text.charCodeAt(p + 4) : -1;
        const fits = x >= 0 && (flat[w + ((x & 255) >> 5)]! & (1 << (x & 31))) !== 0;
        w += CHECK_WORDS;
        if (!fits) continue;
      }
      const k = word & 0xffff;
      if (skip?.(lex.rules[k]!)) continue;
      const st = lex.sticky[k]!;
      st.lastIndex = p;
      const m = st.exec(text);
      if (m) {
        cur.p = p;
        cur.j = w - at - 1;
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
