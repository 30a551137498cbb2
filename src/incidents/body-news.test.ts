import { describe, expect, it } from 'vitest';
import { BODY_NEWS_DAYS, industryShortKey, sameName } from './body-news.js';
import {
  type IncidentView,
  type NoticeView,
  pickContinuation,
  type ReportView,
  scoreContinuation,
} from './continuation.js';
import { fact, factsViewOf, noticeFacts, noticeView } from './testing.js';

/**
 * News of one organisation's breach over weeks, none of it referring to the rest: joined when the
 * organisation has no other recent incident and no fact says it is another one. Fictional bodies,
 * hosts and texts, written for these tests.
 */
const codes = (s: { reasons: { code: string }[] }) => s.reasons.map((r) => r.code);
const facts = factsViewOf;
const report = (p: Partial<ReportView>): ReportView => ({
  organization: 'Harrowfield University',
  site: 'dailyledger.example',
  headline: 'Harrowfield University confirms cyber incident',
  stage: null,
  published: '2033-08-22',
  day: '2033-08-22',
  ...p,
});
const FIRST = report({});
const incident = (reports: ReportView[], p: Partial<IncidentView> = {}): IncidentView => ({
  id: 'i1',
  sameOrganization: true,
  facts: facts({ causes: ['ransomware'], incidentStart: '2033-08-15' }),
  reports,
  lastPublished:
    reports
      .map((r) => r.published ?? '')
      .sort()
      .at(-1) || null,
  ...p,
});
const article = (p: Partial<NoticeView> = {}): NoticeView => ({
  ...report({
    site: 'regionalwire.example',
    headline: 'Students told to watch for scam emails after campus systems attack',
    published: '2033-09-21',
    day: '2033-09-21',
  }),
  text: 'Harrowfield University said on Thursday that about 4,100 former students had their records copied.',
  facts: facts({ counts: [4100], causes: ['ransomware'] }),
  ...p,
});

// A company's ransomware report, and an undated article that recalls it (「昨年10月に発表した」).
const ransomReport = (): ReportView =>
  report({
    organization: 'みほん精機',
    site: null,
    headline: 'みほん精機、ランサムウェア被害で情報漏えいを確認',
    published: '2034-10-15',
    day: '2034-10-15',
  });
const recallingArticle = (causes: string[]): NoticeView =>
  article({
    organization: 'みほん',
    site: null,
    reporter: true,
    headline: 'みほん、調査結果を公表 取引先など1234人分',
    published: null,
    day: null,
    text: 'みほん精機が昨年10月に発表したサイバー攻撃の問題で、同社は9日、取引先など1234人分の情報が漏れたと明らかにした。',
    facts: facts({ counts: [1234], causes }),
  });

