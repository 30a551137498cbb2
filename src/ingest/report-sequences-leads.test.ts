import { sequenceSuite } from './testing-sequences.js';

/**
 * News pages whose organisation is misread or named only by a service, told weeks apart: an English
 * update whose lead names the body while the forensic firm it quotes is read as the organisation; a
 * Japanese blog post titled by the service that gives the company's head office as its address, then
 * a news page about the company that lists its clients. Every name, host and sentence is fictional,
 * written for this test.
 */

/** The retailer's first report, in the news; both the sequence and the later breach follow it. */
const BRIGHTWELL_FIRST = {
  url: 'https://www.harbourtimes.example/2031/03/04/brightwell-breach',
  text: `Brightwell Stores says card data of shoppers was stolen

Brightwell Stores announced on Tuesday that intruders took the card numbers of 310,000 shoppers from its checkout servers between January 10 and February 14, 2031.

Brightwell Stores discovered the intrusion on February 20, 2031 and has hired an outside firm to investigate.`,
};

sequenceSuite('report sequences: news leads and misread organisations', {
  oneIncident: {
    'a retailer’s breach in the news, then an article on the revised count led by the retailer': [
      BRIGHTWELL_FIRST,
      {
        url: 'https://www.quaytech.example/2031/04/brightwell-more-shoppers.html',
        text: `April 3, 2031

Brightwell Stores says another 40,000 shoppers were affected by the card breach it disclosed last month, bringing the total to 350,000.

The new figure comes from the completed review by the forensic firm Corvane Labs. "Corvane Labs found no sign of further activity," the retailer said.

Corvane Labs also confirmed that the intruders left the network in February. Brightwell Stores previously reported that no online orders were affected.`,
      },
    ],
    'a blog post titled by the service, then a news page that names the company and its clients': [
      {
        url: 'https://blog.privacy-notes.example/entry/2032-06-12',
        text: `勤怠アプリ「ハナミズキ勤怠」停止、原因はサイバー攻撃か

こんにちは、勤怠まわりの話題を追っている筆者です。

勤怠アプリ「ハナミズキ勤怠」を運営するミズナラシステム株式会社(本社:仙北市)は、運用サーバーのデータがランサム攻撃で読めなくなったと6月7日に公表しました。

同社によれば、異常に気づいたのは6月5日の明け方で、専門業者と原因を調べている最中とのことです。アプリの導入企業は約3,120社、登録ユーザーは約412,000人とされています。`,
      },
      {
        url: 'https://www.biz-column.example/article/20320620',
        text: `目次

  1. ミズナラシステムの会社概要
  2. ミズナラシステムが受けた攻撃の流れ

 ミズナラシステムの会社案内では、ミズナラシステム(本社:仙北市)は創業から20年余り、勤怠アプリを中心に事業を展開しています。取引先には、各地の税理士事務所や各地の労働保険事務組合、中堅企業などが並びます。

 ミズナラシステムの発表によれば、6月5日の明け方に外部から侵入され、運用サーバーのデータが暗号化されたとのこと。登録ユーザーは約412,000人だということです。`,
      },
    ],
  },
  apart: {
    'one retailer in the news for two breaches two years apart': [
      BRIGHTWELL_FIRST,
      {
        url: 'https://www.quaytech.example/2033/05/brightwell-email.html',
        text: `Brightwell Stores says an employee email account was accessed by a phishing attacker on April 2, 2033.

Brightwell Stores said the mailbox held names and phone numbers of 1,200 loyalty members. The company is notifying them by letter.`,
      },
    ],
  },
});
