import { describe, expect, it } from 'vitest';
import { scoreContinuation } from './continuation.js';
import { fact, incidentOfOne, noticeFacts, noticeView } from './testing.js';

// Successive reports of one breach, and notices that must stay apart, as the continuation decision
// sees them. Every organisation and text below is fictional, written for these tests.

const notice = noticeView;

const incidentOf = incidentOfOne;

const codes = (s: { reasons: { code: string }[] }) => s.reasons.map((r) => r.code);

describe('a vendor and its clients', () => {
  // The vendor's own third report, reposted (no site of its own).
  const vendor = notice(
    `【事件簿】株式会社かぞえるソフト クラウド会計の停止と攻撃についての最終のお知らせ(第3報)

当社は、当社のクラウド会計サービスが外部から攻撃を受けた件について、6月2日から6月9日にかけて公表いたしました。
このたび調査が完了しましたので、結果をご報告いたします。`,
    noticeFacts({
      organization: fact('株式会社かぞえるソフト'),
      report_stage: fact('final'),
      causes: [fact('ransomware')],
    }),
  );
  // A client's notice about it, whose organisation was read as the vendor's name.
  const client = notice(
    `みなと税理士事務所
【株式会社かぞえるソフト 攻撃被害の調べの結果について】
当事務所が使用する会計システムの開発元である株式会社かぞえるソフトが攻撃を受けた件について先日お知らせいたしましたが、同社が調べた結果を公表しましたので、要点をお伝えします。`,
    noticeFacts({
      organization: fact('株式会社かぞえるソフト'),
      report_stage: fact('final'),
      published: fact('2024-07-24'),
      causes: [fact('ransomware')],
    }),
    'https://www.minato-tax-example.jp/news/0724.html',
  );

  it('keeps a client notice out of the vendor’s incident, in either order', () => {
    const clientAfter = scoreContinuation(client, incidentOf(vendor, true));
    expect(codes(clientAfter)).not.toContain('same_organization');
    expect(clientAfter.joins).toBe(false);
    const vendorAfter = scoreContinuation(vendor, incidentOf(client, true));
    expect(codes(vendorAfter)).not.toContain('same_organization');
    expect(vendorAfter.joins).toBe(false);
  });

  it('still joins the vendor’s own reports', () => {
    const first = notice(
      '株式会社かぞえるソフト\n当社サーバへの不正アクセスについて(第1報)\n当社のクラウド会計サービスが外部から攻撃を受けました。',
      noticeFacts({ organization: fact('株式会社かぞえるソフト'), report_stage: fact('first') }),
    );
    expect(scoreContinuation(vendor, incidentOf(first, true)).joins).toBe(true);
  });
});

describe('a first report’s page with later findings on top', () => {
  const first = notice(
    '【事件簿】株式会社みらい通販 不正アクセスに関するお知らせ\n株式会社みらい通販は、外部の者に顧客データベースへ侵入されたと分かりましたので、お伝えします。',
    noticeFacts({
      organization: fact('株式会社みらい通販'),
      report_stage: fact('first'),
      incident_start: fact('2024-04-02'),
    }),
  );
  const revised = notice(
    '2024年6月10日追記:調査により対象者が増えたことを確認しました。\n株式会社みらい通販は、外部の者に顧客データベースへ侵入されたと分かりましたので、お伝えします。',
    noticeFacts({
      organization: fact('株式会社みらい通販'),
      report_stage: fact('first'),
      incident_start: fact('2024-04-02'),
    }),
    'https://www.mirai-tsuhan-example.jp/news/0410.html',
  );

  it('is no second 第一報', () => {
    const s = scoreContinuation(revised, incidentOf(first, true));
    expect(codes(s)).toContain('opening_names_update');
    expect(codes(s)).not.toContain('another_first_report');
    expect(s.joins).toBe(true);
  });
});

