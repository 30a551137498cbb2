import { sequenceSuite } from './testing-sequences.js';

/**
 * Japanese reports joined by the organisation's shape rather than its spelling: one numbered series of
 * titles (第1報 on a page gateway's host, 第3報 on the body's own site), and a university that news
 * names by its short form (試験山大 for 試験山大学). And their traps. Every organisation, host and
 * text here is fictional, written for this test; each joining sequence is ingested in both orders.
 */

type Report = { text: string };
const r = (text: string): Report => ({ text });

const seriesFirst = r(`https://gate.pagestation-sample.jp/kotori-hp/news/1
当院の電子カルテへの不正アクセスによる個人情報漏えいに関するお知らせ(第1報)|小鳥台記念病院
令和9年3月4日
小鳥台記念病院
当院の電子カルテシステムが令和9年2月27日に外部から不正にアクセスされ、患者様約3,200名の氏名と住所が漏えいしたおそれがあります。
現在、外部の専門家と調査を進めております。`);
const seriesLater = r(`https://www.kotoridai-hp-sample.or.jp/news/331.html
当院の電子カルテへの不正アクセスによる個人情報漏えいに関するお知らせ(第3報)
令和9年3月25日
小鳥台記念病院
調査の結果、漏えいした可能性のある情報に生年月日が含まれることが分かりました。対象の患者様には書面でお知らせしております。`);

const uniNotice = r(`https://www.shikenyama-u.example.ac.jp/news/2031/0612.html
本学教員のメールアカウントへの不正アクセスについて
令和13年6月12日
試験山大学
本学で教員が使うメールのアカウントを外部の者が使い、受講者512名の氏名と成績を記したファイルが見られたおそれがあります。
令和13年5月30日に大量のメール送信を確認し、直ちにアカウントを停止しました。`);
const uniNews = r(`https://news-sample.example.com/articles/20310613/
試験山大は12日、教員のメールに外部から入られ、受講者512人の氏名や成績が見られたおそれがあると公表した。
同大によると、5月30日に大量のメールが送られ、調べたところ不正な利用が分かったという。`);

const ONE_INCIDENT: Record<string, Report[]> = {
  'a numbered series: 第1報 on a gateway host, 第3報 on the hospital’s own site': [seriesFirst, seriesLater],
  'a numbered series (other order)': [seriesLater, seriesFirst],
  'a university’s notice, then news naming it by its short form': [uniNotice, uniNews],
  'a university’s notice and news by its short form (other order)': [uniNews, uniNotice],
};

const APART: Record<string, Report[]> = {
  'one hospital’s two series of numbered notices on two hosts, a year apart': [
    seriesFirst,
    r(`https://www.kotoridai-hp-sample.or.jp/news/512.html
当院職員による患者情報の持ち出しに関するお知らせ(第2報)
令和10年5月9日
小鳥台記念病院
当院の職員が患者様の情報を私用の記録媒体に複製していたことが分かりました。対象となる患者様には個別にご連絡いたします。`),
  ],
  'news of the university’s other incident, years later, by its short form': [
    uniNotice,
    r(`https://news-sample.example.com/articles/20340221/
試験山大は20日、学生の成績表を含むファイルを誤って公開していたと発表した。対象は学生88人で、ファイルは同日中に削除したという。`),
  ],
  'two universities whose short forms differ by one character': [
    uniNotice,
    r(`https://news-sample.example.com/articles/20310614/
試験川大は13日、職員のメールに外部から入られ、取引先の連絡先が見られたおそれがあると公表した。`),
  ],
};

sequenceSuite('Japanese reports joined by a numbered series or a short form', {
  oneIncident: ONE_INCIDENT,
  apart: APART,
});
