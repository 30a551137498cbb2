import { describe, expect, it } from 'vitest';
import {
  distinctive,
  earlierReportRefs,
  headlineCore,
  headlineOf,
  type IncidentView,
  type NoticeView,
  pickContinuation,
  scoreContinuation,
  trailingDate,
} from './continuation.js';
import { fact, noticeFacts, noticeView } from './testing.js';

const notice = noticeView;

/** An incident made of earlier fictional notices (facts merged by union, enough for these tests). */
function incident(id: string, reports: NoticeView[], sameOrganization = false): IncidentView {
  const facts = reports.map((r) => r.facts);
  const union = <T>(f: (x: (typeof facts)[number]) => T[]) => [...new Set(facts.flatMap(f))];
  return {
    id,
    sameOrganization,
    facts: {
      incidentStart: facts.find((f) => f.incidentStart)?.incidentStart ?? null,
      detected: facts.find((f) => f.detected)?.detected ?? null,
      counts: union((f) => f.counts),
      serviceKeys: union((f) => f.serviceKeys),
      causes: union((f) => f.causes),
      dataClasses: union((f) => f.dataClasses),
    },
    reports,
    lastPublished:
      reports
        .map((r) => r.published)
        .filter((p): p is string => p !== null)
        .sort()
        .at(-1) ?? null,
  };
}

const codes = (s: { reasons: { code: string }[] }) => s.reasons.map((r) => r.code);

// A fictional city (みどり市) and its site; every text below was written for these tests.
const CITY_FIRST = notice(
  `https://www.city.midori-example.lg.jp/news/2024/0509.html

職員による個人情報の持ち出しについて(5月9日掲載)

本市職員が業務用の名簿データを私物のUSBメモリに複製し、持ち出していたことが判明しました。
市民の皆様にご心配をおかけしたことを、心よりお詫びいたします。`,
  noticeFacts({ published: fact('2024-05-09'), detected: fact('2024-05-02'), causes: [fact('insider')] }),
);
const CITY_RESULT = notice(
  `https://www.city.midori-example.lg.jp/news/2024/0720.html

調査結果の報告(7月20日掲載)

「職員による個人情報の持ち出しについて(5月9日掲載)」の件につき、調査の結果、約4,200人分の名簿が含まれていたと分かりましたので、ご報告します。`,
  noticeFacts({
    published: fact('2024-07-20'),
    report_stage: fact('final'),
    affected: fact({ count: 4200, unit: 'people', qualifier: 'approx' }),
  }),
);
const CITY_FOLLOW_UP = notice(
  `https://www.city.midori-example.lg.jp/news/2024/0805.html

複製されたデータの回収について(8月5日掲載)

持ち出された約4,200人分の名簿データについて、複製先の機器をすべて回収し、消去を確認しました。`,
  noticeFacts({
    published: fact('2024-08-05'),
    affected: fact({ count: 4200, unit: 'people', qualifier: 'approx' }),
  }),
);

