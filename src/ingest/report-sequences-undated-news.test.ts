import { sequenceSuite } from './testing-sequences.js';

/**
 * News articles that print no date of their own: a Japanese lead gives only the day of the month the
 * body announced it (「…は14日、…と発表した」), and both languages name the incident's days without a
 * year (「5月27日朝」, "On Saturday, January 18"). One body's name is written in its short form by one
 * paper (「架空医大」 for 「架空医科大学」) and a school system under two of its names. Every
 * organisation, host and text here is fictional, written for this test.
 */

type Report = { text: string; url?: string };
const r = (text: string): Report => ({ text });

/** A hospital's ransomware, told by a dated article (stands before undated retellings and traps). */
const MINATODAI_DATED = r(`https://news-a.example.com/social/5521.html
架空医科大東杉台病院でランサム被害 患者約8千人分の情報漏えいか
2031/03/14 17:02
架空医科大東杉台病院(みなと市)は14日、院内で検査に使う端末群がランサムウエアの被害を受け、患者約8,000人分の氏名や生年月日が外に漏れたおそれがあると発表した。
院長らが記者会見し、診療は通常通り続けているとした。`);

/** A hospital's intrusion told by an undated article: its lead's day and the day it was found. */
const SAKURADAI_INTRUSION = r(`https://news-a.example.com/local/8812.html
サクラ台記念病院(ひばり市)は4日、電子カルテのサーバーが外部から不正にアクセスされ、患者約3万2千人分の氏名や住所が外に出たおそれがあると発表した。
病院によると、5月27日朝にカルテが開けなくなって発覚し、翌日に復旧した。`);

/**
 * A prefecture's own page that never names itself (「当課」, 「県内」), on its host: the one Japanese body
 * kind whose host says which body it is (pref.X.lg.jp). The prefecture is real; the mishap is not.
 */
const PREFECTURE_PAGE = r(`https://web.pref.tottori.lg.jp/nourin/press/20311212.html
記者発表日時:2031年12月12日17時
担当部署名/農林水産部経営支援課
県内の生産者団体の代表者に行ったアンケートの結果を送る際、個人情報を含む表が見える形式のファイルを誤って市町村あてに送信した件について、経緯を報告します。
(1)令和13年11月7日、当課から各事務所に集計結果を送信し、各事務所が市町村に転送。
(2)令和13年12月8日、当課で資料を確かめていた職員が気付き、発覚。`);

/** Sequences whose reports must become one incident. */
const ONE_INCIDENT: Record<string, Report[]> = {
  'a dated article, then an undated one under the short form of the name, announced that day': [
    MINATODAI_DATED,
    r(`https://news-b.example.com/articles/-/90331
架空医大東杉台病院(みなと市)は14日、検査に使う端末群がランサムウエアの被害を受け、患者約8,000人分の個人情報が外に漏れたおそれがあると発表した。
病院は要求に応じない方針という。`),
  ],

  'two undated articles naming the day the intrusion was found': [
    SAKURADAI_INTRUSION,
    r(`https://news-b.example.com/articles/77120
サクラ台記念病院は4日、外部からの攻撃とみられるアクセスを受け、患者らの個人情報が漏れたかもしれないと明らかにした。
同病院によれば、5月27日にシステムに接続できなくなり、警察と県に届け出た。`),
  ],

  'a prefecture’s own page, then an undated article naming the day the file was sent': [
    PREFECTURE_PAGE,
    r(`https://news-c.example.jp/society/0031.html
鳥取県は12日、生産者団体の代表者約400人分の氏名や電話番号が見られる形式のファイルを、誤って市町村に送っていたと発表した。
県によると、11月7日に経営支援課が各事務所に送り、事務所が市町村に転送した。`),
  ],

  'two papers’ leads naming the hospital, one of them read under its operator’s name': [
    r(`https://news-a.example.com/local/9120.html
北浜記念病院(うみべ市)は4日、電子カルテの端末が外から操作され、患者や職員の氏名と連絡先が外に出たかもしれないと発表した。
病院によると、5月27日朝に端末が動かなくなって発覚した。`),
    r(`https://news-b.example.com/articles/99012
うみべ市の民間病院「北浜記念病院」は4日、外部からの攻撃で患者らの情報が漏れたかもしれないと明らかにした。
病院を運営する医療法人社団北浜会によると、5月27日に端末が使えなくなり、翌日に元へ戻した。`),
  ],

  'a school board’s attack told by two sites, one dated by the attack’s day, one naming the day alone': [
    r(`https://school-news.example.com/fernvale-board-intrusion
Fernvale County Board of Education reports network intrusion
On January 18, 2031, the Fernvale County Board of Education detected unauthorized access to several of its computer systems and took the network offline over the long weekend.
The board said outside specialists are helping to determine what was reached.`),
    r(`https://cyberwire-sample.example.net/fernvale-county-schools-cyberattack
Fernvale County Schools take network offline after cyberattack
On Saturday, January 18, Fernvale County Schools found that an intruder had reached some of its computer systems, and the district shut the network down for the holiday weekend.
District officials have not said which systems were involved and promised further updates.`),
  ],
};

