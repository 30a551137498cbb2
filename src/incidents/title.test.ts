import { describe, expect, it } from 'vitest';
import { isStockTitle, noticeTitle } from './title.js';

describe('isStockTitle', () => {
  it('knows the genre’s stock headings in English and Japanese', () => {
    expect(isStockTitle('Notice of Data Security Incident')).toBe(true);
    expect(isStockTitle('NOTICE OF DATA BREACH')).toBe(true);
    expect(isStockTitle('Important Information Regarding a Recent Data Event')).toBe(true);
    expect(isStockTitle('個人情報漏えいに関するお知らせ')).toBe(true);
    expect(isStockTitle('不正アクセスによる個人情報流出の可能性に関するお詫びとお知らせ（第2報）')).toBe(
      true,
    );
  });

  it('does not call a title that names something stock', () => {
    expect(isStockTitle('Example Widgets Inc. Notice of Data Security Incident')).toBe(false);
    expect(isStockTitle('架空商事オンラインストアへの不正アクセスについて')).toBe(false);
    expect(isStockTitle('架空市立図書館における個人情報の漏えいについて')).toBe(false);
  });
});

describe('noticeTitle', () => {
  it('prefixes a stock title with the organisation the facts name', () => {
    expect(noticeTitle('', null, 'Notice of Data Security Incident', 'Example Widgets Inc.')).toBe(
      'Example Widgets Inc.: Notice of Data Security Incident',
    );
    expect(noticeTitle('', null, '個人情報漏えいに関するお知らせ', '架空商事株式会社')).toBe(
      '架空商事株式会社：個人情報漏えいに関するお知らせ',
    );
  });

  it('keeps a title that already names something, and a stock title with no organisation', () => {
    expect(noticeTitle('', null, '架空商事 会員サイトへの不正アクセスについて', '架空商事株式会社')).toBe(
      '架空商事 会員サイトへの不正アクセスについて',
    );
    expect(noticeTitle('', null, 'Notice of Data Breach', null)).toBe('Notice of Data Breach');
    expect(noticeTitle('', 'Notice of Data Breach', null, 'Example Widgets')).toBe(
      'Example Widgets: Notice of Data Breach',
    );
  });

  it('falls back to the first heading-like line of the text', () => {
    expect(noticeTitle('https://example.jp/n\n架空市 誤送信について\n本文', null, null)).toBe(
      '架空市 誤送信について',
    );
  });
});