describe('continuation of an incident (joins)', () => {
  it('joins a city’s report, its 調査結果 quoting the first title, and a follow-up sharing the count', () => {
    const first = incident('i1', [CITY_FIRST]);
    const result = scoreContinuation(CITY_RESULT, first);
    expect(result.joins).toBe(true);
    expect(codes(result)).toEqual(expect.arrayContaining(['same_site', 'quotes_title']));
    expect(result.reasons.find((r) => r.code === 'same_site')?.detail).toBe('city.midori-example.lg.jp');

    // A misread organisation (the mayor's signature) does not hold the join back.
    const signed = { ...CITY_RESULT, organization: 'みどり市長 山田一郎' };
    expect(
      scoreContinuation(signed, incident('i1', [{ ...CITY_FIRST, organization: 'みどり市' }])).joins,
    ).toBe(true);
    // Another page of the same registered domain is the same publisher.
    const ir = { ...CITY_RESULT, site: 'www2.city.midori-example.lg.jp' };
    expect(codes(scoreContinuation(ir, first))).toContain('same_domain');

    const follow = scoreContinuation(CITY_FOLLOW_UP, incident('i1', [CITY_FIRST, CITY_RESULT]));
    expect(follow.joins).toBe(true);
    expect(codes(follow)).toEqual(expect.arrayContaining(['same_site', 'same_count']));
  });

  it('joins an agency’s 続報 with a closely repeated title, even from an archive copy of the first', () => {
    const first = notice(
      `https://megalodon.jp/ref/2023-0301-1200-00/www.example-kikou.go.jp/topics/20230301.html

  • 2022年度 トピックス
  • 委託先であるサンプル決済サービスのシステムへの不正アクセスについて

委託先のシステムが外部から不正アクセスを受け、お客さまのカード情報が流出したおそれがあります。`,
      noticeFacts({
        published: fact('2023-03-01'),
        causes: [fact('third_party'), fact('unauthorized_access')],
      }),
    );
    const update = notice(
      `http://www.example-kikou.go.jp/topics/20230512.html

  • 2023年度 トピックス
  • 委託先であるサンプル決済サービスのシステムの不正アクセスについて<続報2>

受付を停止しておりました専用サイトを再開いたします。`,
      noticeFacts({
        published: fact('2023-05-12'),
        report_stage: fact('update'),
        causes: [fact('third_party')],
      }),
    );
    expect(first.site).toBe('example-kikou.go.jp');
    const s = scoreContinuation(update, incident('a1', [first]));
    expect(s.joins).toBe(true);
    expect(codes(s)).toEqual(
      expect.arrayContaining(['same_site', 'title_names_later_report', 'similar_title', 'same_cause']),
    );
  });

  it('joins a notice that refers to the date an earlier report was published', () => {
    const first = notice(
      '株式会社サンプル旅行 不正アクセスによる会員情報流出のおそれについて',
      noticeFacts({ organization: fact('株式会社サンプル旅行'), published: fact('2024-05-09') }),
    );
    const next = notice(
      '株式会社サンプル旅行\n当社サーバーへの不正アクセスにつきまして\n令和6年5月9日付けで公表いたしました件について、その後の調査でわかったことをお知らせいたします。',
      noticeFacts({ organization: fact('サンプル旅行株式会社'), published: fact('2024-06-28') }),
    );
    const s = scoreContinuation(next, incident('t1', [first], true));
    expect(s.joins).toBe(true);
    expect(s.reasons.find((r) => r.code === 'refers_to_report_of')?.detail).toBe('2024-5-9');
  });

  it('does not count a reference dated to another report of the organisation', () => {
    const older = notice(
      '株式会社サンプル旅行 名簿ファイルが外部から見られる状態だった件のお詫び',
      noticeFacts({ organization: fact('株式会社サンプル旅行'), published: fact('2022-03-01') }),
    );
    const later = notice(
      '株式会社サンプル旅行\n共有ファイルの公開設定に関する調査のご報告\n2023年10月2日に公表した件について、調査が終わりましたのでご報告いたします。',
      noticeFacts({ organization: fact('株式会社サンプル旅行'), published: null }),
    );
    const s = scoreContinuation(later, incident('t2', [older], true));
    expect(codes(s)).not.toContain('refers_to_earlier_report');
    expect(codes(s)).not.toContain('refers_to_report_of');
    expect(s.joins).toBe(false);
  });

  it('joins a follow-up whose stage was not read, but not a second 第一報 that shares nothing', () => {
    const first = notice(
      'https://www.example-hospital.or.jp/news/1\n\n当院における患者情報の流出について(第一報)\n約1,800名分の患者情報が流出した可能性があります。',
      noticeFacts({
        report_stage: fact('first'),
        published: fact('2024-06-03'),
        affected: fact({ count: 1800, unit: 'people', qualifier: 'approx' }),
      }),
    );
    const followUp = notice(
      'https://www.example-hospital.or.jp/news/2\n\n患者さまへの個別のご連絡について\n約1,800名の患者さまに、書面でご連絡を差し上げました。',
      noticeFacts({
        published: fact('2024-06-20'),
        affected: fact({ count: 1800, unit: 'people', qualifier: 'approx' }),
      }),
    );
    expect(scoreContinuation(followUp, incident('h1', [first])).joins).toBe(true);
    const secondFirst = notice(
      'https://www.example-hospital.or.jp/news/3\n\n当院の業務委託先におけるランサムウェア被害について(第一報)',
      noticeFacts({ report_stage: fact('first'), published: fact('2024-09-01') }),
    );
    const s = scoreContinuation(secondFirst, incident('h1', [first]));
    expect(s.joins).toBe(false);
    expect(codes(s)).toContain('another_first_report');
  });

  it('joins a later report to a first report known only from a repost (banner, name and date around its title)', () => {
    const repost = notice(
      'https://blog.example.net/2024/05/post-12.html\n【セキュリティ事件簿#2024-321】株式会社サンプル工房 会員サイトへの不正アクセスのお知らせ 2024年5月9日\n当社の会員サイトに第三者がアクセスしました。',
      noticeFacts({
        organization: fact('株式会社サンプル工房'),
        published: fact('2024-05-09'),
        report_stage: fact('first'),
      }),
    );
    expect(repost.site).toBeNull();
    const later = notice(
      'サンプル工房株式会社\n調査完了のご報告\n2024年5月9日に「会員サイトへの不正アクセスのお知らせ」を弊社サイトで公表いたしました件で、調べが終わりましたのでご報告します。',
      noticeFacts({ organization: fact('サンプル工房株式会社'), published: fact('2024-07-01') }),
    );
    const s = scoreContinuation(later, incident('w1', [repost], true));
    expect(s.joins).toBe(true);
    expect(codes(s)).toEqual(expect.arrayContaining(['quotes_title', 'refers_to_report_of']));
  });

  it('joins a hospital’s report and its university’s follow-up (当院, then 本学)', () => {
    const first = notice(
      'https://www.example-u.ac.jp/hospital/news/1\n\n当院における検査データの持ち出しについて\n当院の職員が検査データを外部に持ち出していました。当院では調査を進めています。',
      noticeFacts({ published: fact('2024-02-05') }),
    );
    const next = notice(
      'https://www.example-u.ac.jp/news/2\n\n附属病院の検査データ持ち出しの調査結果\n2024年2月5日にお知らせした件につき、本学の調査が終わりました。本学として再発防止に努めます。',
      noticeFacts({ published: fact('2024-03-28') }),
    );
    expect([first.speaker, next.speaker]).toEqual(['hospital', 'university']);
    const s = scoreContinuation(next, incident('u1', [first]));
    expect(codes(s)).not.toContain('other_speaker');
    expect(s.joins).toBe(true);
  });

  it('joins an English update that says "as we previously reported"', () => {
    const first = notice(
      'Notice of Data Security Incident\nExample Outfitters, Inc. recently discovered unauthorized access to its online store.',
      noticeFacts({
        lang: 'en',
        organization: fact('Example Outfitters, Inc.'),
        published: fact('2024-02-01'),
      }),
    );
    const next = notice(
      'Example Outfitters\nAs we previously reported, an unauthorized party accessed our online store. Our investigation is now complete.',
      noticeFacts({ lang: 'en', organization: fact('Example Outfitters'), published: fact('2024-03-15') }),
    );
    const s = scoreContinuation(next, incident('e1', [first], true));
    expect(s.joins).toBe(true);
    expect(codes(s)).toContain('refers_to_earlier_report');
  });
});

