import { describe, expect, it } from 'vitest';
import { firstChars, gatedSource } from './first-chars.js';

describe('firstChars', () => {
  it('collects the first character of each branch, through groups and optional parts', () => {
    expect(firstChars('(?:該当|当該)ページ|(?:全|すべての)?アカウント')).toEqual([
      '該',
      '当',
      '全',
      'す',
      'ア',
    ]);
  });
  it('skips lookarounds and word boundaries, keeps classes', () => {
    expect(firstChars('(?<!ログインを)遮断|\\bblocked\\b|[0-9]+件')).toEqual(['遮', 'b', '0-9']);
  });
  it('gives up when any character may start a match', () => {
    expect(firstChars('[^。]{0,20}停止')).toBeNull();
    expect(firstChars('.*x')).toBeNull();
    expect(firstChars('(?:a)?')).toBeNull();
  });
  it('a gated pattern finds the same matches', () => {
    const src = '(?:サービス|サイト)(?:の|を)?停止|\\bshut\\s+down\\b|\\s*再発防止策';
    const text = 'サイトを停止しました。We shut down the store.\n  再発防止策\nサービス停止';
    const all = (re: RegExp) => [...text.matchAll(re)].map((m) => [m.index, m[0]]);
    expect(all(new RegExp(gatedSource(src), 'gi'))).toEqual(all(new RegExp(src, 'gi')));
    expect(gatedSource(src).startsWith('(?=[')).toBe(true);
  });
});