describe('news of an organisation’s only recent incident', () => {
  it('joins an article weeks after the first one, with a revised count and no reference back', () => {
    const s = scoreContinuation(article(), incident([FIRST]));
    expect(codes(s)).toContain('same_body_news');
    expect(codes(s)).not.toContain('nothing_says_continued');
    expect(s.joins).toBe(true);
  });

  it('leaves apart the organisation’s breach of months later (January, then November)', () => {
    const january = report({ published: '2033-01-20', day: '2033-01-20' });
    const november = article({ published: '2033-11-09', day: '2033-11-09' });
    const s = scoreContinuation(november, incident([january], { lastPublished: '2033-01-20' }));
    expect(codes(s)).not.toContain('same_body_news');
    expect(s.joins).toBe(false);
    // The span is weeks: a day past it is too far.
    const late = new Date(Date.parse('2033-08-22') + (BODY_NEWS_DAYS + 1) * 86_400_000)
      .toISOString()
      .slice(0, 10);
    expect(
      codes(scoreContinuation(article({ published: late, day: late }), incident([FIRST]))),
    ).not.toContain('same_body_news');
  });

  it('reaches further back, or needs one fact less undated, when the page says the breach was announced before', () => {
    const later = article({
      published: '2033-11-10',
      day: '2033-11-10',
      text: 'Harrowfield University, which first disclosed the attack in August, has begun writing to former students.',
    });
    expect(codes(scoreContinuation(later, incident([FIRST])))).toContain('same_body_news');
    expect(
      codes(
        scoreContinuation(
          { ...later, text: 'Harrowfield University is writing to students.' },
          incident([FIRST]),
        ),
      ),
    ).not.toContain('same_body_news');
    // Undated: the recalled announcement and the cause.
    const undated = { ...later, published: null, day: null };
    const first = incident([{ ...FIRST, published: null, day: null }], { lastPublished: null });
    expect(scoreContinuation(undated, first).joins).toBe(true);
    expect(
      scoreContinuation({ ...undated, text: 'Harrowfield University is writing to students.' }, first).joins,
    ).toBe(false);
  });

  it('reads 「昨年10月に発表した」 in an undated Japanese article as the announcement recalled', () => {
    const first = ransomReport();
    const recalled = recallingArticle(['ransomware']);
    const c = incident([first], { sameOrganization: false });
    expect(codes(scoreContinuation(recalled, c))).toContain('same_body_news');
    const plain = { ...recalled, text: 'みほん精機は9日、取引先など1234人分の情報が漏れたと明らかにした。' };
    expect(codes(scoreContinuation(plain, c))).not.toContain('same_body_news');
  });

  it('chooses for an undated page the incident whose cause it shares when the other states another cause', () => {
    const attack = ransomReport();
    const opened = report({
      organization: 'みほん精機',
      site: null,
      headline: 'みほん精機の学習アプリ、開発環境の設定不備で登録者情報が流出',
      published: '2033-10-20',
      day: '2033-10-20',
    });
    const page = recallingArticle(['ransomware', 'unauthorized_access']);
    const first = incident([attack], { sameOrganization: false });
    const setting = (causes: string[]) =>
      incident([opened], { id: 'i2', sameOrganization: false, facts: facts({ causes }) });
    expect(pickContinuation(page, [first, setting(['misconfiguration'])]).incidentId).toBe('i1');
    // The other incident's cause unknown, or the same: either may be the page's.
    expect(pickContinuation(page, [first, setting(['unauthorized_access'])]).incidentId).toBeNull();
    expect(pickContinuation(page, [first, setting(['ransomware'])]).incidentId).toBeNull();
  });

  it('leaves apart a page whose incident began after the incident’s last report', () => {
    const next = article({ facts: facts({ incidentStart: '2033-09-10', causes: ['ransomware'] }) });
    expect(scoreContinuation(next, incident([FIRST])).joins).toBe(false);
  });

  it('leaves apart a page whose specific cause differs (a lost laptop after a ransomware attack)', () => {
    const lost = article({ facts: facts({ causes: ['loss_or_theft'] }) });
    expect(codes(scoreContinuation(lost, incident([FIRST])))).not.toContain('same_body_news');
  });

  it('does not pick between two recent incidents of one organisation', () => {
    const other = incident([report({ headline: 'Harrowfield University staff email misdirected' })], {
      id: 'i2',
      facts: facts(),
    });
    const { incidentId, scores } = pickContinuation(article(), [incident([FIRST]), other]);
    expect(incidentId).toBeNull();
    expect(scores.flatMap(codes)).not.toContain('same_body_news');
  });

  it('needs the same organisation: a contractor’s breach told by each client is not joined by it', () => {
    const clientA = report({
      organization: 'Pellow County',
      headline: 'Pellow County says print vendor hacked',
    });
    const clientB = article({
      organization: 'Ashby City',
      headline: 'Ashby City residents warned after vendor hack',
    });
    const s = scoreContinuation(clientB, incident([clientA], { sameOrganization: false }));
    expect(codes(s)).not.toContain('same_body_news');
    expect(s.joins).toBe(false);
  });

  it('is no rule for a body’s own notices (two mishaps of one month are two incidents)', () => {
    const own = (p: Partial<ReportView>) =>
      report({ site: 'harrowfield.example', speaker: 'university', firstPerson: true, ...p });
    const first = own({ headline: 'Misdirected email to students' });
    const second: NoticeView = {
      ...own({ headline: 'Loss of exam papers', published: '2033-09-05', day: '2033-09-05' }),
      text: 'We are writing about exam papers that were mislaid.',
      facts: facts(),
    };
    expect(codes(scoreContinuation(second, incident([first], { facts: facts() })))).not.toContain(
      'same_body_news',
    );
  });

  it('leaves a subsidiary’s breach apart (the page names the candidate’s organisation as its group’s)', () => {
    // The store's family lookup finds the university for its hospital ("Harrowfield University …").
    const hospital: NoticeView = {
      ...article({ organization: 'Harrowfield University Hospital' }),
      text: 'Harrowfield University Hospital said about 4,100 patients had their records copied.',
    };
    const s = scoreContinuation(hospital, incident([FIRST]));
    expect(codes(s)).not.toContain('same_body_news');
    expect(s.joins).toBe(false);
  });

  it('leaves apart two clients’ news of their contractor’s breach, read with the contractor’s name', () => {
    const vendor = 'Quillon Print Services';
    const clientA = report({
      organization: vendor,
      headline: 'Pellow County tax letters exposed in Quillon Print Services attack',
      subjects: ['Pellow County', vendor],
    });
    const clientB = article({
      organization: vendor,
      headline: 'Ashby City residents warned after Quillon Print Services attack',
      subjects: ['Ashby City', vendor],
    });
    const s = scoreContinuation(clientB, incident([clientA]));
    expect(codes(s)).not.toContain('same_body_news');
    expect(s.joins).toBe(false);
    // …while a second article about the first client’s letters joins.
    const again = article({
      organization: vendor,
      headline: 'Pellow County to mail apology letters',
      subjects: ['Pellow County'],
    });
    expect(scoreContinuation(again, incident([clientA])).joins).toBe(true);
  });
});

