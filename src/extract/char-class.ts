/**
 * A one-character class of a pattern (`[…]` around a fragment), told by character code. The
 * dispatch (dispatch.ts) asks such classes about one character at a time while its caches fill: a
 * fresh process asked them about a thousand times a notice, each a RegExp call on a one-character
 * string. Here a class that is one character answers by comparing codes; any other asks its pattern
 * once per code and keeps the answer.
 */
export interface CharClass {
  /** The codes the class admits when it is one character (see literalCodes in dispatch.ts), else null. */
  codes: number[] | null;
  re: RegExp;
  /** Answers for codes below 256: 0 not asked yet, 1 no, 2 yes. */
  low: Uint8Array;
  /** Answers for other codes (bounded: a hostile text could hold many). */
  high: Map<number, boolean>;
}

const MAX_HIGH = 4096;

/** The class `[frag]` under `flags`; `codes` as literalCodes() tells them (null: a class, asked). */
export function charClass(frag: string, flags: string, codes: number[] | null): CharClass {
  return {
    codes,
    re: new RegExp(`[${frag}]`, flags),
    low: new Uint8Array(codes === null ? 256 : 0),
    high: new Map(),
  };
}

/**
 * Whether the class admits character code `c` (-1, the text's end: never).
 *
 * @example admitsCode(charClass('a-c', '', null), 98) // true
 */
export function admitsCode(cls: CharClass, c: number): boolean {
  if (c < 0) return false;
  if (cls.codes !== null) return cls.codes.includes(c);
  if (c < 256) {
    const seen = cls.low[c]!;
    if (seen !== 0) return seen === 2;
    const yes = cls.re.test(String.fromCharCode(c));
    cls.low[c] = yes ? 2 : 1;
    return yes;
  }
  let yes = cls.high.get(c);
  if (yes === undefined) {
    yes = cls.re.test(String.fromCharCode(c));
    if (cls.high.size < MAX_HIGH) cls.high.set(c, yes);
  }
  return yes;
}
