import { describe, expect, it } from 'vitest';
import { reportView } from './continuation.js';
import { trailingDate } from './headline-forms.js';
import { headlineCore } from './headlines.js';
import { earlierReportRefs } from './report-refs.js';
import { newsLeadDates } from './report-refs-news.js';
import { writesAsReporter } from './reporter.js';
import { noticeSite, sourceSite } from './site.js';
import { namedAsProvider } from './speaker.js';

// Fictional organisations and texts, written for these tests.

describe('news articles about a body’s notice', () => {
  it('tells a reporter’s article from the body’s own notice', () => {
    expect(
      writesAsReporter(
        'ホシノ工業株式会社は2024年3月4日、同社のサーバーが攻撃を受けたと明らかにしました。\n同社によると、復旧を進めているとのことです。',
      ),
    ).toBe(true);
    expect(writesAsReporter('ホシノ大学は、学生の成績ファイルを誤って送信したと発表した。')).toBe(true);
    // The body's own words, though they tell a past announcement.
    expect(writesAsReporter('当社は2024年3月4日、サーバーが攻撃を受けたことを公表しました。')).toBe(false);
    expect(
      writesAsReporter(
        '本学の教員が、学生の成績ファイルを誤って送信しました。同大学院の学生は含まれません。',
      ),
    ).toBe(false);
    // Nothing reported: a bare notice that happens to lack 当社.
    expect(writesAsReporter('サーバー不具合のご案内\n不審な通信を見つけました。')).toBe(false);
    expect(writesAsReporter('Sample Corp said on May 9 that it had been attacked.')).toBe(false);
  });

  it('reads an article that names the body by its kind at a sentence’s start (「大学によると、」)', () => {
    const article =
      '2034年2月3日、山梨県のホシノ学院大学で学務用の機器に外部から侵入があった。\n大学によると、職員の連絡で気づいたという。';
    expect(writesAsReporter(article)).toBe(true);
    // A university's own notice that cites the police: 本学 speaks.
    expect(
      writesAsReporter('本学のサーバーが不正アクセスを受けました。警察によると、捜査を始めたとのことです。'),
    ).toBe(false);
  });

  it('reads the day a news lead says the body announced on', () => {
    expect(
      newsLeadDates('ホシノ工業株式会社は2024年3月4日、同社のサーバーが攻撃を受けたと明らかにしました。'),
    ).toEqual([{ y: 2024, m: 3, d: 4 }]);
    expect(newsLeadDates('ホシノ市は令和6年3月4日付で、住民票の写しを誤って交付したと公表した。')).toEqual([
      { y: 2024, m: 3, d: 4 },
    ]);
    expect(newsLeadDates('ホシノ大学は3月4日、メールの誤送信があったと発表しました。')).toEqual([
      { y: null, m: 3, d: 4 },
    ]);
    // The incident's own day, written into its clause, is no announcement.
    expect(newsLeadDates('ホシノ工業株式会社は、2024年3月1日に攻撃を受けたと明らかにしました。')).toEqual([]);
    expect(newsLeadDates('同社は3月1日、警察に被害を届け出た。')).toEqual([]);
    // …and the report dates of the text include it.
    expect(
      earlierReportRefs('ホシノ工業株式会社は2024年3月4日、同社のサーバーが攻撃を受けたと明らかにしました。')
        .dates,
    ).toEqual([{ y: 2024, m: 3, d: 4 }]);
  });

  it('reads a headline date spaced apart as text taken from a PDF writes it', () => {
    expect(
      trailingDate('【事件簿#2024-002】ホシノ工業株式会社 サーバーへの攻撃について 2024 年 3 月 4 日'),
    ).toBe('2024-03-04');
    expect(trailingDate('サーバーへの攻撃について 令和6年3月4日')).toBe('2024-03-04');
    expect(trailingDate('令和6年3月1日に起きた攻撃について')).toBeNull();
    expect(
      headlineCore('【事件簿#2024-002】ホシノ工業株式会社 サーバーへの攻撃について 2024 年 3 月 4 日', [
        'ホシノ工業株式会社',
      ]),
    ).toBe('サーバーへの攻撃について');
  });

  it('knows a news article by the page it names as its source, not by its own host', () => {
    expect(sourceSite('出典：https://www.hoshino-kogyo.example.co.jp/news/0304.html\n本文')).toBe(
      'hoshino-kogyo.example.co.jp',
    );
    expect(sourceSite('本文のみ')).toBeNull();
    expect(noticeSite('出典：https://www.prtimes.jp/a/1\n本文', null)).toBeNull();
  });

  it('drops a news article’s host, never a public body’s own', () => {
    const view = (text: string) =>
      reportView({ text, url: null, title: null, stage: null, published: null, facts: {} });
    const article = view(
      'https://news-sample.example.com/a/1\nホシノ工業株式会社は3月4日、同社のサーバーが攻撃を受けたと明らかにしました。',
    );
    expect(article.site).toBeNull();
    expect(article.reporter).toBe(true);
    // A city passing on its contractor's words without saying 本市 is still the city, on its own site.
    const city = view(
      'https://www.city.hoshino.example.lg.jp/news/1.html\n委託先のホシノ印刷株式会社から報告があり、同社によると、宛名の印字がずれたとのことです。',
    );
    expect(city.site).toBe('city.hoshino.example.lg.jp');
    expect(city.reporter).toBeUndefined();
  });
});

describe('a vendor named in brackets after what a client used', () => {
  it('is the client’s supplier, not its publisher', () => {
    expect(
      namedAsProvider(
        '当店のサイトに導入していた表示切替サービス(株式会社ホシノシステム提供)が外部から攻撃されました。',
        '株式会社ホシノシステム',
      ),
    ).toBe(true);
    // A bracket that only names a company, and the vendor's own words.
    expect(
      namedAsProvider(
        '当店が導入していた表示切替サービス(株式会社ホシノシステム)が停止しました。',
        'ホシノシステム',
      ),
    ).toBe(false);
    expect(
      namedAsProvider('当社が提供する表示切替サービスへの不正アクセスについて', '株式会社ホシノシステム'),
    ).toBe(false);
  });
});

describe('a company’s head office given as its address', () => {
  it('is no 本社 speaking as the body', () => {
    expect(
      writesAsReporter(
        '勤怠クラウドを提供するサンプルワークス株式会社(本社:北浜市)は、運用サーバーが暗号化されたと6月9日に発表しました。',
      ),
    ).toBe(true);
    expect(
      writesAsReporter('サンプルワークスの発表によれば、6月8日の夜に運用サーバーが止まったといいます。'),
    ).toBe(true);
    expect(writesAsReporter('本社のサーバーが攻撃を受けたことを6月6日に公表しました。')).toBe(false);
  });
});
