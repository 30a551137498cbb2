import { expect, it } from 'vitest';
import { ingestInOrder, sequenceSuite } from './testing-sequences.js';

/**
 * Successive reports of one incident, and reports of different incidents of one publisher, each
 * sequence ingested in order into a fresh store through the real extractor. Every organisation,
 * host and text here is fictional, written for this test.
 */

type Report = { text: string; url?: string };
const r = (text: string, url?: string): Report => (url ? { text, url } : { text });

/** Sequences whose reports must become one incident. */
const ONE_INCIDENT: Record<string, Report[]> = {
  'company 第一報 → 第2報 with a changed count': [
    r(`https://www.hoshizora-tsushin.example/news/2024/0509.html
当社サーバーへの不正アクセスに関するお知らせ(第一報)
2024年5月9日
株式会社ほしぞら通信
当社の顧客管理サーバーが外部から不正にアクセスされ、お客様の氏名と電話番号など約1,200件が外部に持ち出された可能性があることが分かりました。
2024年5月2日に不審な通信を検知し、直ちにサーバーをネットワークから切り離しました。`),
    r(`https://www.hoshizora-tsushin.example/news/2024/0607.html
当社サーバーへの不正アクセスに関するお知らせ(第2報)
2024年6月7日
株式会社ほしぞら通信
先般お知らせした不正アクセスについて、外部の専門会社による調査で、対象となるお客様は約1,850件であることが分かりました。
対象のお客様には順次お詫びの書面をお送りしております。`),
  ],

  'city お知らせ → 調査結果 with 本市 only': [
    r(`https://www.city.kawabe-sample.lg.jp/kurashi/kojin/20240702.html
住民税通知書の誤送付について
令和6年7月2日
本市が6月に送付した住民税の通知書のうち、43件が別の方の住所に届いていたことが分かりました。
封入作業の際、本市の委託先で宛名の並び順がずれたことが原因です。本市では対象の方々に個別に連絡しております。`),
    r(`https://www.city.kawabe-sample.lg.jp/kurashi/kojin/20240816.html
住民税通知書の誤送付に関する調査結果について
令和6年8月16日
本市が送付した住民税の通知書の誤送付について、委託先での封入工程を調べた結果をお知らせします。
誤って届いた通知書は43件で、これ以外に誤りがないことを確認しました。本市は封入後の照合を二重にいたします。`),
  ],

  'hospital 続報 citing 令和6年5月9日にお知らせした': [
    r(`https://www.aoba-sample-hp.example/info/240509.html
電子カルテシステムの障害と情報流出のおそれについて
令和6年5月9日
医療法人あおば会 あおばサンプル病院
当院の電子カルテシステムがランサムウェアに感染し、患者さんの情報が流出したおそれがあります。
現在、外来診療を制限しております。`),
    r(`https://www.aoba-sample-hp.example/info/240603.html
電子カルテシステムの障害に関する続報
令和6年6月3日
医療法人あおば会 あおばサンプル病院
令和6年5月9日にお知らせした電子カルテシステムの障害について、その後の調査で、患者さん約8,300名の氏名と生年月日が流出したことを確認しました。
外来診療は6月1日に再開しております。`),
  ],

  'hospital 続報 citing 5月9日付で公表した': [
    r(`https://www.kitami-sample-clinic.example/news/0509.html
患者情報を含むUSBメモリの紛失について
2024年5月9日
きたみサンプル記念病院
当院の職員が、患者さん120名分の検査結果を保存したUSBメモリを院外で紛失しました。`),
    r(`https://www.kitami-sample-clinic.example/news/0528.html
USBメモリ紛失のその後のご報告
2024年5月28日
きたみサンプル記念病院
5月9日付で公表した件について、警察に遺失届を提出しておりましたが、現在まで発見には至っておりません。
当院では私物の記録媒体の使用を禁止しました。`),
  ],

  'hospital 続報 citing 前回のお知らせ': [
    r(`https://www.minami-sample-hosp.example/topics/a1.html
不審メールの送信に関するお詫び
2024年9月2日
みなみサンプル総合病院
当院職員のメールアカウントが第三者に使われ、約2,400件の不審なメールが送信されたことが分かりました。`),
    r(`https://www.minami-sample-hosp.example/topics/a2.html
不審メールの送信に関するお詫び(続報)
2024年9月20日
みなみサンプル総合病院
前回のお知らせ以降の調査で、送信先に患者さんのアドレスは含まれていないことを確認しました。
当院は全職員のパスワードを変更し、多要素認証を導入しました。`),
  ],

  'hospital 続報 citing 既報': [
    r(`https://www.nishino-sample.example/oshirase/1101.html
個人情報を含む書類の紛失について
2024年11月1日
社会福祉法人にしのサンプル会 にしのサンプル病院
当院の外来で、患者さん31名の予約票をまとめた綴りが所在不明となっています。`),
    r(`https://www.nishino-sample.example/oshirase/1122.html
予約票の紛失について(最終報)
2024年11月22日
社会福祉法人にしのサンプル会 にしのサンプル病院
既報の予約票の綴りについて、院内を改めて探しましたが見つかりませんでした。対象の31名の方には個別にお詫びしております。`),
  ],

  'university 本学 named only in the letterhead': [
    r(`https://www.sample-u.example/news/2024/1015.html
本学教員のパソコンのマルウェア感染について
2024年10月15日
サンプル工科大学
本学の教員が使用するパソコンがマルウェアに感染し、学生約640名の成績情報が外部に送信されたおそれがあると分かりました。
本学は当該パソコンをネットワークから隔離しました。`),
    r(`https://www.sample-u.example/news/2024/1129.html
本学教員のパソコンのマルウェア感染について(第2報)
2024年11月29日
本学は、10月15日にお知らせした教員のパソコンの感染について、外部の専門機関による調査を終えました。
外部に送信された成績情報は学生約640名分で、現在まで悪用は確認されておりません。`),
  ],

  'second report as a PDF on a CDN host': [
    r(
      `オンラインストアへの不正アクセスによるカード情報流出のお知らせ
2024年3月12日
株式会社もりのサンプル雑貨
当社が運営する「もりのサンプルストア」が外部から不正アクセスを受け、ご利用者のクレジットカード情報2,915件が流出した可能性があります。`,
      'https://www.morino-sample.example/news/20240312.html',
    ),
    r(
      `オンラインストアへの不正アクセスに関する調査結果のご報告
2024年4月26日
株式会社もりのサンプル雑貨
2024年3月12日に公表いたしました「もりのサンプルストア」への不正アクセスについて、第三者調査機関の調査が完了しました。
流出した可能性のあるカード情報は2,915件です。`,
      'https://cdn.example-files.net/morino-sample/pdf/20240426_report.pdf',
    ),
  ],

  'first report without a count, the later one with': [
    r(`https://www.sample-kensetsu.example/ir/20240801.html
ランサムウェア被害に関するお知らせ
2024年8月1日
サンプル建設株式会社
当社の社内ファイルサーバーがランサムウェアに感染したことを確認しました。影響の範囲は現在調査中です。`),
    r(`https://www.sample-kensetsu.example/ir/20240830.html
ランサムウェア被害に関するお知らせ(第2報)
2024年8月30日
サンプル建設株式会社
8月1日にお知らせしたランサムウェア被害について、取引先と従業員の情報あわせて約5,600件が流出した可能性があることが分かりました。`),
  ],

  'English first notice → "As we previously announced on May 9"': [
    r(`https://www.bluefin-sample.example/news/notice
Notice of Data Security Incident
May 9, 2024
Bluefin Sample Outfitters, Inc. recently discovered unauthorized access to its online order system. The information involved may include names, addresses and payment card numbers of about 4,100 customers.`),
    r(`https://www.bluefin-sample.example/news/update
Update on Data Security Incident
June 14, 2024
As we previously announced on May 9, Bluefin Sample Outfitters discovered unauthorized access to its online order system. Our investigation has now confirmed that 4,350 customers were affected.`),
  ],

  'English "This is an update to our notice of"': [
    r(`https://www.greenleaf-sample.example/privacy/incident
Notice of Data Security Incident
March 3, 2025
Greenleaf Sample Credit Union is writing to inform members of an incident involving an email account of one of our employees. An unknown party gained access to the mailbox between February 10 and February 12, 2025.`),
    r(`https://www.greenleaf-sample.example/privacy/incident-update
Update
April 2, 2025
This is an update to our notice of March 3, 2025. Greenleaf Sample Credit Union has finished reviewing the mailbox and found that it held names and Social Security numbers of 2,730 members. Letters are being mailed this week.`),
  ],

  'English notice → update → final update': [
    r(`https://www.harbor-sample.example/notice
Notice of Data Security Incident
July 8, 2024
Harbor Sample Logistics, LLC detected ransomware on part of its network on July 1, 2024. We took systems offline and engaged outside experts.`),
    r(`https://www.harbor-sample.example/notice-update
Update: Data Security Incident
July 29, 2024
Harbor Sample Logistics continues to investigate the ransomware incident first detected on July 1, 2024. Files that may contain employee information were copied from a file server.`),
    r(`https://www.harbor-sample.example/notice-final
Final update on the Data Security Incident
September 16, 2024
Harbor Sample Logistics has completed its review of the files copied during the ransomware incident detected on July 1, 2024. They contained names and Social Security numbers of 1,904 current and former employees, who are being notified by mail.`),
  ],

  "a subsidiary's report, then the parent's": [
    r(`https://www.sample-butsuryu.example/news/20240610.html
配送管理システムへの不正アクセスについて
2024年6月10日
株式会社サンプル物流
当社の配送管理システムに不正アクセスがあり、配送先のお客様約12,000件の氏名と住所が閲覧された可能性があることが分かりました。
2024年6月3日に異常を検知しました。`),
    r(`https://www.sample-hd.example/ir/20240705.html
連結子会社における不正アクセスについて(第2報)
2024年7月5日
サンプルホールディングス株式会社
当社の連結子会社である株式会社サンプル物流が2024年6月10日に公表した配送管理システムへの不正アクセスについて、調査の結果をお知らせします。
閲覧された可能性のある情報は約12,000件で、クレジットカード情報は含まれておりません。`),
  ],

  'hospital 続報 with an undated first report, citing 前回のお知らせ': [
    r(`ひまわりサンプル病院からのお知らせ
患者さんの紹介状の誤送付について
ひまわりサンプル病院
当院から他の医療機関へ送付した紹介状1通が、誤って別の医療機関に届いていたことが判明しました。`),
    r(`紹介状の誤送付について(第2報)
2024年2月20日
ひまわりサンプル病院
前回のお知らせでご報告した紹介状は、誤って届いた医療機関から返送され、当院で回収いたしました。第三者への流出はありません。`),
  ],

  'English "As we previously disclosed on May 9" without a year, untitled update': [
    r(`https://www.cobalt-sample.example/security
Notice of Data Security Incident
May 9, 2025
Cobalt Sample Dental Group identified suspicious activity in its patient scheduling system on April 28, 2025 and began an investigation.`),
    r(`https://www.cobalt-sample.example/security-2
Cobalt Sample Dental Group – Patient Information
June 20, 2025
As we previously disclosed on May 9, Cobalt Sample Dental Group identified suspicious activity in its patient scheduling system. The investigation found that names, dates of birth and treatment information of 3,118 patients were accessible to the intruder.`),
  ],

  'final report three months later citing both earlier dates': [
    r(`https://www.sample-gakuen.example/news/240115.html
生徒の個人情報を含むファイルの誤掲載について
2024年1月15日
学校法人サンプル学園
本校のウェブサイトに、生徒212名の氏名と成績を記載したファイルが誤って掲載されていました。`),
    r(`https://www.sample-gakuen.example/news/240201.html
ファイル誤掲載の経過について
2024年2月1日
学校法人サンプル学園
1月15日にお知らせしたファイルの誤掲載について、外部からの閲覧記録を調べています。`),
    r(`https://www.sample-gakuen.example/news/240419.html
ファイル誤掲載に関する最終のご報告
2024年4月19日
学校法人サンプル学園
本年1月15日及び2月1日に公表いたしました件につき、閲覧記録の調査を終えましたので、その結果をご報告申し上げます。`),
  ],

  'a 続報 citing the day before the first report’s date (posted after midnight)': [
    r(`https://www.sample-tetsudo.example/news/20241202.html
会員情報の流出のおそれについて
2024年12月2日
サンプル鉄道株式会社
当社のポイント会員サービスのサーバーに不正アクセスがあり、会員約9,700名の情報が流出したおそれがあります。`),
    r(`https://www.sample-tetsudo.example/news/20241220.html
会員情報の流出のおそれについて(続報)
2024年12月20日
サンプル鉄道株式会社
12月1日にお知らせしたポイント会員サービスへの不正アクセスについて、調査の状況をご報告いたします。`),
  ],

  'the parent’s report first, then the subsidiary’s own citing its parent': [
    r(`https://www.nagisa-hd.example/ir/20250212.html
グループ会社におけるランサムウェア被害について
2025年2月12日
なぎさサンプルホールディングス株式会社
当社グループの株式会社なぎさサンプル運輸において、業務用サーバーがランサムウェアに感染したことを2025年2月8日に確認しました。`),
    r(`https://www.nagisa-unyu.example/news/20250307.html
ランサムウェア被害に関するご報告(第2報)
2025年3月7日
株式会社なぎさサンプル運輸
当社の親会社であるなぎさサンプルホールディングス株式会社が2025年2月12日に公表しました当社サーバーのランサムウェア被害について、調査の結果、取引先約1,100社の情報が流出したことを確認しました。`),
  ],

  'English "On May 9, 2024, we posted a notice" then the update': [
    r(`https://www.redwood-sample.example/notice
Notice of Data Security Incident
May 9, 2024
Redwood Sample Clinic recently learned that an unauthorized person accessed an employee email account. We are reviewing the contents of the account.`),
    r(`https://www.redwood-sample.example/notice-2
Redwood Sample Clinic – Information for Patients
July 1, 2024
On May 9, 2024, Redwood Sample Clinic posted a notice about unauthorized access to an employee email account. The review has identified 2,208 patients whose names and treatment information were in the account.`),
  ],

  'a board of education’s reposted report, then the city’s reposted 続報': [
    r(`https://blog.example.net/2025/01/post-5.html
【セキュリティ事件簿#2025-011】さくらサンプル市教育委員会 学習用端末の管理サービスへの不正ログインについて 2025年1月14日
本市の小中学校で使用する学習用端末の管理サービスに不正ログインがあり、児童生徒約6,900人の氏名とクラスが閲覧された可能性があります。`),
    r(`https://blog.example.net/2025/02/post-9.html
【セキュリティ事件簿#2025-060】さくらサンプル市 学習用端末の管理サービスへの不正ログインについて(第2報) 2025年2月4日
令和7年1月14日にお知らせした学習用端末の管理サービスへの不正ログインについて、閲覧された情報は児童生徒約6,900人分であることが確定しました。`),
  ],

  'a listed company’s 続報 naming its release by date (…日付当社リリース)': [
    r(`https://www.sample-seiki.example/ir/2025/0310.html
当社グループにおけるシステム障害について
2025年3月10日
サンプル精機株式会社
当社グループの生産管理システムにおいて、第三者による不正アクセスに起因するとみられる障害が発生しております。`),
    r(`https://www.sample-seiki.example/ir/2025/0418.html
当社グループにおけるシステム障害の原因と影響について
2025年4月18日
サンプル精機株式会社
本件は、2025年3月10日付当社リリースの続報です。外部専門家の調査により、取引先担当者約2,600名の氏名と連絡先が外部に送信されたことが判明しました。`),
  ],

  'a page marked 【更新】 a month later': [
    r(`https://www.city.yanagi-sample.lg.jp/soshiki/kenko/0601.html
がん検診受診者名簿の紛失について
令和6年6月1日
本市の健康づくり課で、がん検診の受診者名簿(受診者182名分)を紛失したことが分かりました。本市は庁舎内を捜索しています。`),
    r(`https://www.city.yanagi-sample.lg.jp/soshiki/kenko/0705.html
【更新】がん検診受診者名簿の紛失について
令和6年7月5日
本市の健康づくり課で紛失したがん検診の受診者名簿(182名分)は、庁舎内の書庫から見つかりました。外部への持ち出しはありませんでした。`),
  ],

  'text only (no address anywhere): 第一報 then 第2報': [
    r(`不正アクセスによるお客様情報流出のおそれに関するお知らせ(第一報)
2024年10月1日
株式会社こはくサンプル
当社の予約システムに外部からの不正アクセスがあり、お客様の情報が流出したおそれがあることが分かりました。現在、外部の専門会社と調査を進めております。`),
    r(`不正アクセスによるお客様情報流出に関するお知らせ(第2報)
2024年10月25日
株式会社こはくサンプル
2024年10月1日に公表した当社予約システムへの不正アクセスについて、調査の結果、お客様約4,480名の氏名と電話番号が流出したことを確認しました。`),
  ],

  'English, text only, the name spelled two ways': [
    r(`Notice of Data Security Incident
August 5, 2024
Maple Sample Pharmacy, Inc. is providing notice of an event that may affect the privacy of some patient information. On July 22, 2024, Maple Sample Pharmacy discovered that its prescription refill portal had been accessed without authorization.`),
    r(`Update on Data Security Incident
September 30, 2024
Maple Sample Pharmacy is providing an update to our notice of August 5, 2024. The review found that names, dates of birth and prescription details of 6,412 patients were viewable through the refill portal.`),
  ],
};

