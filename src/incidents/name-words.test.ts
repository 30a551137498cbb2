import { describe, expect, it } from 'vitest';
import { hasWholeWords, nameWords, queryScript } from './name-words.js';

describe('nameWords', () => {
  it('cuts at separators and where the script changes, folded like search bodies', () => {
    expect(nameWords('NORA Pay 決済')).toEqual(['nora', 'pay', '決済']);
    expect(nameWords('NORAミドリ')).toEqual(['nora', 'ミドリ']);
    expect(nameWords('ＮＯＲＡ！')).toEqual(['nora']);
    expect(nameWords('のら')).toEqual(['ノラ']);
  });

  it('keeps a long katakana word whole, so a short kana query is not one of its words', () => {
    expect(nameWords('ノラネコオンラインショップ')).toEqual(['ノラネコオンラインショップ']);
  });

  it('tells which queries can be matched by whole words (no kanji)', () => {
    expect(hasWholeWords(nameWords('nora club'))).toBe(true);
    expect(hasWholeWords(nameWords('のら'))).toBe(true);
    expect(hasWholeWords(nameWords('テスト堂'))).toBe(false);
    expect(queryScript('NORA')).toBe('latin');
    expect(queryScript('のら')).toBe('kana');
    expect(queryScript('ノラ商店')).toBe('kanji');
  });
});