describe('continuation of an incident (update entries of one page)', () => {
  it('joins a dated update entry posted under the page’s unchanged title', () => {
    const title = 'Example Hosting customers not affected by supplier security incident';
    const entry = (day: string, body: string) =>
      notice(
        `https://www.example-hosting.test/news/supplier-outage\n${title}\n\n${day}\n\n${body}`,
        noticeFacts({ lang: 'en' }),
      );
    const first = entry('Update Friday 9 May', 'The supplier published recovery steps; we apply them.');
    const next = entry('Update Tuesday 13 May', 'All servers run the patched release again.');
    const s = scoreContinuation(next, incident('h1', [first]));
    expect(codes(s)).toContain('opening_names_update');
    expect(s.joins).toBe(true);
    // The same entry without its heading is only a page told twice: no join.
    const bare = notice(
      `https://www.example-hosting.test/news/supplier-outage\n${title}\n\nAll servers run the patched release again.`,
      noticeFacts({ lang: 'en' }),
    );
    expect(scoreContinuation(bare, incident('h1', [first])).joins).toBe(false);
  });
});

describe('continuation of an incident (stays apart)', () => {
  it('keeps two mishaps one body announced on the same day apart when nothing marks one a copy', () => {
    const site = 'https://www.example-bureau.go.jp/news/';
    const facts = (office: string) =>
      noticeFacts({
        organization: fact('架空労働局'),
        published: fact('2024-02-08'),
        detected: fact('2024-02-05'),
        causes: [fact('misdelivery')],
        services: [fact(office)],
      });
    const east = notice(
      `${site}east.html\n\n窓口での書類の誤交付について\n\n窓口で別の方の書類を1通お渡ししていたことが判明しました。`,
      noticeFacts({ ...facts('東出張所'), services: [] }),
    );
    const west = notice(
      `${site}west.html\n\n通知書の誤送付について\n\n別の事業所あての通知書を郵送していたことが判明しました。`,
      noticeFacts({ ...facts('西出張所'), services: [] }),
    );
    const s = scoreContinuation(west, incident('b1', [east], true));
    expect(codes(s)).toContain('same_date');
    expect(codes(s)).toContain('nothing_says_continued');
    expect(s.joins).toBe(false);
  });

  it('does not join on a quoted stock title when the dates are months apart and nothing says later report', () => {
    const site = 'https://www.example-bureau.go.jp/news/';
    const spring = notice(
      `${site}0410.html\n\n架空労働局 北出張所における個人情報の漏えいについて\n\n4月3日、窓口で書類を取り違えてお渡ししました。`,
      noticeFacts({
        organization: fact('架空労働局'),
        published: fact('2024-04-10'),
        detected: fact('2024-04-03'),
        causes: [fact('misdelivery')],
      }),
    );
    const autumn = notice(
      `${site}1002.html\n\n南出張所の郵送事故について\n\n北出張所における個人情報の漏えいについての対策に続き、9月25日、南出張所で通知書を別の宛先に郵送していたことが判明しました。`,
      noticeFacts({
        organization: fact('架空労働局'),
        published: fact('2024-10-02'),
        detected: fact('2024-09-25'),
        causes: [fact('misdelivery')],
      }),
    );
    const s = scoreContinuation(autumn, incident('b2', [spring], true));
    expect(codes(s)).toContain('quotes_title');
    expect(codes(s)).toContain('dates_far_apart');
    expect(s.joins).toBe(false);
  });

  it('keeps a city’s two unrelated misdeliveries months apart as two incidents', () => {
    const site = 'https://www.city.midori-example.lg.jp/news/';
    const may = notice(
      `${site}0510.html\n\n個人情報を含む書類の誤送付について\n\n5月7日に発送した通知書1通を、別の市民の方に誤って送付していたことが判明しました。`,
      noticeFacts({
        organization: fact('みどり市'),
        published: fact('2024-05-10'),
        detected: fact('2024-05-08'),
        affected: fact({ count: 1, unit: 'people', qualifier: 'exact' }),
        causes: [fact('misdelivery')],
        data_classes: [fact('Names'), fact('Physical addresses')],
      }),
    );
    const october = notice(
      `${site}1004.html\n\n個人情報を含む書類の誤送付について\n\n9月30日に発送した案内文書2通を、別の宛先に送っていたと分かりました。`,
      noticeFacts({
        organization: fact('みどり市'),
        published: fact('2024-10-04'),
        detected: fact('2024-10-01'),
        affected: fact({ count: 2, unit: 'people', qualifier: 'exact' }),
        causes: [fact('misdelivery')],
        data_classes: [fact('Names'), fact('Physical addresses')],
      }),
    );
    const s = scoreContinuation(october, incident('m1', [may], true));
    expect(s.identity).toBeGreaterThan(0);
    expect(s.joins).toBe(false);
    expect(codes(s)).toContain('dates_far_apart');
    // Even with no dates read at all, two generic titles and a shared cause are not enough.
    const undated = { ...october, facts: { ...october.facts, detected: null } };
    const m = incident('m1', [may], true);
    expect(scoreContinuation(undated, { ...m, facts: { ...m.facts, detected: null } }).joins).toBe(false);
  });

  it('keeps a company’s two breaches years apart as two incidents', () => {
    const first = notice(
      '株式会社サンプル通信 不正アクセスに関するお知らせ(第一報)\n当社サーバーが不正アクセスを受けました。',
      noticeFacts({
        organization: fact('株式会社サンプル通信'),
        report_stage: fact('first'),
        published: fact('2021-04-01'),
        incident_start: fact('2021-03-20'),
        services: [fact('サンプルモバイル')],
      }),
    );
    const later = notice(
      '株式会社サンプル通信 不正アクセスによる個人情報漏えいに関するお知らせ\n当社サーバーが不正アクセスを受け、お客様の情報が漏えいしました。',
      noticeFacts({
        organization: fact('株式会社サンプル通信'),
        report_stage: fact('first'),
        published: fact('2024-09-10'),
        incident_start: fact('2024-08-30'),
        services: [fact('サンプルモバイル')],
      }),
    );
    const s = scoreContinuation(later, incident('c1', [first], true));
    expect(s.joins).toBe(false);
    expect(codes(s)).toEqual(
      expect.arrayContaining(['another_first_report', 'years_apart', 'dates_far_apart']),
    );
  });

  it('keeps two cities apart when both notices name the same contractor as the organisation', () => {
    const a = notice(
      'https://www.city.kita-example.lg.jp/press/1.html\n\n子育てアプリへの第三者によるアクセスについて',
      noticeFacts({ organization: fact('株式会社サンプルクラウド'), published: fact('2021-01-10') }),
    );
    const b = notice(
      'https://www.city.minami-example.lg.jp/press/2.html\n\n情報共有アプリへの第三者によるアクセスについて(続報)',
      noticeFacts({
        organization: fact('株式会社サンプルクラウド'),
        report_stage: fact('update'),
        published: fact('2021-02-01'),
      }),
    );
    const s = scoreContinuation(b, incident('x1', [a], true));
    expect(codes(s)).toContain('other_site');
    expect(s.joins).toBe(false);
  });

  it('keeps a city and a prefecture apart when both name their printing contractor, even a 最終報', () => {
    // No own site on either side (an address by IP, a notice copied without its address).
    const city = notice(
      '印刷委託先のサイバー攻撃について\n委託先の株式会社サンプル印刷から被害の報告を受けました。本市の関係分は120名分です。',
      noticeFacts({ organization: fact('株式会社サンプル印刷'), causes: [fact('third_party')] }),
    );
    const pref = notice(
      '印刷委託先のウイルス感染について(最終報)\n株式会社サンプル印刷の調査が終わり、当県の関係分は3,400人分と確定しました。',
      noticeFacts({
        organization: fact('株式会社サンプル印刷'),
        report_stage: fact('final'),
        causes: [fact('third_party')],
      }),
    );
    expect(city.speaker).toBe('municipality');
    expect(pref.speaker).toBe('prefecture');
    const s = scoreContinuation(pref, incident('p1', [city], true));
    expect(codes(s)).toContain('other_speaker');
    expect(s.joins).toBe(false);
  });

  it('keeps two offices of one labour bureau apart, however alike their titles', () => {
    const site = 'https://www.example-roudou.go.jp/press/';
    const north = notice(
      `${site}1.html\n\n北町職業相談所における書類の手渡し誤りについて\n求職者の書類を別の方に渡していました。`,
      noticeFacts({ published: fact('2016-03-02'), causes: [fact('misdelivery')] }),
    );
    const south = notice(
      `${site}2.html\n\n南町職業相談所における書類の手渡し誤りについて\n事業所あての通知書を別の事業所に渡していました。`,
      noticeFacts({ published: fact('2016-04-20'), causes: [fact('misdelivery')] }),
    );
    const s = scoreContinuation(south, incident('r1', [north]));
    expect(codes(s)).toContain('other_unit');
    expect(codes(s)).not.toContain('similar_title');
    expect(s.joins).toBe(false);
  });

  it('does not take a repost banner and the company name for a similar title', () => {
    const old = notice(
      '採用活動で個人情報が閲覧できた件のご報告 2022年5月 株式会社サンプルテック\n採用に関するファイルが外部から閲覧できる状態でした。',
      noticeFacts({ organization: fact('株式会社サンプルテック'), causes: [fact('misconfiguration')] }),
    );
    const later = notice(
      '【セキュリティ事件簿#2023-900】株式会社サンプルテック 個人情報が閲覧できた件のご報告\n既報のとおり、共有ドライブのファイルが閲覧できる状態でした。調査が終わりましたのでご報告します。',
      noticeFacts({
        organization: fact('株式会社サンプルテック'),
        report_stage: fact('final'),
        detected: fact('2023-11-20'),
        causes: [fact('misconfiguration')],
      }),
    );
    const s = scoreContinuation(
      later,
      incident('t1', [{ ...old, facts: { ...old.facts, detected: '2022-05-10' } }], true),
    );
    expect(codes(s)).not.toContain('similar_title');
    expect(s.joins).toBe(false);
  });

  it('picks nothing without identity, and the more recent of two equally good incidents', () => {
    const orphan = { ...CITY_RESULT, site: null };
    const unrelated = { ...incident('u1', [CITY_FIRST]), reports: [{ ...CITY_FIRST, site: null }] };
    expect(pickContinuation(orphan, [unrelated]).incidentId).toBeNull();
    const older = { ...incident('old', [CITY_FIRST]), lastPublished: '2024-01-01' };
    const newer = { ...incident('new', [CITY_FIRST]), lastPublished: '2024-05-09' };
    expect(pickContinuation(CITY_RESULT, [older, newer]).incidentId).toBe('new');
  });
});

