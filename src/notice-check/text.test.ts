import { describe, expect, it } from 'vitest';
import { clip, detectLang, findSentence, splitSentences } from './text.js';

describe('notice-check text helpers', () => {
  it('splits lines and sentences', () => {
    expect(splitSentences('概要。原因は調査中です。\nWhat Happened. We found it.')).toEqual([
      '概要。',
      '原因は調査中です。',
      'What Happened.',
      'We found it.',
    ]);
  });

  it('quotes a heading with the sentence under it', () => {
    expect(findSentence(['■原因', '設定の誤りによるものです。'], [/原因/])).toBe(
      '■原因 設定の誤りによるものです。',
    );
  });

  it('clips long sentences around the match', () => {
    const s = `${'a'.repeat(300)}MATCH${'b'.repeat(300)}`;
    const q = clip(s, 300);
    expect(q).toContain('MATCH');
    expect(q.length).toBeLessThanOrEqual(162);
  });

  it('detects the language', () => {
    expect(detectLang('個人情報の漏えいに関するお知らせ')).toBe('ja');
    expect(detectLang('Notice of Data Breach')).toBe('en');
  });
});
