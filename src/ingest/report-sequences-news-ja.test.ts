import { sequenceSuite } from './testing-sequences.js';

/**
 * Japanese reports as they reach leakwatch from third parties: a repost blog's copy of a company's
 * notice, then a news site's article about it (the company named in the body, no date of its own),
 * and the traps beside them. Every organisation, host and text here is fictional, written for this
 * test.
 */

type Report = { text: string; url?: string };
const r = (text: string, url?: string): Report => (url ? { text, url } : { text });

/** A company's own notice (stands before a news retelling of it and before news of a later mishap). */
const KURENAI_NOTICE = r(`https://www.kurenai-shoji-sample.co.jp/news/20240805.html
カード情報流出のおそれに関するご報告
2024年8月5日
クレナイ商事株式会社
当社の通販サイトが外部から不正にアクセスされ、お客様のクレジットカード情報2,314件が流出したおそれがあると分かりました。
2024年7月22日にカード会社からの連絡で把握し、直ちに調べ始めました。`);

/** Sequences whose reports must become one incident. */
const ONE_INCIDENT: Record<string, Report[]> = {
  'a repost whose banner date is spaced apart, then a news article citing the day it was announced': [
    r(`https://repost.example.net/2024/06/case-2024-310.html
【セキュリティ事件簿#2024-310】カスミ精機株式会社 当社サーバーへの攻撃に関するご報告 2024 年 6 月 3 日
このたび、当社の設計データを保管するサーバーが外部から攻撃を受け、保存していた図面ファイルが読めない状態になりました。
2024 年 5 月 30 日の朝、社員がファイルを開けないことに気づき、直ちにネットワークを遮断しました。
現在、外部の専門会社と原因を調べております。取引先の皆様にご心配をおかけしておりますことをお詫びいたします。`),
    r(`https://news-sample.example.com/articles/7781/
カスミ精機株式会社は2024年6月3日、設計データ用のサーバーが攻撃を受け、図面ファイルが開けなくなったと明らかにしました。
同社によれば、異変に気づいたのは2024年5月30日の朝で、すぐに社内ネットワークを外部から切り離したとのことです。
取引先の情報が外に出たかどうかは、専門会社が確認を続けているとしています。`),
  ],

  'a repost with a spaced banner date, then a news article quoting its title': [
    r(`https://repost.example.net/2024/09/case-2024-512.html
【セキュリティ事件簿#2024-512】ユキワリ運輸株式会社 配送管理システムへの不正ログインについて 2024 年 9 月 12 日
当社の配送管理システムに第三者が不正にログインし、お客様の配送先住所が閲覧された可能性があることが分かりました。
2024 年 9 月 8 日に不審なログインを検知し、同日中に全アカウントのパスワードを変更しました。`),
    r(`https://news-sample.example.com/articles/8010/
ユキワリ運輸株式会社の配送管理システムで不正ログインが見つかり、配送先住所が見られたおそれがあります。
同社の説明では、不審なログインを検知したのは2024年9月8日で、その日のうちに全アカウントのパスワードを変えたとしています。
出典:配送管理システムへの不正ログインについて/ユキワリ運輸株式会社`),
  ],

  'a company’s own notice, then a news article retelling its count without a date': [
    KURENAI_NOTICE,
    r(`https://it-news-sample.example.com/2024/08/kurenai/
クレナイ商事、通販サイトのカード情報が漏れたおそれ
クレナイ商事株式会社は、同社の通販サイトが不正アクセスを受け、カード情報2,314件が外に漏れたおそれがあると発表した。
同社によると、カード会社からの指摘で気づいたという。`),
  ],

  'a news article first, then the company’s own notice of that day': [
    r(`https://news-sample.example.com/articles/6120/
コマドリ電機株式会社は、同社の会員サイトに外部から不正なログインがあったと明らかにしました。
同社によると、不審なログインに気づいたのは2024年4月8日で、会員約5,200名のポイント履歴が見られたおそれがあるとのことです。`),
    r(`https://www.komadori-denki-sample.co.jp/news/20240410.html
会員サイトへの不正ログインについて(第1報)
2024年4月10日
コマドリ電機株式会社
当社の会員サイトにおいて、第三者による不正なログインを確認いたしました。2024年4月8日に不審なログインを検知し、対象の会員様約5,200名のパスワードを初期化しました。`),
  ],
};

