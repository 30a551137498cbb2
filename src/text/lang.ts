/** The languages leakwatch reads notices in. */
export type Lang = 'ja' | 'en';

/**
 * Guess a notice's language from its script mix: Japanese when kana/kanji make up a fair share of
 * the letters. One kana or kanji carries roughly as much as three latin letters, hence the weight.
 *
 * @example detectLang('不正アクセスに関するお知らせ') // → 'ja'
 * @example detectLang('Notice of Data Breach') // → 'en'
 */
export function detectLang(text: string): Lang {
  const n = Math.min(text.length, 20000);
  let cjk = 0;
  let latin = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) latin++;
    else if (
      (c >= 0x3040 && c <= 0x30ff) || // hiragana, katakana
      (c >= 0x3400 && c <= 0x4dbf) || // CJK extension A
      (c >= 0x4e00 && c <= 0x9fff) || // CJK unified ideographs
      (c >= 0xf900 && c <= 0xfaff) // CJK compatibility ideographs
    )
      cjk++;
  }
  if (cjk === 0) return 'en';
  return cjk * 3 >= latin ? 'ja' : 'en';
}