describe('one organisation’s names', () => {
  it('are its key, its family, or a short name beside the full one with its industry word', () => {
    expect(sameName('サンプル計算機株式会社', 'サンプル')).toBe(true);
    expect(sameName('サンプルホールディングス', '株式会社サンプル')).toBe(true);
    expect(sameName('Harrowfield University, Inc.', 'Harrowfield University')).toBe(true);
    expect(sameName('Harrowfield University Hospital', 'Harrowfield University')).toBe(false);
    expect(sameName('サンプル電機', 'サンプル工業')).toBe(false);
    expect(sameName('サンプル計算機', 'サンプル計算')).toBe(false);
  });

  it('give the store a Japanese company’s short name to look up, when three characters or more are left', () => {
    expect(industryShortKey('サンプル計算機株式会社')).toBe('サンプル');
    expect(industryShortKey('株式会社ミドリ製作所')).toBe('ミドリ');
    expect(industryShortKey('富士電機')).toBeNull();
    expect(industryShortKey('Sample University')).toBeNull();
  });
});

describe('an undated news page', () => {
  const NOTICE = noticeView(
    'ひばり県 印刷委託先でのランサムウェア被害のお知らせ\n納税通知書の印刷を請け負う事業者のサーバーがランサムウェアの被害を受け、88件の画像データが外部に出たおそれがあります。',
    noticeFacts({
      organization: fact('ひばり県'),
      report_stage: fact('first'),
      counts: [fact({ count: 88, unit: 'records' } as never)],
      causes: [fact('ransomware')],
      data_classes: [fact('Names'), fact('Physical addresses'), fact('Vehicle details')],
    }),
  );
  const NEWS = noticeView(
    'ひばり県、自動車税の情報約9万件流出\nひばり県は3日、納税通知書の印刷を請け負う業者がランサムウェアの攻撃を受けた件で、約9万件の個人情報が流出したとみられると発表した。5月に88件の流出が分かった後も調査を続けていた。',
    noticeFacts({
      organization: fact('ひばり県'),
      counts: [
        fact({ count: 88, unit: 'records' } as never),
        fact({ count: 90000, unit: 'records' } as never),
      ],
      causes: [fact('ransomware')],
      data_classes: [fact('Names'), fact('Physical addresses'), fact('Vehicle details')],
    }),
  );

  it('joins the body’s notice when it shares two of its facts (a count and the cause)', () => {
    expect(NEWS.reporter).toBe(true);
    const s = scoreContinuation(NEWS, incident([NOTICE], { facts: NOTICE.facts, lastPublished: null }));
    expect(codes(s)).toContain('same_body_news');
    expect(s.joins).toBe(true);
  });

  it('joins a short name’s article to the full name’s, though the store’s rows differ', () => {
    const full: ReportView = { ...NOTICE, organization: 'カスミ計算機株式会社', reporter: true };
    const short: NoticeView = { ...NEWS, organization: 'カスミ' };
    const s = scoreContinuation(
      short,
      incident([full], { facts: NOTICE.facts, lastPublished: null, sameOrganization: false }),
    );
    expect(codes(s)).toEqual(expect.arrayContaining(['same_organization', 'same_body_news']));
    expect(s.joins).toBe(true);
    // Not another company of a longer name (カスミ電機 is not カスミ計算機).
    const other: NoticeView = { ...NEWS, organization: 'カスミ電機' };
    expect(
      scoreContinuation(
        other,
        incident([full], { facts: NOTICE.facts, lastPublished: null, sameOrganization: false }),
      ).joins,
    ).toBe(false);
  });

  it('leaves apart the organisation’s next breach, whose incident dates are months from the first', () => {
    const january = { ...NOTICE.facts, incidentStart: '2033-01-10' };
    const november: NoticeView = { ...NEWS, facts: { ...NEWS.facts, incidentStart: '2033-11-02' } };
    const s = scoreContinuation(november, incident([NOTICE], { facts: january, lastPublished: null }));
    expect(codes(s)).not.toContain('same_body_news');
    expect(s.joins).toBe(false);
  });

  it('but not on the organisation alone', () => {
    const bare: NoticeView = { ...NEWS, facts: facts() };
    const s = scoreContinuation(bare, incident([NOTICE], { facts: NOTICE.facts, lastPublished: null }));
    expect(codes(s)).not.toContain('same_body_news');
    expect(s.joins).toBe(false);
  });
});
