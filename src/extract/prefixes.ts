/**
 * The one or two characters every match of a pattern starts with, read from its source: 「流出…」
 * starts with 流出, "(?:該当|当該)ページ" with 該当 or 当該, "[0-9]+件" with a digit and then a digit or 件.
 * Lookarounds and \b are zero-width and passed over (a prefix set that ignores them admits more
 * positions, never fewer). Used to try a keyword rule only where its first two characters stand.
 */

/** Character-class body fragment (`遮`, `0-9`, `\s`), as the pattern wrote it. */
export type Frag = string;

/** What a match may begin with: up to two character classes; `open` = what follows is unknown. */
export interface Prefix {
  chars: Frag[];
  open: boolean;
}

type Item =
  | { t: 'char'; frag: Frag; min: number; max: number }
  | { t: 'any'; min: number; max: number }
  | { t: 'zero'; min: number; max: number }
  | { t: 'group'; alt: Item[][]; min: number; max: number };

class Unsupported extends Error {}

/** Parse a (non-unicode) pattern source into alternatives of items. */
function parse(src: string): Item[][] {
  let i = 0;
  const alt = (): Item[][] => {
    const out: Item[][] = [seq()];
    while (src[i] === '|') {
      i++;
      out.push(seq());
    }
    return out;
  };
  const seq = (): Item[] => {
    const items: Item[] = [];
    while (i < src.length && src[i] !== '|' && src[i] !== ')') {
      const a = atom();
      quantify(a);
      items.push(a);
    }
    return items;
  };
  const quantify = (a: Item): void => {
    const q = src[i];
    if (q === '*' || q === '+' || q === '?') {
      i++;
      a.min = q === '+' ? a.min : 0;
      a.max = q === '?' ? a.max : Number.POSITIVE_INFINITY;
    } else if (q === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(src.slice(i, i + 24));
      if (!m) return;
      i += m[0].length;
      const lo = Number(m[1]);
      const hi = m[2] === undefined ? lo : m[3] === '' ? Number.POSITIVE_INFINITY : Number(m[3]);
      a.min = lo === 0 ? 0 : a.min;
      a.max = hi <= 1 ? a.max : Number.POSITIVE_INFINITY;
      // `x{0}` matches nothing: zero-width.
      if (hi === 0) (a as { t: string }).t = 'zero';
    } else return;
    if (src[i] === '?') i++;
  };
  const atom = (): Item => {
    const c = src[i]!;
    if (c === '(') {
      i++;
      let zero = false;
      if (src.startsWith('?:', i)) i += 2;
      else if (src.startsWith('?=', i) || src.startsWith('?!', i)) {
        i += 2;
        zero = true;
      } else if (src.startsWith('?<=', i) || src.startsWith('?<!', i)) {
        i += 3;
        zero = true;
      } else if (src.startsWith('?<', i)) i = src.indexOf('>', i) + 1;
      else if (src[i] === '?') throw new Unsupported('group');
      const inner = alt();
      if (src[i] !== ')') throw new Unsupported('paren');
      i++;
      return zero ? { t: 'zero', min: 1, max: 1 } : { t: 'group', alt: inner, min: 1, max: 1 };
    }
    if (c === '[') {
      const from = ++i;
      if (src[i] === '^') {
        while (i < src.length && src[i] !== ']') i += src[i] === '\\' ? 2 : 1;
        i++;
        return { t: 'any', min: 1, max: 1 };
      }
      // A `]` first in the class is literal only outside unicode mode; keep it simple.
      if (src[i] === ']') throw new Unsupported('empty class');
      while (i < src.length && src[i] !== ']') i += src[i] === '\\' ? 2 : 1;
      if (i >= src.length) throw new Unsupported('class');
      i++;
      return { t: 'char', frag: src.slice(from, i - 1), min: 1, max: 1 };
    }
    if (c === '\\') {
      const e = src[i + 1];
      if (e === undefined) throw new Unsupported('escape');
      if (e === 'b' || e === 'B') {
        i += 2;
        return { t: 'zero', min: 1, max: 1 };
      }
      if (/[1-9k]/.test(e)) throw new Unsupported('backreference');
      if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(src.slice(i + 2, i + 6))) {
        i += 6;
        return { t: 'char', frag: src.slice(i - 6, i), min: 1, max: 1 };
      }
      if (e === 'x' && /^[0-9a-fA-F]{2}$/.test(src.slice(i + 2, i + 4))) {
        i += 4;
        return { t: 'char', frag: src.slice(i - 4, i), min: 1, max: 1 };
      }
      if (e === 'c' || e === 'u' || e === 'x' || e === '0') throw new Unsupported('escape');
      i += 2;
      return { t: 'char', frag: `\\${e}`, min: 1, max: 1 };
    }
    i++;
    if (c === '^' || c === '$') return { t: 'zero', min: 1, max: 1 };
    if (c === '.') return { t: 'any', min: 1, max: 1 };
    if (c === ')' || c === '|' || c === '*' || c === '+' || c === '?') throw new Unsupported('syntax');
    return { t: 'char', frag: /[\]\\^-]/.test(c) ? `\\${c}` : c, min: 1, max: 1 };
  };
  const out = alt();
  if (i !== src.length) throw new Unsupported('trailing');
  return out;
}

