import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Db, openDatabase } from '../store/db.js';
import { ingestNotices } from './pipeline.js';

/**
 * Successive reports as they reach leakwatch in practice, through the real extractor: a first report
 * known only from a repost blog (its banner, the company's name in another spelling, no own site),
 * then the company's later reports on its own site. Every notice here is fictional.
 */
const REPOST_FIRST = `https://blog.example.net/2024/05/post-88.html
【セキュリティ事件簿#2024-555】株式会社髙森サンプル 会員サイトへの不正アクセスに関するお知らせ 2024年5月9日
当社が運営する会員サイト「サンプルメンバーズ」に第三者による不正アクセスがあり、会員様の氏名とメールアドレス約3,200件が見られたかもしれないと分かりました。
2024年5月2日に不審な通信を検知し、同日サイトを停止しました。会員の皆様に心からお詫びします。`;

const OWN_SECOND = `https://www.takamori-sample.co.jp/news/20240614.html
会員サイトへの不正アクセスに関するお知らせ(第2報)
2024年6月14日
高森サンプル株式会社
2024年5月9日に「会員サイトへの不正アクセスに関するお知らせ」を公表いたしました件につき、その後の調査で判明したことをお知らせいたします。
閲覧された可能性のある会員様の情報は約3,200件で、氏名とメールアドレスに限られます。`;

const OWN_FINAL = `https://www.takamori-sample.co.jp/news/20240726.html
会員サイトへの不正アクセスの件 調べの結果(最終報)
2024年7月26日
高森サンプル株式会社
2024年5月9日付けおよび同年6月14日付けで公表(以下、既報)いたしました件について、外部機関の調査が終わりましたのでご報告いたします。`;

/** Another breach of the same company a year later: it must stay apart. */
const OWN_OTHER = `https://www.takamori-sample.co.jp/news/20250820.html
メールの誤送信に関するお詫び
2025年8月20日
高森サンプル株式会社
2025年8月18日、当社の担当者がキャンペーンのご案内を送る際に宛先の指定を誤り、お客様120名のメールアドレスが他の受信者に見える状態で送信しました。`;

/** A city's bureau, reposted; the city's follow-up, reposted under the city's name; a prefecture naming the same printer. */
const CITY_REPOST = `https://blog.example.net/2024/07/post-12.html
【セキュリティ事件簿#2024-700】みどり市健康局 健診案内の印刷委託先におけるランサムウェア被害について 2024年7月3日
本市が健診案内の印刷を委託している株式会社サンプル印刷のサーバーがランサムウェアに感染し、本市の受診者約4,800人分の氏名と住所が流出した可能性があると報告を受けました。`;

const CITY_REPOST_NEXT = `https://blog.example.net/2024/08/post-40.html
【セキュリティ事件簿#2024-790】みどり市 健診案内の印刷委託先におけるランサムウェア被害について(続報) 2024年8月22日
令和6年7月3日にお知らせいたしました件について、委託先の調査が終わり、本市の受診者約4,800人分の氏名と住所が流出したことが確認されました。`;

const PREF_OWN = `https://www.pref.sample-ken.lg.jp/zei/20240901.html
税の通知書の印刷委託先におけるランサムウェア被害について(最終報)
令和6年9月1日
当県が通知書の印刷を委託している株式会社サンプル印刷の調査が終わり、当県の納税者約9,000人分の情報が流出したことが確認されました。`;

describe('successive reports through the extractor', () => {
  let db: Db;
  beforeEach(async () => {
    db = await openDatabase({ sqliteFile: ':memory:' });
  });
  afterEach(async () => {
    await db.close();
  });

  it('joins a reposted first report and the company’s own later reports, and keeps its next breach apart', async () => {
    const out = await ingestNotices(
      db,
      [REPOST_FIRST, OWN_SECOND, OWN_FINAL, OWN_OTHER].map((text) => ({ text, via: 'file' })),
    );
    const ids = out.map((o) => (o.status === 'failed' ? o.error.message : o.incidentId));
    expect(new Set(ids.slice(0, 3)).size).toBe(1);
    expect(ids[3]).not.toBe(ids[0]);
  });

  it('joins a city bureau’s reposted report and the city’s reposted follow-up, not a prefecture naming the same printer', async () => {
    const out = await ingestNotices(
      db,
      [CITY_REPOST, CITY_REPOST_NEXT, PREF_OWN].map((text) => ({ text, via: 'file' })),
    );
    const ids = out.map((o) => (o.status === 'failed' ? o.error.message : o.incidentId));
    expect(ids[1]).toBe(ids[0]);
    expect(ids[2]).not.toBe(ids[0]);
  });
});
