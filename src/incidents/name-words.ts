import { foldSearch, toKatakana } from './match.js';

/**
 * The whole words of a name or title, for ranking a search: a query that is one of a name's words
 * ("LINE" in "LINE Pay", "ヤフー" in "LINEヤフー") is a better hit than one found inside a longer word
 * ("line" in "Linens", "ライン" in "オンラインショップ"). Japanese writes no spaces, so besides
 * separators a word also ends where the script changes (Latin and digits | katakana | kanji |
 * hiragana): "LINEヤフー" → line, ヤフー. Folded like search bodies (NFKC, lower case, hiragana →
 * katakana), so that query words and name words meet.
 *
 * @example nameWords('LINE Pay 決済') // => ['line', 'pay', '決済']
 * @example nameWords('ヨネックスオンラインショップ') // => ['ヨネックスオンラインショップ']  (one katakana run)
 * @example nameWords('LINEのお知らせ') // => ['line', 'ノオ', '知', 'ラセ']  (hiragana runs, folded)
 */
export function nameWords(s: string): string[] {
  const out: string[] = [];
  // Runs are cut before hiragana is folded: in ラインのお知らせ the particle の ends the word ライン.
  for (const m of s.normalize('NFKC').toLowerCase().matchAll(WORD_RUN)) {
    const w = m[0];
    if (w) out.push(toKatakana(w));
  }
  return out;
}

/**
 * True when a query can be matched by whole words: every word Latin or katakana (after folding).
 * Kanji have no word boundaries a search could respect (テスト堂 is not the words テスト + 堂).
 */
export function hasWholeWords(words: string[]): boolean {
  return (
    words.length > 0 && words.every((w) => /^(?:[a-z0-9\u00c0-\u024f']+|[\u30a1-\u30fa\u30fc]+)$/.test(w))
  );
}

/**
 * One run of a single script: Latin letters and digits (with inner apostrophes, "n't"); katakana
 * with the long-vowel mark; kanji (with 々 and ヶ, which sit inside kanji names); hiragana left
 * over after folding (ゟ and the like); any other letters (Hangul, Cyrillic) as one run each.
 */
const WORD_RUN =
  /[a-z0-9\u00c0-\u024f]+(?:'[a-z]+)*|[\u30a1-\u30fa\u30fc\u30fd\u30fe]+|[\p{Script=Han}々〆ヶ]+|[\u3041-\u309f]+|[\p{L}\p{N}]+/gu;

/** The script a query is written in, as search ranking treats it. */
export type QueryScript = 'latin' | 'kana' | 'kanji';

/**
 * Latin (letters, digits), kana only, or anything with kanji or mixed scripts ('kanji': Japanese
 * without word boundaries, where a substring is a fair match).
 *
 * @example queryScript('LINE') // => 'latin'
 * @example queryScript('らいん') // => 'kana'
 * @example queryScript('日本航空') // => 'kanji'
 */
export function queryScript(q: string): QueryScript {
  return foldedScript(foldSearch(q));
}

/** queryScript of a query already folded (foldSearch). */
export function foldedScript(f: string): QueryScript {
  if (/^[a-z0-9\u00c0-\u024f]+$/.test(f)) return 'latin';
  if (/^[\u30a1-\u30fa\u30fc]+$/.test(f)) return 'kana';
  return 'kanji';
}
