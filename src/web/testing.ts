import type { IngestEngine } from '../extract/engine.js';
import type { Fact, NoticeFacts } from '../extract/types.js';
import { noticeFacts } from '../incidents/testing.js';
import { ingestNotice } from '../ingest/pipeline.js';
import type { Db } from '../store/db.js';
import { importRecords } from '../store/import.js';

/**
 * Test fixtures for the web pages: fictional notices (companies, people and numbers invented for
 * leakwatch's tests) ingested into a real store, with facts written by hand so page tests do not
 * depend on the extractor's current rules. Evidence offsets are real offsets into the stored text.
 */

/** A fact whose evidence is `quote`'s real position in `text`. */
function ev<T>(text: string, value: T, quote: string): Fact<T> {
  const start = text.indexOf(quote);
  if (start < 0) throw new Error(`fixture: quote not in text: ${quote}`);
  return { value, evidence: { quote, start, end: start + quote.length }, confidence: 0.9 };
}

const norm = (raw: string) => raw.normalize('NFKC').replace(/\r\n?/g, '\n').trim();

export const NOTICE_SAMPLE_1 = `2026年3月2日
株式会社サンプル商事
不正アクセスによるお客様情報流出の可能性に関するお知らせ(第一報)

当社が運営する「サンプル通販」において、第三者による不正アクセスを受けたことが2026年2月20日に判明しました。
SQLインジェクション攻撃により、お客様のメールアドレス、パスワード、氏名が流出した可能性があります。
対象は約8,000名のお客様です。
対象となるのは、2025年4月1日から2026年2月20日までに会員登録されたお客様です。
当社は全てのお客様のパスワードをリセットいたしました。
専用のお問い合わせ窓口を設置しました。
お問い合わせ: サンプル通販 お客様窓口 電話 0120-000-000 メール support@example.jp`;

export const NOTICE_SAMPLE_2 = `2026年3月20日
株式会社サンプル商事
不正アクセスによるお客様情報流出に関するお知らせ(第二報)

「サンプル通販」への不正アクセスについて、調査の結果をご報告します。
対象のお客様は12,345名であることが確定しました。
メールアドレス、パスワード、氏名に加えて、クレジットカード番号が流出したことを確認しました。
カード決済を停止しました。
対象となるのは、2025年4月1日から2026年2月20日までに会員登録されたお客様です。`;

/** An English notice whose text tries to inject markup: it must render as text. */
export const NOTICE_WIDGETS = `Notice of Data Security Incident
Example Widgets Inc. — Widget Store
Published 2026-01-15.
A phishing email led to unauthorised access to our customer mailing system. <script>alert(1)</script>
Email addresses and phone numbers of up to 2,500 customers may have been exposed. "><img src=x onerror=alert(2)>
We have warned customers about suspicious mail.`;

/** The sample shop's name, service, first three data classes and scope, which both its reports state. */
function sampleShared(
  text: string,
): Pick<NoticeFacts, 'lang' | 'organization' | 'services' | 'data_classes' | 'scope'> {
  return {
    lang: 'ja',
    organization: ev(text, '株式会社サンプル商事', '株式会社サンプル商事'),
    services: [ev(text, 'サンプル通販', 'サンプル通販')],
    data_classes: [
      ev(text, 'Email addresses', 'メールアドレス'),
      ev(text, 'Passwords', 'パスワード'),
      ev(text, 'Names', '氏名'),
    ],
    scope: [
      ev(
        text,
        {
          description: '2025年4月1日から2026年2月20日までに会員登録されたお客様',
          from: '2025-04-01',
          to: '2026-02-20',
          fromTime: null,
          toTime: null,
        },
        '2025年4月1日から2026年2月20日までに会員登録されたお客様',
      ),
    ],
  };
}

function factsSample1(text: string): NoticeFacts {
  return noticeFacts({
    ...sampleShared(text),
    report_stage: ev(text, 'first', '(第一報)'),
    published: ev(text, '2026-03-02', '2026年3月2日'),
    detected: ev(text, '2026-02-20', '2026年2月20日に判明しました'),
    affected: ev(text, { count: 8000, unit: 'people', qualifier: 'approx' }, '対象は約8,000名のお客様です。'),
    causes: [ev(text, 'sql_injection', 'SQLインジェクション攻撃')],
    measures: [
      ev(text, 'password_reset', '全てのお客様のパスワードをリセットいたしました'),
      ev(text, 'hotline', '専用のお問い合わせ窓口を設置しました'),
    ],
    leak_status: ev(text, 'possible', '流出した可能性があります'),
    contact: ev(
      text,
      {
        name: 'サンプル通販 お客様窓口',
        phones: ['0120-000-000'],
        emails: ['support@example.jp'],
        urls: [],
        hours: null,
      },
      'お問い合わせ: サンプル通販 お客様窓口 電話 0120-000-000 メール support@example.jp',
    ),
  });
}

