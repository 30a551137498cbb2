import { describe, expect, it } from 'vitest';
import { extract } from './index.js';
import { placeOfAddress } from './org-romaji.js';

const org = (text: string) => extract(text).organization?.value ?? null;

describe('the body a public address spells', () => {
  it('reads a prefecture or a larger city from its host', () => {
    expect(placeOfAddress('www.pref.shimane.lg.jp', null)).toEqual({ name: '島根県', kind: 'prefecture' });
    expect(placeOfAddress('www.city.kurashiki.okayama.jp', null)).toEqual({ name: '倉敷市', kind: 'city' });
  });
  it('reads a repost address that spells the body', () => {
    const url = 'https://blog.example.net/2031/01/x-12-Kurashiki-City-Misdelivery-of-notices.html';
    expect(placeOfAddress('blog.example.net', url)).toEqual({ name: '倉敷市', kind: 'city' });
    expect(
      placeOfAddress('blog.example.net', 'https://blog.example.net/a/Shimane-Prefecture-leak')?.name,
    ).toBe('島根県');
  });
  it('reads no name for a smaller city, a ward site or a company', () => {
    expect(placeOfAddress('www.city.mihonmachi.lg.jp', null)).toBeNull();
    expect(placeOfAddress('www.city.tokyo-mihon.lg.jp', null)).toBeNull();
    expect(placeOfAddress('www.mihon-shoji.co.jp', 'https://www.mihon-shoji.co.jp/news/1')).toBeNull();
  });
});

describe('a notice that names no body of its own', () => {
  it('takes the prefecture its address spells, not the offices it names', () => {
    const text = [
      'https://www.pref.shimane.lg.jp/press/1.html',
      '個人情報を含むファイルの誤送信について',
      '当課から各地域振興事務所に送信したファイルに、事業者12名分の氏名が残っていました。',
      '地域振興事務所からの転送先には削除を依頼しました。',
    ].join('\n');
    expect(org(text)).toBe('島根県');
  });
  it('takes the city a repost address spells, not the contractor’s seat', () => {
    const text = [
      'https://blog.example.net/2031/01/x-12-Kurashiki-City-Contractor-ransomware.html',
      '本市の印刷を請け負う事業者で、サーバーがランサムウェアに感染しました。',
      '委託事業者',
      '株式会社ミホン印刷',
      '本社:京都市中京区見本町1',
      '漏えいした個人情報は市民340人分の氏名と住所です。',
    ].join('\n');
    expect(org(text)).toBe('倉敷市');
  });
});
