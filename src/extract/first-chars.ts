/**
 * Start gates for long alternations. V8's regex engine tries every branch of an alternation at
 * every position; when the branches start with many different kana/kanji, its own skip table (128
 * buckets of char codes) fills up and skips nothing. A lookahead on the set of characters a match
 * can start with rejects most positions with one class test; matches are unchanged, since every
 * match starts with one of those characters.
 */

interface First {
  /** Character-class fragments a match may start with; null = any character. */
  frags: string[] | null;
  /** The pattern can match the empty string (then what follows decides the start). */
  nullable: boolean;
  /** Every match begins where `\b` holds (each path asserts it before its first character). */
  wb: boolean;
}

const ANY: First = { frags: null, nullable: false, wb: false };
const EMPTY: First = { frags: [], nullable: true, wb: false };
const BOUNDARY: First = { frags: [], nullable: true, wb: true };

function union(a: string[] | null, b: string[] | null): string[] | null {
  return a === null || b === null ? null : [...a, ...b];
}

/**
 * The character-class fragments a match of `src` can start with, or null when it cannot tell
 * (a negated class, `.`, a back-reference, a pattern that may match nothing …). Lookarounds and
 * `\b` are zero-width and skipped (a gate that ignores them lets more positions through, never fewer).
 *
 * @example firstChars('(?:該当|当該)ページ|\\bblocked\\b') // → ['該', '当', 'b']
 */
export function firstChars(src: string): string[] | null {
  return analyse(src).frags;
}

/** Whether every match of `src` starts at a word boundary (`\b` asserted before its first character). */
export function startsAtBoundary(src: string): boolean {
  return analyse(src).wb;
}

function analyse(src: string): { frags: string[] | null; wb: boolean } {
  let i = 0;
  const skipClass = (): void => {
    while (i < src.length && src[i] !== ']') i += src[i] === '\\' ? 2 : 1;
    i++;
  };
  const atom = (): First => {
    const c = src[i]!;
    if (c === '(') {
      i++;
      let look = false;
      if (src.startsWith('?:', i)) i += 2;
      else if (src.startsWith('?=', i) || src.startsWith('?!', i)) {
        i += 2;
        look = true;
      } else if (src.startsWith('?<=', i) || src.startsWith('?<!', i)) {
        i += 3;
        look = true;
      } else if (src.startsWith('?<', i)) i = src.indexOf('>', i) + 1;
      const inner = alt();
      i++;
      return look ? EMPTY : inner;
    }
    if (c === '[') {
      const from = ++i;
      const negated = src[i] === '^';
      skipClass();
      return negated ? ANY : { frags: [src.slice(from, i - 1)], nullable: false, wb: false };
    }
    if (c === '\\') {
      const e = src[i + 1]!;
      i += 2;
      if (e === 'b') return BOUNDARY;
      if (e === 'B') return EMPTY;
      if (/[kpPux0-9c]/.test(e)) return ANY;
      return { frags: [`\\${e}`], nullable: false, wb: false };
    }
    i++;
    if (c === '^' || c === '$') return EMPTY;
    if (c === '.') return ANY;
    return { frags: [/[\]\\^-]/.test(c) ? `\\${c}` : c], nullable: false, wb: false };
  };
  const seq = (): First => {
    let frags: string[] | null = [];
    let nullable = true;
    // `\b` asserted on every path so far (`bounded`), and on every path into a character (`wb`).
    let bounded = false;
    let wb = true;
    while (i < src.length && src[i] !== '|' && src[i] !== ')') {
      let a = atom();
      const q = src[i];
      if (q === '?' || q === '*') {
        i++;
        a = { ...a, nullable: true };
      } else if (q === '+') i++;
      else if (q === '{') {
        const m = /^\{(\d+)(?:,\d*)?\}/.exec(src.slice(i, i + 12));
        if (m) {
          i += m[0].length;
          if (m[1] === '0') a = { ...a, nullable: true };
        }
      }
      if (src[i] === '?' && q !== undefined && '?*+}'.includes(src[i - 1]!)) i++;
      if (nullable) {
        frags = union(frags, a.frags);
        // A zero-width `\b` bounds what follows; an atom that may consume a character must
        // assert it itself unless one came before.
        if (a === BOUNDARY) bounded = true;
        else if (!bounded && !a.wb && !(a.frags !== null && a.frags.length === 0)) wb = false;
      }
      nullable &&= a.nullable;
    }
    return { frags, nullable, wb: wb && (bounded || !nullable) };
  };
  const alt = (): First => {
    let frags: string[] | null = [];
    let nullable = false;
    let wb = true;
    for (;;) {
      const s = seq();
      frags = union(frags, s.frags);
      nullable ||= s.nullable;
      wb &&= s.wb;
      if (src[i] !== '|') return { frags, nullable, wb };
      i++;
    }
  };
  const r = alt();
  const whole = !r.nullable && i >= src.length;
  return { frags: whole ? r.frags : null, wb: whole && r.wb };
}

/**
 * Below this many distinct first characters a pattern is left ungated: irregexp's own start
 * scan (a skip table over the first characters) then passes non-starting positions faster than
 * the lookahead, which is evaluated at every position (measured on the notices: a status pattern
 * of 10 first characters ran 2–3× faster without it, the 160-character lexicons 1.5–2.3× faster
 * with it).
 */
export const GATE_MIN_CHARS = 64;

/** Distinct entries of character-class fragments (a range or a class escape counts once). */
function distinctUnits(frags: string[]): number {
  const units = new Set<string>();
  for (const f of frags) for (const m of f.matchAll(/\\.|[^\\]-[^\\]|[\s\S]/g)) units.add(m[0]);
  return units.size;
}

/**
 * `src` behind a lookahead on its first characters, when they can be told and are many (at least
 * `minChars`), and behind `\b` when every match starts at a word boundary (one boundary test
 * instead of one per branch); else `src` unchanged.
 *
 * @example gatedSource('遮断|隔離', 0) // → '(?=[遮隔])(?:遮断|隔離)'
 * @example gatedSource('遮断|隔離') // → '遮断|隔離'
 * @example gatedSource('\\bblocked\\b|\\bisolated\\b', 0) // → '\\b(?=[bi])(?:\\bblocked\\b|\\bisolated\\b)'
 */
export function gatedSource(src: string, minChars = GATE_MIN_CHARS): string {
  const { frags, wb } = analyse(src);
  const boundary = wb ? '\\b' : '';
  if (frags === null || frags.length === 0 || distinctUnits(frags) < minChars)
    return wb ? `${boundary}(?:${src})` : src;
  return `${boundary}(?=[${[...new Set(frags)].join('')}])(?:${src})`;
}