describe('reading reports', () => {
  it('finds references to earlier reports', () => {
    expect(earlierReportRefs('5月9日にお知らせした件につきまして').dates).toEqual([{ y: null, m: 5, d: 9 }]);
    expect(earlierReportRefs('第一報でお知らせしたとおり').phrase).toBe('第一報で');
    // A first report's own title is not a reference.
    expect(earlierReportRefs('不正アクセスに関するお知らせ(第一報)').phrase).toBeNull();
    expect(earlierReportRefs('前回のお知らせ以降の経過').phrase).toBe('前回のお知らせ');
    expect(earlierReportRefs('This is an update to our notice of March 3, 2024.').dates).toEqual([
      { y: 2024, m: 3, d: 3 },
    ]);
    // A title quoted, or a second date, between the date and the verb; 同年 and spaced digits.
    expect(
      earlierReportRefs('2024年3月1日に「サンプルの件の案内(以下、前回の案内)」を公表いたしました。').dates,
    ).toEqual([{ y: 2024, m: 3, d: 1 }]);
    expect(
      earlierReportRefs('2023年2月3日付けおよび同年2月8日付けで公表(以下、既報)いたしました。').dates,
    ).toEqual(
      expect.arrayContaining([
        { y: 2023, m: 2, d: 3 },
        { y: 2023, m: 2, d: 8 },
      ]),
    );
    expect(earlierReportRefs('先般(6月2日(水曜日))第2報として公表していたところです。')).toEqual({
      dates: [{ y: null, m: 6, d: 2 }],
      phrase: '第2報として',
    });
    expect(earlierReportRefs('3 月 4 日に第一報としてご報告致しました').dates).toEqual([
      { y: null, m: 3, d: 4 },
    ]);
    // Telling the police or a regulator is not a public report.
    expect(earlierReportRefs('5月10日に警察へ相談の上、報告しました。').dates).toEqual([]);
    // Present tense (this notice's own announcement) is not a reference.
    expect(earlierReportRefs('6月1日に判明したため、ここにお知らせいたします。')).toEqual({
      dates: [],
      phrase: null,
    });
  });

  it('reads headlines past addresses, year headers and breadcrumbs', () => {
    expect(
      headlineOf('https://example.jp/1\n• 2024年度 トピックス\n• 不正アクセスについて<続報1>', null),
    ).toBe('不正アクセスについて<続報1>');
    expect(headlineOf('ホーム > 記者発表 > 誤送付について\n\n誤送付について', null)).toBe('誤送付について');
  });

  it('reads the date a repost’s headline ends with', () => {
    expect(trailingDate('【事件簿#2024-001】サンプル社 不正アクセスについて 2024/5/9')).toBe('2024-05-09');
    expect(trailingDate('不正アクセスについて 2024年12月1日')).toBe('2024-12-01');
    expect(trailingDate('不正アクセスについて')).toBeNull();
    expect(trailingDate('書類紛失のお詫び 2021年3月4日 サンプル商事株式会社')).toBe('2021-03-04');
    expect(trailingDate('2021年3月4日に起きた書類紛失について')).toBeNull();
  });

  it('reads the part of a headline a later report would quote', () => {
    expect(
      headlineCore('【事件簿#2024-001】株式会社サンプル 会員情報の流出について 2024年5月9日', [
        '株式会社サンプル',
      ]),
    ).toBe('会員情報の流出について');
  });

  it('keeps only the distinctive words of a title', () => {
    expect(distinctive('個人情報を含む書類の誤送付について')).toBe('');
    expect(distinctive('報道発表資料 環境局における文書の紛失について')).toBe('環境局');
    expect(
      distinctive('【セキュリティ事件簿#2024-001】株式会社サンプル 閲覧可能状態について', [
        '株式会社サンプル',
      ]),
    ).toBe('閲覧可能状態');
    expect(distinctive('委託先であるサンプル決済のシステムへの不正アクセスについて<続報1>')).toContain(
      'サンプル決済',
    );
  });
});
