/**
 * Many keyword rules compiled into one alternation, each rule in its own capture group, so that a
 * text is scanned once instead of once per rule. Groups inside a rule are made non-capturing.
 * Scanning restarts one character after each match start, so a later rule can still match text
 * that overlaps an earlier match.
 */

export interface LexRule<K> {
  key: K;
  re: RegExp;
}

export interface Lexicon<K> {
  re: RegExp;
  rules: LexRule<K>[];
  /** Each rule alone, sticky, to find other rules matching where an earlier one did. */
  sticky: RegExp[];
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
export function compileLexicon<K>(rules: LexRule<K>[], flags = 'gi'): Lexicon<K> {
  const src = rules.map((r) => `(${uncapture(r.re.source)})`).join('|');
  const base = flags.replace('g', '');
  return {
    re: new RegExp(src, flags.includes('g') ? flags : `${flags}g`),
    rules,
    sticky: rules.map((r) => new RegExp(uncapture(r.re.source), `${base}y`)),
  };
}

export interface LexHit<K> {
  rule: LexRule<K>;
  index: number;
  match: string;
}

/** Every hit of a lexicon in `text`, in order. */
export function* scanLexicon<K>(lex: Lexicon<K>, text: string): Generator<LexHit<K>> {
  const re = lex.re;
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    let gi = 1;
    while (gi < m.length && m[gi] === undefined) gi++;
    const rule = lex.rules[gi - 1];
    const at = m.index;
    if (rule) yield { rule, index: at, match: m[0] };
    // An alternation reports only the first rule matching at a position; later ones may match too.
    for (let k = gi; k < lex.rules.length; k++) {
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
export function compileByScript<K>(rules: LexRule<K>[]): { ja: Lexicon<K> | null; en: Lexicon<K> | null } {
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
    ja: ja.length > 0 ? compileLexicon(ja, 'g') : null,
    en: en.length > 0 ? compileLexicon(en, 'gi') : null,
  };
}

/** Hits of both script lexicons, merged in text order. */
export function scanByScript<K>(
  lex: { ja: Lexicon<K> | null; en: Lexicon<K> | null },
  text: string,
): LexHit<K>[] {
  const hits: LexHit<K>[] = [];
  if (lex.ja && CJK.test(text)) for (const h of scanLexicon(lex.ja, text)) hits.push(h);
  if (lex.en && /[A-Za-z]/.test(text)) for (const h of scanLexicon(lex.en, text)) hits.push(h);
  return hits.sort((a, b) => a.index - b.index);
}