const LIMIT = 5000;

function add(out: Map<string, Prefix>, p: Prefix): void {
  const key = `${p.open ? 1 : 0}${p.chars.join('\u0000')}`;
  if (!out.has(key)) out.set(key, p);
  if (out.size > LIMIT) throw new Unsupported('too many prefixes');
}

/** Prefixes (up to k characters) of the matches of items[idx..]. */
function seqPrefixes(items: Item[], idx: number, k: number, out: Map<string, Prefix>): void {
  if (k === 0) {
    add(out, { chars: [], open: true });
    return;
  }
  if (idx === items.length) {
    add(out, { chars: [], open: false });
    return;
  }
  const it = items[idx]!;
  if (it.t === 'zero') {
    seqPrefixes(items, idx + 1, k, out);
    return;
  }
  if (it.min === 0) seqPrefixes(items, idx + 1, k, out);
  let first: Prefix[];
  if (it.t === 'char') first = [{ chars: [it.frag], open: false }];
  else if (it.t === 'any') first = [{ chars: [], open: true }];
  else {
    const m = new Map<string, Prefix>();
    for (const s of it.alt) seqPrefixes(s, 0, k, m);
    first = [...m.values()];
  }
  // After one occurrence of a repeated item, more may follow (fewer are then required).
  const again: Item[] | null =
    it.max > 1 ? [{ ...it, min: Math.max(it.min - 1, 0) } as Item, ...items.slice(idx + 1)] : null;
  for (const p of first) {
    if (p.open || p.chars.length >= k) {
      add(out, { chars: p.chars.slice(0, k), open: true });
      continue;
    }
    const rest = new Map<string, Prefix>();
    // (An occurrence that matched nothing adds nothing by repeating.)
    if (again && p.chars.length > 0) seqPrefixes(again, 0, k - p.chars.length, rest);
    else seqPrefixes(items, idx + 1, k - p.chars.length, rest);
    for (const r of rest.values()) add(out, { chars: [...p.chars, ...r.chars], open: r.open });
  }
}

/** The one- or two-character prefixes of every match of `src`, or null when they cannot be told. */
export function matchPrefixes(src: string, k = 2): Prefix[] | null {
  try {
    const out = new Map<string, Prefix>();
    for (const s of parse(src)) seqPrefixes(s, 0, k, out);
    const list = [...out.values()];
    // A branch that may start with anything (or match nothing) leaves no position out.
    if (list.some((p) => p.chars.length === 0)) return null;
    return list;
  } catch (e) {
    if (e instanceof Unsupported) return k > 1 ? matchPrefixes(src, 1) : null;
    throw e;
  }
}