/** Sequences whose reports are different incidents (each must stay apart from every other). */
const APART: Record<string, Report[]> = {
  'one company, two incidents months apart': [
    r(`https://www.yamabiko-sample.example/news/20240215.html
ECサイトへの不正アクセスに関するお知らせ
2024年2月15日
株式会社やまびこサンプル
当社が運営する「やまびこ通販」にSQLインジェクションによる不正アクセスがあり、会員約3,300名のメールアドレスが流出した可能性があります。
2024年2月5日に異常を検知しました。`),
    r(`https://www.yamabiko-sample.example/news/20240918.html
メールの誤送信に関するお詫び
2024年9月18日
株式会社やまびこサンプル
2024年9月17日、当社の店舗スタッフがポイント会員向けのご案内を送る際、宛先をBCCではなくTOに入力したため、会員87名のメールアドレスが他の受信者に表示されました。`),
  ],

  'two cities, same day, same template': [
    r(`https://www.city.higashi-sample.lg.jp/oshirase/20241004.html
児童手当の通知書の誤送付について
令和6年10月4日
東サンプル市
本市が送付した児童手当の通知書1通が、別の世帯に届いていたことが分かりました。本市では当該世帯を訪問し、お詫びのうえ回収しました。`),
    r(`https://www.city.nishi-sample.lg.jp/oshirase/20241004.html
児童手当の通知書の誤送付について
令和6年10月4日
西サンプル市
本市が送付した児童手当の通知書1通が、別の世帯に届いていたことが分かりました。本市では当該世帯を訪問し、お詫びのうえ回収しました。`),
  ],

  'a company’s 第2報 of an incident whose first report is not stored': [
    r(`https://www.sample-shoji.example/news/20240405.html
ランサムウェア被害の発生について
2024年4月5日
株式会社サンプル商事
当社の基幹システムがランサムウェアに感染しました。2024年3月30日に検知し、外部との通信を遮断しました。`),
    r(`https://www.sample-shoji.example/news/20240822.html
展示会来場者名簿の紛失について(第2報)
2024年8月22日
株式会社サンプル商事
8月9日にお知らせした展示会来場者名簿の紛失について、会場内を捜索しましたが発見に至っておりません。名簿には来場者約260名の氏名と勤務先が記載されていました。`),
  ],

  'one company, two first reports weeks apart': [
    r(`https://www.sample-foods.example/news/0603.html
公式オンラインショップへの不正アクセスに関するお知らせ(第一報)
2024年6月3日
サンプルフーズ株式会社
当社の公式オンラインショップが外部から不正アクセスを受け、ご利用者のクレジットカード情報が流出した可能性があります。`),
    r(`https://www.sample-foods.example/news/0624.html
採用応募者情報の誤送信に関するお知らせ(第一報)
2024年6月24日
サンプルフーズ株式会社
当社の採用担当者が、応募者の皆様への連絡メールに別の応募者17名の履歴書ファイルを誤って添付して送信しました。`),
  ],

  'two cities’ reposted notices naming one printer': [
    r(`https://blog.example.net/2024/10/post-3.html
【セキュリティ事件簿#2024-901】ひばり市 納税通知書の印刷委託先におけるランサムウェア被害について 2024年10月7日
本市が納税通知書の印刷を委託している株式会社サンプル印刷のサーバーがランサムウェアに感染し、本市の納税者約3,900人分の氏名と住所が流出した可能性があると報告を受けました。`),
    r(`https://blog.example.net/2024/10/post-4.html
【セキュリティ事件簿#2024-902】つばめ市 納税通知書の印刷委託先におけるランサムウェア被害について 2024年10月7日
本市が納税通知書の印刷を委託している株式会社サンプル印刷のサーバーがランサムウェアに感染し、本市の納税者約5,200人分の氏名と住所が流出した可能性があると報告を受けました。`),
  ],

  'two client companies (text only) telling one vendor’s ransomware': [
    r(`委託先におけるランサムウェア被害について
2024年6月20日
株式会社あさひサンプル
当社が顧客管理業務を委託している株式会社サンプルシステムズのサーバーがランサムウェアに感染し、当社のお客様約1,300名の情報が流出したおそれがあると分かりました。2024年6月12日に同社から報告を受けました。`),
    r(`委託先におけるランサムウェア被害について(第2報)
2024年6月28日
株式会社ゆうひサンプル
2024年6月21日にお知らせしたとおり、当社が顧客管理業務を委託している株式会社サンプルシステムズのサーバーがランサムウェアに感染しました。当社のお客様約2,050名の情報が流出した可能性があります。`),
  ],

  'two clients telling one vendor’s ransomware, no letterhead name': [
    r(`委託先におけるランサムウェア被害について
2024年6月20日
当社が顧客管理業務を委託している株式会社サンプルシステムズのサーバーがランサムウェアに感染し、当社のお客様約1,300名の情報が流出したおそれがあると分かりました。2024年6月12日に同社から報告を受けました。`),
    r(`委託先におけるランサムウェア被害について(第2報)
2024年6月28日
2024年6月21日にお知らせしたとおり、当社が顧客管理業務を委託している株式会社サンプルシステムズのサーバーがランサムウェアに感染しました。当社のお客様約2,050名の情報が流出した可能性があります。2024年6月12日に同社から報告を受けました。`),
  ],
};

