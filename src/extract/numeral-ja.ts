import type { Qualifier } from './types.js';

/**
 * Numbers as Japanese and English notices write them: 169万2,496 / 1万589 / 約2万 / 1.2万 / 3千 /
 * 四百 / "1.2 million" / "approximately 5,000" / "up to 300". Text is expected NFKC-normalised
 * (full-width digits are already ASCII).
 */

export interface ParsedNumber {
  value: number;
  qualifier: Qualifier;
}

const KANJI_DIGIT: Record<string, number> = {
  〇: 0,
  零: 0,
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const KANJI_SMALL_UNIT: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const BIG_UNIT: Record<string, number> = { 万: 1e4, 億: 1e8, 兆: 1e12 };

/** Parse a run of simple kanji numerals below 10,000 (四百 → 400, 二千五百 → 2500, 十 → 10). */
function parseKanjiSmall(s: string): number | null {
  let total = 0;
  let digit = -1;
  for (const ch of s) {
    const d = KANJI_DIGIT[ch];
    if (d !== undefined) {
      if (digit >= 0)
        digit = digit * 10 + d; // 二〇二四 style
      else digit = d;
      continue;
    }
    const u = KANJI_SMALL_UNIT[ch];
    if (u !== undefined) {
      total += (digit < 0 ? 1 : digit) * u;
      digit = -1;
      continue;
    }
    return null;
  }
  if (digit >= 0) total += digit;
  return total;
}

function parseSmall(s: string): number | null {
  const t = s.replace(/[,\s]/g, '');
  if (t === '') return null;
  if (/^[0-9]+(?:\.[0-9]+)?$/.test(t)) return Number(t);
  // 3千, 2.5千: digits written before 千.
  const sen = /^([0-9]+(?:\.[0-9]+)?)千$/.exec(t);
  if (sen) return Number(sen[1]) * 1000;
  return parseKanjiSmall(t);
}

/**
 * Parse a Japanese number without qualifier words.
 *
 * @example parseJaNumber('169万2,496') // → 1692496
 * @example parseJaNumber('1.2万') // → 12000
 */
export function parseJaNumber(s: string): number | null {
  const t = s.replace(/\s+/g, '');
  if (t === '') return null;
  let total = 0;
  let rest = t;
  let matched = false;
  for (const unit of ['兆', '億', '万'] as const) {
    const i = rest.indexOf(unit);
    if (i < 0) continue;
    const head = rest.slice(0, i);
    const v = head === '' ? 1 : parseSmall(head);
    if (v === null) return null;
    total += v * BIG_UNIT[unit]!;
    rest = rest.slice(i + 1);
    matched = true;
  }
  if (rest !== '') {
    // 3千 (digits then 千), 2,496 or 四百
    const sen = /^([0-9]+(?:\.[0-9]+)?)千$/.exec(rest);
    const v = sen ? Number(sen[1]) * 1000 : parseSmall(rest);
    if (v === null) return null;
    total += v;
    matched = true;
  }
  if (!matched) return null;
  return Math.round(total);
}

const EN_WORDS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  fifteen: 15,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  hundred: 100,
  'a hundred': 100,
  dozen: 12,
};
const EN_SCALE: Record<string, number> = {
  thousand: 1e3,
  k: 1e3,
  million: 1e6,
  m: 1e6,
  mn: 1e6,
  billion: 1e9,
  b: 1e9,
  bn: 1e9,
};

/**
 * Parse an English number: digits with commas, words (five), scales (1.2 million, 56k, 96M).
 *
 * @example parseEnNumber('1.2 million') // → 1200000
 */
export function parseEnNumber(s: string): number | null {
  const t = s.trim().toLowerCase();
  const m =
    /^([0-9][0-9,]*(?:\.[0-9]+)?|[a-z]+(?: hundred)?)\s*(thousand|million|billion|k|m|mn|b|bn)?$/.exec(t);
  if (!m) return null;
  const head = m[1]!;
  let v: number;
  if (/^[0-9]/.test(head)) {
    v = Number(head.replace(/,/g, ''));
  } else {
    const w = EN_WORDS[head];
    if (w === undefined) return null;
    v = w;
  }
  if (!Number.isFinite(v)) return null;
  if (m[2]) v *= EN_SCALE[m[2]]!;
  return Math.round(v);
}

const JA_MAX = /(?:最大|最大で|上限|以下|以内|未満)/;
const EN_APPROX =
  /\b(?:approximately|approx\.?|about|around|roughly|nearly|almost|over|more than|some|an estimated|estimated|close to|in excess of)\s*$/i;
const EN_MAX = /\b(?:up to|as many as|a maximum of|maximum of|at most|no more than)\s*$/i;

/**
 * Qualifier from the words written just before (and, for Japanese, just after) a number.
 *
 * @example qualifierFor('約', '') // → 'approx'
 */
export function qualifierFor(before: string, after: string): Qualifier {
  const b = before.slice(-14);
  const a = after.slice(0, 6);
  if (JA_MAX.test(b.slice(-4)) || EN_MAX.test(b) || /^(?:件|名|人)?(?:分)?(?:以下|以内)/.test(a))
    return 'max';
  if (/(?:約|およそ|概ね|おおよそ|推定)\s*$/.test(b) || EN_APPROX.test(b)) return 'approx';
  if (/^(?:件|名|人|社|枚)?(?:分)?(?:程度|前後|余り|あまり|超|以上|強|弱)/.test(a)) return 'approx';
  return 'exact';
}

/**
 * Parse a number together with its qualifier words.
 *
 * @example parseNumberWithQualifier('約2万') // → { value: 20000, qualifier: 'approx' }
 * @example parseNumberWithQualifier('up to 5,000') // → { value: 5000, qualifier: 'max' }
 */
export function parseNumberWithQualifier(s: string): ParsedNumber | null {
  const t = s.trim();
  const m =
    /^(約|およそ|概ね|最大で?|approximately|about|around|nearly|almost|over|more than|up to|as many as)?\s*(.+?)$/i.exec(
      t,
    );
  if (!m) return null;
  const body = m[2]!;
  const v = /[万億兆千十百一二三四五六七八九〇]/.test(body)
    ? parseJaNumber(body)
    : (parseEnNumber(body) ?? parseJaNumber(body));
  if (v === null) return null;
  return { value: v, qualifier: qualifierFor(m[1] ?? '', '') };
}