/** Reports that must stay apart. */
const APART: Record<string, Report[]> = {
  'one news site’s articles about two companies announcing on the same day': [
    r(`https://news-sample.example.com/articles/9001/
2024年11月6日
アケボノ製菓株式会社は2024年11月5日、同社のサーバーがランサム攻撃でファイルを暗号化されたと明らかにしました。
同社によると、ファイルが暗号化されているのに気づいたのは11月2日で、復旧作業を進めているとしています。`),
    r(`https://news-sample.example.com/articles/9002/
2024年11月6日
ツルギ木材株式会社は2024年11月5日、社内のファイルサーバーがランサム攻撃を受け、中のデータを暗号化されたと明らかにしました。
同社によると、異常に気づいたのは11月3日の夜で、警察に相談しているとのことです。`),
  ],

  'a news article about the same company’s incident a year later': [
    r(`https://repost.example.net/2023/04/case-2023-120.html
【セキュリティ事件簿#2023-120】ミナセ化成株式会社 不正アクセスによる情報流出のおそれについて 2023 年 4 月 18 日
当社の受注サーバーに不正アクセスがあり、取引先のご担当者様の氏名とメールアドレスが流出したおそれがあります。
2023 年 4 月 14 日に不審な通信を検知しました。`),
    r(`https://news-sample.example.com/articles/9500/
ミナセ化成株式会社は2024年5月21日、社員のノートパソコンを電車内で紛失したと公表しました。
パソコンには取引先約60名の連絡先が保存されていたとのことです。`),
  ],

  'a company’s notice, then a news article about its later, different mishap': [
    KURENAI_NOTICE,
    r(`https://it-news-sample.example.com/2024/10/kurenai-mail/
クレナイ商事、取引先へのメールで宛先を誤る
クレナイ商事株式会社は、社員が取引先約150社に送ったメールで、宛先を互いに見える欄に入れてしまったと発表した。
同社によると、メールアドレスのほかに情報は含まれていないという。`),
  ],

  'news of a company’s breach, then the company’s own notice of a different one': [
    r(`https://news-sample.example.com/articles/7001/
コマドリ電機株式会社は、同社の通販サイトが不正アクセスを受け、会員の氏名や住所、電話番号が見られたおそれがあると明らかにしました。
同社によると、通販サイトは停止して調べているとのことです。`),
    r(`https://www.komadori-denki-sample.co.jp/news/20240905.html
通販サイトの設定誤りによる会員情報の表示について
2024年9月5日
コマドリ電機株式会社
当社の通販サイトで、設定の誤りにより、一部の会員様の氏名、住所、電話番号が他の会員様の画面に表示される状態になっておりました。2024年9月3日に会員様からのご連絡で判明しました。`),
  ],

  'a vendor’s own notice, then a client’s repost naming it in brackets after the service it used': [
    r(`https://www.hoshino-system-sample.co.jp/info/20221115.html
当社サービスへの不正アクセスに関するお詫び
2022年11月15日
株式会社ホシノシステム
当社が提供する表示切替サービスに第三者による不正アクセスがあり、サービスを導入いただいている通販サイトで、決済画面に入力されたカード情報が盗み取られた可能性があることが分かりました。
2022年11月2日に異常を検知し、同日サービスを停止しました。`),
    r(`https://blog.example.net/2022/11/post-5.html
当社の通販サイト「コトリ書房オンライン」に導入していた表示切替サービス(株式会社ホシノシステム提供)が外から侵入され、お客様のカード情報512件が盗み取られた可能性があることが分かりました。
2022年11月2日に異常が検知され、すでに株式会社ホシノシステムのサービスは切り離し、対象のお客様にはメールでご連絡しております。
株式会社ホシノシステムによる調べでは、当社サイトのそれ以外の部分に改ざんは見つかっておりません。`),
  ],
};

sequenceSuite('Japanese reports from repost and news sites, through the extractor', {
  oneIncident: ONE_INCIDENT,
  apart: APART,
});
