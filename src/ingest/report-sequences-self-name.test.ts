import { pageSequenceSuite, type SequencePage } from './testing-sequences.js';

/**
 * Successive reports that name their body only in passing: a company's own notice whose opening
 * gives its name without a legal form before it calls itself 当社, a news article on it, and its
 * later report that refers back by a date in parentheses (「…件(2031年10月18日公表)について」); a city's
 * release under a "Published on" dateline and a news site's copy a week later. Apart: the same
 * company's other incident a year on, whose article refers to another day's report. Every
 * organisation, host and sentence is fictional, written for this test.
 */

/** The company's first notice, which opens both the sequence and the pair kept apart. */
const MINATO_FIRST: SequencePage = {
  url: 'https://www.minatoseiki.example.jp/info/1018/',
  text: `お客様各位
2031年10月18日
学習アプリへの不正アクセスに関するお詫び
ミナト精機は、当社の学習アプリ「マナビノート」の検証用サーバーへの不正アクセスにより、会員の氏名とメールアドレスが外部に流出したことをお知らせします。
10月11日(土)夕方、担当者がサーバーの異常に気付き、調査を始めました。`,
};

const ONE_INCIDENT: Record<string, SequencePage[]> = {
  "a company's notice without its legal form, a news article on it, its later report": [
    MINATO_FIRST,
    {
      url: 'https://news.techdaily.example/article/20311020-minato',
      text: `ミナト精機は10月18日、学習アプリ「マナビノート」の会員情報が流出したと発表した。流出したのは氏名とメールアドレスで、同社によると10月11日に異常に気付いたという。`,
    },
    {
      url: 'https://manabinote.example/news/052',
      text: `学習アプリの不正アクセスについての対策状況
2032年3月27日
ミナト精機は、当社の学習アプリ「マナビノート」の会員情報が流出した件(2031年10月18日公表)について、これまでに実施した対策をご報告します。`,
    },
  ],
  'a city release under its own dateline, and a news copy a week later': [
    {
      url: 'https://www.ashmoor.example.gov/news/cyber-incident',
      text: `City of Ashmoor Responds to Cybersecurity Incident

Published on July 22, 2031

The City of Ashmoor is restoring its systems after a cybersecurity incident it identified on Thursday, July 18. Emergency lines remain in service.`,
    },
    {
      url: 'https://www.ashmoorledger.example/stories/city-credit-monitoring',
      text: `City of Ashmoor offers credit monitoring to staff after incident

Published on July 29, 2031

The City of Ashmoor continues its investigation of the July cybersecurity incident and will offer credit monitoring to its employees, the city said.`,
    },
  ],
};

const APART: Record<string, SequencePage[]> = {
  "the same company's other incident a year on": [
    MINATO_FIRST,
    {
      url: 'https://news.techdaily.example/article/20321015-minato',
      text: `ミナト精機は2032年10月8日、社内ネットワークがランサムウェアの攻撃を受け、一部の業務が止まっていると公表した。同社によると10月5日に攻撃に気付いたという。`,
    },
  ],
};

pageSequenceSuite('reports that name their body in passing, and refer back by a date aside', {
  oneIncident: ONE_INCIDENT,
  apart: APART,
});