/** Reports that must stay apart. */
const APART: Record<string, Report[]> = {
  'one hospital’s two mishaps, told by undated articles on other days': [
    SAKURADAI_INTRUSION,
    r(`https://news-b.example.com/articles/80544
サクラ台記念病院は19日、看護師が患者約40人分の名簿を置き忘れ、紛失したと発表した。
病院によると、名簿は9月12日に外来の待合室で使ったのが最後で、まだ見つかっていない。`),
  ],

  'an undated article whose lead gives the day of the month of the hospital’s earlier news, about another mishap':
    [
      MINATODAI_DATED,
      r(`https://news-b.example.com/articles/-/93310
架空医大東杉台病院(みなと市)は14日、職員が患者12人分の検査結果を別の患者の住所に誤って郵送したと発表した。
封筒は回収を進めているという。`),
    ],

  'a prefecture’s own page, then an undated article about another of its mishaps': [
    PREFECTURE_PAGE,
    r(`https://news-c.example.jp/society/0047.html
鳥取県は20日、県立施設の利用者約90人分の申込書を紛失したと発表した。
県によると、10月3日に倉庫へ移した後、所在が分からなくなった。`),
  ],

  'one operator’s two hospitals, announced on the same day of the month, found on other days': [
    r(`https://news-a.example.com/local/9120.html
北浜記念病院(うみべ市)は4日、電子カルテの端末が外から操作され、患者や職員の氏名と連絡先が外に出たかもしれないと発表した。
病院によると、5月27日朝に端末が動かなくなって発覚した。`),
    r(`https://news-b.example.com/articles/99877
医療法人社団北浜会が運営する「南浜記念病院」は4日、職員が患者約30人分の名簿を入れた鞄を紛失したと発表した。
同会によると、鞄は6月2日に駅で置き忘れたという。`),
  ],

  'a county’s own notice and an undated article about its school system, hit the same week': [
    r(`https://www.fernvalecounty.example.gov/news/network-outage
Network outage at Fernvale County offices
January 20, 2031
Fernvale County is working to restore its computer network after a cyberattack disrupted the tax office and the clerk's systems on January 18.
Residents can still pay in person at the courthouse.`),
    r(`https://cyberwire-sample.example.net/fernvale-county-schools-cyberattack
Fernvale County Schools take network offline after cyberattack
On Saturday, January 18, Fernvale County Schools found that an intruder had reached some of its computer systems, and the district shut the network down for the holiday weekend.
District officials have not said which systems were involved and promised further updates.`),
  ],
};

sequenceSuite('news without a dateline, by the days it names (through the extractor)', {
  oneIncident: ONE_INCIDENT,
  apart: APART,
});
