/**
 * Many keyword rules compiled into one alternation, each rule in its own capture group, so that a
 * text is scanned once instead of once per rule. Groups inside a rule are made non-capturing.
 * Scanning restarts one character after each match start, so a later rule can still match text
 * that overlaps an earlier match.
 */

import { firstChars, gatedSource } from './first-chars.js';

export interface LexRule<K> {
  key: K;
  re: RegExp;
}

export interface Lexicon<K> {
  re: RegExp;
  rules: LexRule<K>[];
  /** Each rule alone, sticky, to find other rules matching where an earlier one did. */
  sticky: RegExp[];
  /** The characters each rule can start with (null: any), to try only rules that can match at a hit. */
  starts: (RegExp | null)[];
  /** Rule indices that can start with a character, filled as characters are met. */
  byStart: Map<string, number[]>;
}

/** Make every capturing group of a pattern source non-capturing (escaped parens untouched). */
export function uncapture(src: string): string {
  return src.replace(/(?<!\\)\((?!\?)/g, '(?:');
}

/**
 * Compile rules into one global pattern.
 *
 * @example compileLexicon([{ key: 'a', re: /x/ }], 'i')
 */
export function compileLexicon<K>(rules: LexRule<K>[], flags = 'gi', gate = false): Lexicon<K> {
  const src = rules.map((r) => `(${uncapture(r.re.source)})`).join('|');
  const base = flags.replace('g', '');
  return {
    re: new RegExp(gate ? gatedSource(src) : src, flags.includes('g') ? flags : `${flags}g`),
    rules,
    sticky: rules.map((r) => new RegExp(uncapture(r.re.source), `${base}y`)),
    starts: rules.map((r) => {
      const frags = firstChars(r.re.source);
      return frags === null ? null : new RegExp(`^[${frags.join('')}]$`, base);
    }),
    byStart: new Map(),
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
  const re = lex.re;
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    let gi = 1;
    while (gi < m.length && m[gi] === undefined) gi++;
    const rule = lex.rules[gi - 1];
    const at = m.index;
    if (rule && !skip?.(rule)) yield { rule, index: at, match: m[0] };
    // An alternation reports only the first rule matching at a position; later ones may match too.
    for (const k of rulesStartingWith(lex, text[at]!)) {
      if (k < gi || skip?.(lex.rules[k]!)) continue;
      const st = lex.sticky[k]!;
      st.lastIndex = at;
      const sm = st.exec(text);
      if (sm) yield { rule: lex.rules[k]!, index: at, match: sm[0] };
    }
    re.lastIndex = at + 1;
  }
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
