import { AppError } from '../errors.js';

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

/** A language leakwatch does not read, as named in errors. */
export interface UnsupportedLanguage {
  /** ISO 639-1 where known ('ko', 'zh'), else 'other'. */
  code: 'ko' | 'zh' | 'other';
  ja: string;
  en: string;
}

const KOREAN: UnsupportedLanguage = { code: 'ko', ja: '韓国語', en: 'Korean' };
const CHINESE: UnsupportedLanguage = { code: 'zh', ja: '中国語', en: 'Chinese' };
const OTHER: UnsupportedLanguage = {
  code: 'other',
  ja: '日本語・英語以外',
  en: 'neither Japanese nor English',
};

/**
 * Characters Chinese writes and Japanese does not: simplified forms (们 这 说 对 发 现 经 关 务 资
 * 讯 …) and traditional forms whose Japanese shinjitai differ (們 這 說 對 發 經 關 號 會 …), plus
 * the particles 的 and 是, which a Japanese text almost never uses without kana around them.
 */
const CHINESE_MARKS = new Set(
  '们这个说为对时发现进经过关务资讯门网户账码泄据统级认证库击遭护数们吗呢没请该们們這說對發經關號會戶帳訊您嗎還讓應該們的是'.split(
    '',
  ),
);

/** Latin-script function words: English, and the other European languages notices come in. */
const EN_WORDS = new Set(
  'the and of to we you your our is are was were that this with for have has be by on not or an information data'.split(
    ' ',
  ),
);
const OTHER_LATIN_WORDS = new Set(
  'der die das und ist nicht wir ihre sie le la les des et est nous vos vous une sont el los las que por para con una del da lo och är het een van zijn non il della dei sono'.split(
    ' ',
  ),
);

/**
 * Whether a text is in a language leakwatch reads (Japanese or English): null when it is, else the
 * language it is in. Korean (Hangul), Chinese (hanzi without kana, with characters Japanese does not
 * use), other scripts (Cyrillic, Thai, Arabic …) and Latin-script text in another European language
 * are refused. Japanese with many kanji and few kana stays Japanese: Chinese needs both almost no
 * kana and Chinese-only characters; a short or undecided text is given the benefit of the doubt.
 *
 * @example unsupportedLanguage('개인정보 유출 사고에 대해 안내드립니다') // => { code: 'ko', … }
 * @example unsupportedLanguage('個人情報漏洩事案発生報告書\n当社において…') // => null
 */
export function unsupportedLanguage(text: string): UnsupportedLanguage | null {
  const n = Math.min(text.length, 20000);
  let kana = 0;
  let han = 0;
  let hangul = 0;
  let latin = 0;
  let otherScript = 0;
  let marks = 0;
  for (let i = 0; i < n; i++) {
    const ch = text[i]!;
    const c = ch.charCodeAt(0);
    if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) latin++;
    else if (c >= 0x3040 && c <= 0x30ff) kana++;
    else if ((c >= 0x3400 && c <= 0x4dbf) || (c >= 0x4e00 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff)) {
      han++;
      if (CHINESE_MARKS.has(ch)) marks++;
    } else if ((c >= 0xac00 && c <= 0xd7a3) || (c >= 0x1100 && c <= 0x11ff) || (c >= 0x3130 && c <= 0x318f))
      hangul++;
    else if (
      (c >= 0x0370 && c <= 0x03ff) || // Greek
      (c >= 0x0400 && c <= 0x052f) || // Cyrillic
      (c >= 0x0590 && c <= 0x06ff) || // Hebrew, Arabic
      (c >= 0x0900 && c <= 0x0dff) || // Indic scripts
      (c >= 0x0e00 && c <= 0x0eff) // Thai, Lao
    )
      otherScript++;
  }
  // Letters, with a kana or a Hangul syllable or a hanzi weighing about three Latin letters.
  const weight = (kana + han + hangul) * 3 + latin + otherScript;
  if (weight === 0) return null;
  if (hangul >= 5 && hangul * 3 >= weight * 0.3) return KOREAN;
  if (
    han >= 8 &&
    kana <= Math.max(1, han * 0.02) &&
    marks >= Math.max(2, han * 0.03) &&
    han * 3 >= weight * 0.3
  )
    return CHINESE;
  if (otherScript >= 20 && otherScript >= weight * 0.5) return OTHER;
  if (kana + han === 0 && latin >= 100) {
    let en = 0;
    let other = 0;
    for (const w of text
      .slice(0, 20000)
      .toLowerCase()
      .match(/[a-zà-ÿ]+/g) ?? []) {
      if (EN_WORDS.has(w)) en++;
      else if (OTHER_LATIN_WORDS.has(w)) other++;
    }
    if (other >= 8 && other > en * 2) return OTHER;
  }
  return null;
}

/**
 * Throws AppError `unsupported_language` (JA/EN message) unless the text is Japanese or English.
 *
 * @example assertSupportedLanguage('개인정보 유출 안내') // throws: 対応していない言語です(韓国語)…
 */
export function assertSupportedLanguage(text: string): void {
  const lang = unsupportedLanguage(text);
  if (!lang) return;
  throw new AppError(
    'unsupported_language',
    `対応していない言語です(${lang.ja})。日本語または英語のお知らせのみ読めます / Language not supported (${lang.en}): only Japanese and English notices can be read`,
    { details: [{ code: `unsupported_language.${lang.code}`, path: ['text'], message: lang.en }] },
  );
}