function factsSample2(text: string): NoticeFacts {
  const shared = sampleShared(text);
  return noticeFacts({
    ...shared,
    report_stage: ev(text, 'update', '(第二報)'),
    published: ev(text, '2026-03-20', '2026年3月20日'),
    affected: ev(
      text,
      { count: 12345, unit: 'people', qualifier: 'exact' },
      '対象のお客様は12,345名であることが確定しました。',
    ),
    data_classes: [...shared.data_classes, ev(text, 'Credit cards', 'クレジットカード番号')],
    measures: [ev(text, 'card_payment_suspended', 'カード決済を停止しました')],
    leak_status: ev(text, 'confirmed', '流出したことを確認しました'),
  });
}

function factsWidgets(text: string): NoticeFacts {
  return noticeFacts({
    lang: 'en',
    organization: ev(text, 'Example Widgets Inc.', 'Example Widgets Inc.'),
    services: [ev(text, 'Widget Store', 'Widget Store')],
    published: ev(text, '2026-01-15', 'Published 2026-01-15.'),
    affected: ev(text, { count: 2500, unit: 'people', qualifier: 'max' }, 'up to 2,500 customers'),
    data_classes: [
      ev(text, 'Email addresses', 'Email addresses'),
      ev(text, 'Phone numbers', 'phone numbers'),
    ],
    causes: [ev(text, 'phishing', 'A phishing email')],
    measures: [ev(text, 'phishing_warning', 'We have warned customers about suspicious mail.')],
    leak_status: ev(text, 'possible', 'may have been exposed'),
  });
}

/** The fixture engine: NFKC normalisation and the hand-written facts above (by notice). */
export const fixtureEngine: IngestEngine = {
  normalize: norm,
  extract(text) {
    if (text.includes('(第一報)')) return factsSample1(text);
    if (text.includes('(第二報)')) return factsSample2(text);
    if (text.includes('Example Widgets')) return factsWidgets(text);
    throw new Error('fixtureEngine: unknown notice');
  },
};

export interface WebFixture {
  sampleIncidentId: string;
  widgetsIncidentId: string;
  widgetsNoticeId: string;
  sample1NoticeId: string;
  sample2NoticeId: string;
}

/**
 * Fills a migrated database with the fictional notices (two reports of one incident, one English
 * notice that tries to inject markup) and one imported record.
 */
export async function seedWebFixture(db: Db): Promise<WebFixture> {
  const s1 = await ingestNotice(
    db,
    {
      text: NOTICE_SAMPLE_1,
      title: '不正アクセスによるお客様情報流出の可能性に関するお知らせ(第一報)',
      via: 'file',
      url: 'https://www.example.jp/news/2026/0302.html',
      published: '2026-03-02',
    },
    { engine: fixtureEngine },
  );
  const s2 = await ingestNotice(
    db,
    {
      text: NOTICE_SAMPLE_2,
      title: '不正アクセスによるお客様情報流出に関するお知らせ(第二報)',
      via: 'file',
      url: 'https://www.example.jp/news/2026/0320.html',
      published: '2026-03-20',
    },
    { engine: fixtureEngine },
  );
  const w = await ingestNotice(
    db,
    { text: NOTICE_WIDGETS, via: 'file', url: 'javascript:alert(3)', lang: 'en', published: '2026-01-15' },
    { engine: fixtureEngine },
  ).catch(() =>
    // The store may refuse a javascript: URL (it validates URLs): ingest without it then.
    ingestNotice(
      db,
      { text: NOTICE_WIDGETS, via: 'file', lang: 'en', published: '2026-01-15' },
      { engine: fixtureEngine },
    ),
  );
  await importRecords(db, [
    {
      key: 'webtest:example-gadgets-2025',
      source: 'webtest',
      source_url: 'https://example.com/breach-report',
      lang: 'en',
      title: 'Example Gadgets customer database exposed',
      organization: {
        name: 'Example Gadgets Ltd',
        aliases: ['イグザンプル・ガジェット'],
        domains: ['gadgets.example.com'],
      },
      services: [{ name: 'Gadget Club', aliases: ['ガジェットクラブ', 'gajetto kurabu'], domains: [] }],
      published: '2025-11-03',
      affected: { count: 40000, unit: 'accounts', qualifier: 'approx' },
      data_classes: ['Email addresses', 'Physical addresses', 'Dates of birth'],
      causes: ['misconfiguration'],
      measures: ['access_control_tightened'],
      leak_status: 'confirmed',
    },
  ]);
  if (s1.status === 'unchanged' || !s1.incidentId || !w.incidentId) throw new Error('fixture: ingest failed');
  return {
    sampleIncidentId: s1.incidentId,
    widgetsIncidentId: w.incidentId,
    widgetsNoticeId: w.noticeId,
    sample1NoticeId: s1.noticeId,
    sample2NoticeId: s2.noticeId,
  };
}
