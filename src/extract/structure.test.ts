import { describe, expect, it } from 'vitest';
import { extract } from './index.js';
import { splitLines } from './segment.js';
import { hostKind, hostOf, readStructure, sectionAt } from './structure.js';

const read = (t: string, lang: 'ja' | 'en' = 'ja') => readStructure(splitLines(t), lang);

describe('readStructure', () => {
  it('skips the source address, breadcrumbs and page chrome to find the title', () => {
    const s = read(
      'https://www.city.example.lg.jp/kurashi/123.html\nホーム > 市政情報 > 報道資料\nここから本文です。\n更新日:2099年4月1日\n住民票の写しの誤交付について\n1 概要\n架空市において誤交付がありました。',
    );
    expect(s.url).toBe('https://www.city.example.lg.jp/kurashi/123.html');
    expect(s.hostKind).toBe('city');
    expect(s.title?.text).toBe('住民票の写しの誤交付について');
  });
  it('removes a repost prefix and the blog date after the title', () => {
    const s = read('【セキュリティ事件簿#2099-001】見本町 メール誤送信について 2099/1/5\n本文です。');
    expect(s.title?.text).toBe('見本町 メール誤送信について');
    expect(s.title?.repost).toBe(true);
  });
  it('joins a title wrapped over two lines', () => {
    expect(read('不正アクセスによる個人情報流出に関\nするお知らせ\n本文です。').title?.text).toBe(
      '不正アクセスによる個人情報流出に関するお知らせ',
    );
    expect(read('サンプル商店オンラインストアへの不正アクセス\nについて\n本文です。').title?.text).toBe(
      'サンプル商店オンラインストアへの不正アクセスについて',
    );
  });
  it('never takes a sentence, a heading or a blog header for a title', () => {
    expect(read('このたび、当社サーバーに不正アクセスがありました。\n1 概要').title).toBe(null);
    expect(read('ご自身の情報が含まれていないか調べられるページです。\n1.経緯').title).toBe(null);
    expect(read('https://example.com/a\nunauthorized party accessed the server and\n', 'en').title).toBe(
      null,
    );
  });
  it('reads headings and the section each line stands in', () => {
    const s = read(
      '件名について\n1 経緯\n4月1日 連絡を受けた。\n2 原因\n設定の誤り。\n3 再発防止策\n研修を行う。',
    );
    expect(s.headings.map((h) => h.kind)).toEqual(['timeline', 'cause', 'prevention']);
    expect(s.sectionOf[4]).toBe('cause');
  });
  it('takes 「2. 原因」 for a heading: a list number’s full stop does not end a sentence', () => {
    const text = '件名について\n1. 概要\n名簿を送った。\n\n2. 原因\n宛先の入力誤り。';
    const s = read(text);
    expect(s.headings.map((h) => h.kind)).toEqual(['summary', 'cause']);
    expect(sectionAt(s, text.indexOf('宛先'))).toBe('cause');
  });
  it('keeps a bulleted point that names no section in the section it is listed under', () => {
    const s = read(
      '件名について\n再発防止策\n○ 宛先の限定\n登録したアドレスにのみ送る。\n4 お問い合わせ先\n総務課',
    );
    expect(s.sectionOf[3]).toBe('prevention');
    expect(s.sectionOf[5]).toBe('contact');
  });
  it('reads label–value lines', () => {
    const s = read('件名\n発生日:2099年3月1日\n対象件数:12件');
    expect(s.labels.map((l) => [l.label, l.value])).toEqual([
      ['発生日', '2099年3月1日'],
      ['対象件数', '12件'],
    ]);
  });
});

describe('hostOf / hostKind', () => {
  it('takes an archived page’s inner host and names the kind of body', () => {
    expect(hostOf('https://archive.example.jp/ref/2099-0101/www.city.sample.lg.jp/a/b.html')).toBe(
      'www.city.sample.lg.jp',
    );
    expect(hostOf('https://www-pref-sample-lg-jp.cache.example.jp/x.html')).toBe('www.pref.sample.lg.jp');
    expect(hostKind('www.pref.sample.lg.jp')).toBe('prefecture');
    expect(hostKind('www.sample-u.ac.jp')).toBe('university');
    expect(hostKind('www.agency.go.jp')).toBe('agency');
    expect(hostKind('shop.example.com')).toBe(null);
  });
});

describe('extract().title', () => {
  it('is the notice’s own title, never its address', () => {
    const f = extract(
      'https://example.com/news/1\n\nNotice of Data Security Incident\nSample Widgets Inc. ("Sample") learned of an incident.',
    );
    expect(f.title?.value).toBe('Notice of Data Security Incident');
  });
  it('is made from the facts when the notice has no usable title', () => {
    const f = extract(
      'このたび、サンプル電機株式会社が運営する「見本ストア」において不正アクセスが発生しました。',
    );
    expect(f.title?.value).toBe('サンプル電機株式会社の個人情報漏えい');
    const e = extract(
      'https://example.com/x\nOn May 1, 2099, Acme Bakery discovered unusual activity on its server.',
    );
    expect(e.title?.value).toBe('Acme Bakery data breach');
  });
});

describe('splitSentences and brackets', () => {
  it('does not end a sentence at a full stop inside brackets', async () => {
    const { splitSentences } = await import('./segment.js');
    expect(
      splitSentences('委託先(以下「事業者」という。)は送信しました。次の文。').map((s) => s.text),
    ).toEqual(['委託先(以下「事業者」という。)は送信しました。', '次の文。']);
  });
});
