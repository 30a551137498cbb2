import { describe, expect, it } from 'vitest';
import { detectLang } from './lang.js';

describe('detectLang', () => {
  it('detects Japanese from kana and kanji', () => {
    expect(detectLang('不正アクセスによる個人情報流出に関するお知らせ')).toBe('ja');
  });
  it('detects English', () => {
    expect(detectLang('Notice of Data Breach. We are writing to inform you.')).toBe('en');
  });
  it('keeps Japanese with URLs and English product names Japanese', () => {
    expect(
      detectLang(
        'https://example.jp/news/2024/0521.html\n当社の「Example Cloud」において不正アクセスが発生しました。',
      ),
    ).toBe('ja');
  });
  it('keeps English with a stray Japanese name English', () => {
    expect(
      detectLang(
        'Example Widgets Inc. (株式会社エグザンプル) learned on May 4, 2024 that an unauthorized party accessed a server.',
      ),
    ).toBe('en');
  });
  it('defaults to English for empty or symbol-only text', () => {
    expect(detectLang('')).toBe('en');
    expect(detectLang('12345 !!!')).toBe('en');
  });
});
