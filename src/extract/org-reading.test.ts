import { describe, expect, it } from 'vitest';
import { extract } from './index.js';

const org = (t: string) => extract(t).organization?.value ?? null;

describe('organisation: a letterhead with its reading in kana', () => {
  it('drops the reading after the name', () => {
    expect(
      org(
        'お客様各位\n株式会社 東山堂(とうざんどう)\nこのたび、弊社サイトにおきまして不正アクセスを受けました。',
      ),
    ).toBe('株式会社 東山堂');
    expect(
      org('関係者各位\n架空物産株式会社(かくうぶっさん)\n架空物産のサーバー侵入の件をお知らせします。'),
    ).toBe('架空物産株式会社');
  });
  it('keeps a name whose brackets hold more than a reading', () => {
    expect(org('お客様各位\n架空物産株式会社\nこのたび、当社サーバーへの不正アクセスを確認しました。')).toBe(
      '架空物産株式会社',
    );
  });
});