describe('a living first page and a later report of it', () => {
  // The first report's page, as captured after it was revised (its date is the revision's).
  const living = notice(
    'https://www.hoshizora-soft-example.co.jp/news/0601.html\nお知らせ\n2024年7月13日 更新 対象の件数を更新しました。\nログイン機能への不正アクセスについて\n弊社のログイン機能に対して外部から不正なアクセスがありました。',
    noticeFacts({ published: fact('2024-07-13') }),
  );
  const later = notice(
    'https://www.hoshizora-soft-example.co.jp/news/0713.html\n認証の件について(続報)\n2024年6月1日に公表した件について、新たに分かったことをお伝えします。',
    noticeFacts({ published: fact('2024-07-13') }),
  );

  it('reads a reference to a day before the revision as no other report', () => {
    const s = scoreContinuation(later, incidentOf(living, false));
    expect(codes(s)).toContain('title_names_later_report');
    expect(codes(s)).not.toContain('refers_to_other_report');
    expect(s.joins).toBe(true);
  });

  it('still reads it as another report when the page only prints its edit date', () => {
    const edited = notice(
      'https://www.hoshizora-soft-example.co.jp/news/0601.html\n更新日:2024年7月13日\nログイン機能への不正アクセスについて\n弊社のログイン機能に対して外部から不正なアクセスがありました。',
      noticeFacts({ published: fact('2024-07-13') }),
    );
    const s = scoreContinuation(later, incidentOf(edited, false));
    expect(codes(s)).toContain('refers_to_other_report');
    expect(codes(s)).not.toContain('same_body_news');
  });
});

describe('a customer e-mail reposted without its sender’s name', () => {
  it('is known by the shop it says it runs, and the shop’s final report continues it', () => {
    const mail = notice(
      'ブログ記事\nこのたび、当社が運営する「ひかりストア(https://www.hikari-store-example.jp/)」で改ざんが見つかりました。',
      noticeFacts({ detected: fact('2024-05-08'), report_stage: fact('first') }),
      'https://someone.hatenablog.com/entry/2024/03/20',
    );
    expect(mail.site).toBe('hikari-store-example.jp');
    const final = notice(
      'ひかりストアへの不正侵入について 調査結果のご報告(最終報)\n当社は、5月8日に改ざんの跡を見つけました。',
      noticeFacts({ detected: fact('2024-05-08'), report_stage: fact('final') }),
      'https://www.hikari-store-example.jp/info.html',
    );
    const s = scoreContinuation(final, incidentOf(mail, false));
    expect(codes(s)).toContain('same_site');
    expect(s.joins).toBe(true);
  });
});

describe('a news follow-up that dates the incident itself', () => {
  // Two news sites' articles about one college's breach, four weeks apart.
  const first = notice(
    'https://www.valleydaily-example.com/2024/03/05/college-breach\nNorthfield College looking into a possible data breach\nNorthfield College said Tuesday it is working with outside experts after someone claimed to hold files taken from its systems.',
    noticeFacts({ lang: 'en', organization: fact('Northfield College'), published: fact('2024-03-05') }),
  );
  const text =
    'https://www.lakeshore-tv-example.com/2024/04/02/northfield-update\nNorthfield College gives an update on the data incident\nNorthfield College has more details of the data incident. It happened on February 10, 2024, when a person claimed to have posted course records from a college server online.';

  // The follow-up as read, with the incident start its facts give.
  const followUp = (incidentStart: string) =>
    notice(
      text,
      noticeFacts({
        lang: 'en',
        organization: fact('Northfield College'),
        published: fact('2024-04-02'),
        report_stage: fact('update'),
        incident_start: fact(incidentStart),
      }),
    );

  it('reads the day the incident occurred as no other report', () => {
    const update = followUp('2024-02-10');
    const s = scoreContinuation(update, incidentOf(first));
    expect(codes(s)).not.toContain('refers_to_other_report');
    expect(codes(s)).not.toContain('refers_to_earlier_report');
    expect(codes(s)).toContain('same_body_news');
    expect(s.joins).toBe(true);
  });

  it('still reads a dated reference as another report when the page gives another incident day', () => {
    const other = followUp('2024-03-28');
    const s = scoreContinuation(other, incidentOf(first));
    expect(codes(s)).toContain('refers_to_other_report');
    expect(codes(s)).not.toContain('same_body_news');
  });
});
