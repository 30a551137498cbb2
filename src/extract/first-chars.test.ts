import { describe, expect, it } from 'vitest';
import { firstChars, gatedSource, startsAtBoundary } from './first-chars.js';

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
    expect(all(new RegExp(gatedSource(src, 0), 'gi'))).toEqual(all(new RegExp(src, 'gi')));
    expect(gatedSource(src, 0).startsWith('(?=[')).toBe(true);
  });
  it('leaves a pattern with few first characters ungated (irregexp skips to them faster)', () => {
    expect(gatedSource('遮断|隔離')).toBe('遮断|隔離');
    expect(gatedSource('\\bblocked\\b|\\bisolated\\b')).toBe('\\b(?:\\bblocked\\b|\\bisolated\\b)');
    const many = Array.from({ length: 70 }, (_, i) => `${String.fromCharCode(0x4e00 + i * 7)}件`).join('|');
    expect(gatedSource(many).startsWith('(?=[')).toBe(true);
  });
});

describe('startsAtBoundary', () => {
  it('holds when every path asserts \\b before its first character', () => {
    expect(startsAtBoundary('\\bblocked\\b|(?<!by\\s)\\bisolated\\b')).toBe(true);
    expect(startsAtBoundary('(?:\\bfull |\\bpart )?\\bnames?')).toBe(true);
    expect(startsAtBoundary('\\b(?:full )?names?')).toBe(true);
  });
  it('fails when one path can consume a character first', () => {
    expect(startsAtBoundary('\\bblocked|isolated')).toBe(false);
    expect(startsAtBoundary('(?:full )?\\bnames?')).toBe(false);
    expect(startsAtBoundary('names?\\b')).toBe(false);
  });
  it('a boundary-gated pattern finds the same matches', () => {
    const src = '(?:\\bfull |\\bpart )?\\bnames?\\b|(?<!by\\s)\\bphone\\b';
    const text = 'Full names, nicknames, a phone by phone; surnames and part name.';
    const all = (re: RegExp) => [...text.matchAll(re)].map((m) => [m.index, m[0]]);
    expect(gatedSource(src, 0).startsWith('\\b(?=[')).toBe(true);
    expect(all(new RegExp(gatedSource(src, 0), 'gi'))).toEqual(all(new RegExp(src, 'gi')));
    expect(all(new RegExp(gatedSource(src), 'gi'))).toEqual(all(new RegExp(src, 'gi')));
  });
});
