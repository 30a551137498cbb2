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
}

const ANY: First = { frags: null, nullable: false };
const EMPTY: First = { frags: [], nullable: true };

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
      return negated ? ANY : { frags: [src.slice(from, i - 1)], nullable: false };
    }
    if (c === '\\') {
      const e = src[i + 1]!;
      i += 2;
      if (e === 'b' || e === 'B') return EMPTY;
      if (/[kpPux0-9c]/.test(e)) return ANY;
      return { frags: [`\\${e}`], nullable: false };
    }
    i++;
    if (c === '^' || c === '$') return EMPTY;
    if (c === '.') return ANY;
    return { frags: [/[\]\\^-]/.test(c) ? `\\${c}` : c], nullable: false };
  };
  const seq = (): First => {
    let frags: string[] | null = [];
    let nullable = true;
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
      if (nullable) frags = union(frags, a.frags);
      nullable &&= a.nullable;
    }
    return { frags, nullable };
  };
  const alt = (): First => {
    let frags: string[] | null = [];
    let nullable = false;
    for (;;) {
      const s = seq();
      frags = union(frags, s.frags);
      nullable ||= s.nullable;
      if (src[i] !== '|') return { frags, nullable };
      i++;
    }
  };
  const r = alt();
  return r.nullable || i < src.length ? null : r.frags;
}

/**
 * `src` behind a lookahead on its first characters, when they can be told; else `src` unchanged.
 *
 * @example gatedSource('遮断|隔離') // → '(?=[遮隔])(?:遮断|隔離)'
 */
export function gatedSource(src: string): string {
  const frags = firstChars(src);
  if (frags === null || frags.length === 0) return src;
  return `(?=[${[...new Set(frags)].join('')}])(?:${src})`;
}
