import { describe, expect, it } from 'vitest';
import { findPublished } from './published-date.js';
import { splitLines } from './segment.js';
import { readStructure } from './structure.js';

function published(t: string): string | null {
  const lines = splitLines(t);
  return findPublished(lines, 'ja', null, readStructure(lines, 'ja'))?.iso ?? null;
}

describe('findPublished: Japanese news datelines', () => {
  it('reads a timestamp alone atop a news page, its lead right below', () => {
    expect(
      published(
        'https://news.example.jp/a/1\n2099年9月28日19時31分\n見本市は28日、名簿が流出したと発表した。',
      ),
    ).toBe('2099-09-28');
  });

  it('takes no timestamp atop a timeline of dated rows as the dateline', () => {
    expect(
      published(
        '2099年9月28日19時31分\n当社サーバーで異常を検知しました。\n2099年9月29日10時00分\n外部の専門家と調査を始めました。',
      ),
    ).not.toBe('2099-09-28');
  });

  it('reads a timestamp followed by the news categories', () => {
    expect(
      published(
        '見本市がメールの誤送信を謝罪\n\n2099年02月28日 07時42分 ニュース, 地域\n\n見本市は、きょう謝罪しました。',
      ),
    ).toBe('2099-02-28');
  });
});