/** One company's two incidents, then a 続報 of the second: the 続報 joins the second only. */
const OTHER_INCIDENTS_FOLLOW_UP: Report[] = [
  r(`https://www.sample-denki.example/news/20240410.html
会員サイトへの不正ログインに関するお知らせ
2024年4月10日
サンプル電機株式会社
当社の会員サイトで、外部から入手されたとみられるIDとパスワードによる不正ログインが約540件確認されました。
2024年4月4日に検知しました。`),
  r(`https://www.sample-denki.example/news/20240725.html
修理受付伝票の紛失について
2024年7月25日
サンプル電機株式会社
当社の修理受付窓口で、お客様38名分の修理受付伝票を保管していた箱が所在不明となりました。2024年7月19日に判明しました。`),
  r(`https://www.sample-denki.example/news/20240809.html
修理受付伝票の紛失について(続報)
2024年8月9日
サンプル電機株式会社
7月25日にお知らせした修理受付伝票の紛失について、社内を捜索しましたが発見に至っておりません。対象の38名のお客様には個別にご連絡しました。`),
];

/**
 * A large city's many small incidents (more than the newest twenty the candidate query reads by
 * recency), then a 続報 of its oldest one, citing the first report's date.
 */
function bigCity(): Report[] {
  const papers = [
    '保育料の決定通知書',
    '固定資産税の納税通知書',
    '健診の受診券',
    '介護保険の認定結果通知',
    '図書館の予約連絡票',
    '水道料金の領収書',
  ];
  const units = ['こども未来課', '資産税課', '健康推進課', '介護保険課', '中央図書館', '水道料金センター'];
  const out: Report[] = [];
  const start = Date.UTC(2023, 3, 3);
  for (let i = 0; i < 24; i++) {
    const day = new Date(start + i * 13 * 86_400_000);
    const [y, m, d] = [day.getUTCFullYear(), day.getUTCMonth() + 1, day.getUTCDate()];
    const paper = papers[i % papers.length]!;
    out.push(
      r(`https://www.city.oomachi-sample.lg.jp/news/${y}${m}${d}.html
${paper}の誤送付について
${y}年${m}月${d}日
大町サンプル市
本市の${units[i % units.length]}が送付した${paper}${i + 2}件が、別の方の住所に届いていたことが分かりました。本市は対象の方に連絡し、お詫びしております。`),
    );
  }
  out.push(
    r(`https://www.city.oomachi-sample.lg.jp/news/2024831.html
保育料の決定通知書の誤送付について(続報)
2024年8月31日
大町サンプル市
令和5年4月3日にお知らせした保育料の決定通知書の誤送付について、本市は送付の手順を見直し、封入時の照合を二人で行うことにしました。`),
  );
  return out;
}

sequenceSuite('report sequences through the extractor', { oneIncident: ONE_INCIDENT, apart: APART }, (db) => {
  it('a large city’s 続報 joins its old incident, past the newest twenty', async () => {
    const ids = await ingestInOrder(db(), bigCity());
    expect(new Set(ids.slice(0, -1)).size).toBe(ids.length - 1);
    expect(ids.at(-1)).toBe(ids[0]);
  });

  it('a 続報 joins the incident it follows, not the same company’s earlier one', async () => {
    const ids = await ingestInOrder(db(), OTHER_INCIDENTS_FOLLOW_UP);
    expect(ids[1]).not.toBe(ids[0]);
    expect(ids[2]).toBe(ids[1]);
  });
});
