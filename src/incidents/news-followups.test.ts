import { describe, expect, it } from 'vitest';
import { type IncidentView, reportView, scoreContinuation } from './continuation.js';
import { earlierReportRefs } from './report-refs.js';
import { writesAsReporter } from './reporter.js';
import { addressDay } from './site.js';
import { newsLeadName, subjectForm } from './subject.js';
import { fact, noticeFacts, noticeView } from './testing.js';

// Fictional organisations, towns and texts, written for these tests.

const codes = (s: { reasons: { code: string }[] }) => s.reasons.map((r) => r.code);

describe('a title made from the organisation’s name', () => {
  it('is no headline another page can quote or repeat', () => {
    const made = reportView({
      text: 'Corvale Bank said on Monday that an intruder copied a customer list.',
      url: 'https://news.example-wire.com/corvale',
      title: 'Corvale Bank data breach',
      stage: null,
      published: null,
      facts: { organization: fact('Corvale Bank') },
    });
    expect(made.headline).not.toBe('Corvale Bank data breach');
    // …while a page's own title stays its headline, and its names still come from the made one.
    expect(made.subjects).toContain('Corvale Bank');
    const own = reportView({
      text: 'Corvale Bank said on Monday that an intruder copied a customer list.',
      url: null,
      title: 'Corvale Bank customer list copied',
      stage: null,
      published: null,
      facts: { organization: fact('Corvale Bank') },
    });
    expect(own.headline).toBe('Corvale Bank customer list copied');
  });
});

describe('news pages read as a reporter’s', () => {
  it('knows a broadcaster’s forms and a lead with a bare day of the month', () => {
    expect(writesAsReporter('ひばり大学によりますと、先月、職員のメールが不正に使われました。')).toBe(true);
    expect(writesAsReporter('悪用の報告は今のところないということです。')).toBe(true);
    expect(writesAsReporter('昨年秋に攻撃を受けたひばり町立病院は7日、調査の報告書を町議会に示した。')).toBe(
      true,
    );
    // The body's own notice dates itself in full or speaks as itself.
    expect(writesAsReporter('当院は7日、調査の報告書を町議会に示しました。')).toBe(false);
    expect(writesAsReporter('ひばり町立病院は、2031年6月7日、調査の報告書を示しました。')).toBe(false);
  });

  it('reads the lead’s topic after a describing clause, a listed company’s code or a kana town', () => {
    expect(newsLeadName('眼鏡を販売するカスミ光学は17日、通販サイトの被害状況を発表した。')).toBe(
      'カスミ光学',
    );
    expect(newsLeadName('ホシノ電機〈9999〉は12日、攻撃の経緯を発表した。')).toBe('ホシノ電機');
    expect(newsLeadName('ホシノ電機が、1月20日に明らかにしたサイバー攻撃の件で、別の流出を発表した。')).toBe(
      'ホシノ電機',
    );
    expect(newsLeadName('昨年秋に攻撃を受けた香川県ひばり町立病院は7日、報告書を公表した。')).toBe(
      '香川県ひばり町立病院',
    );
    // An opening sentence about the incident, without an announcement; a town's own body after the town.
    expect(newsLeadName('サイバー攻撃を受けた香川県ひばり町の町立病院が4日、通常の診療を再開した。')).toBe(
      '香川県ひばり町立病院',
    );
    // Nothing announced, and nothing of an incident: no lead.
    expect(newsLeadName('昨年秋に攻撃を受けた香川県ひばり町立病院は7日、新しい病棟を開いた。')).toBeNull();
    // A word pointing back or the police are no topic.
    expect(newsLeadName('攻撃を受けた同病院は7日、報告書を公表した。')).toBeNull();
    expect(newsLeadName('香川県警は7日、元職員を逮捕したと発表した。')).toBeNull();
  });

  it('compares a name written with its prefecture before a town with the town’s own', () => {
    expect(subjectForm('香川県ひばり町立病院')).toBe(subjectForm('ひばり町立病院'));
    expect(subjectForm('香川県みずほ市教育委員会')).toBe(subjectForm('みずほ市教育委員会'));
    // A prefecture's own body keeps it.
    expect(subjectForm('香川県立中央病院')).not.toBe(subjectForm('立中央病院'));
    expect(subjectForm('香川県')).toBe('香川県');
  });

  it('reads an article’s day from an eight-digit path segment', () => {
    expect(addressDay('', 'https://news.example-wire.jp/article/20310104-AB12CD')).toBe('2031-01-04');
    expect(addressDay('', 'https://blog.example.jp/entry/20310319')).toBe('2031-03-19');
    // Not an identifier of more digits, nor one that is no date.
    expect(addressDay('', 'https://news.example-wire.jp/article/2031010412')).toBeNull();
    expect(addressDay('', 'https://news.example-wire.jp/article/20311399')).toBeNull();
  });
});

describe('a dated reference to an undated news page', () => {
  const FIRST = noticeView(
    `ホシノ電機にサイバー攻撃、取引先の情報は流出せず
ホシノ電機は、社内ネットワークへの侵入で採用応募者の氏名や連絡先が外部に出たおそれがあると発表しました。
官房長官は本日(1月20日)の会見で、同社から報告を受けたと述べました。`,
    noticeFacts({ organization: fact('ホシノ電機') }),
  );
  const LATER = noticeView(
    `ホシノ電機が、1月20日に明らかにしたサイバー攻撃の件で、取引先の資料も外部に出たおそれを2月7日に見つけたと発表した。`,
    noticeFacts({ organization: fact('ホシノ電機'), published: fact('2031-02-11') }),
  );
  const of = (reports: IncidentView['reports']): IncidentView => ({
    id: 'i1',
    sameOrganization: true,
    facts: { incidentStart: null, detected: null, counts: [], serviceKeys: [], causes: [], dataClasses: [] },
    reports,
    lastPublished: null,
  });

  it('points at the page that names that day without a year', () => {
    const s = scoreContinuation(LATER, of([FIRST]));
    expect(codes(s)).toContain('refers_to_report_of');
    expect(s.joins).toBe(true);
  });

  it('points elsewhere when the undated page names another day', () => {
    const other = noticeView(
      FIRST.text.replace('1月20日', '1月22日'),
      noticeFacts({ organization: fact('ホシノ電機') }),
    );
    const s = scoreContinuation(LATER, of([other]));
    expect(codes(s)).not.toContain('refers_to_report_of');
    expect(s.joins).toBe(false);
  });
});

describe('news that follows a story already told', () => {
  it('refers back by 「…た問題で、」 and "in an update to a breach"', () => {
    expect(
      earlierReportRefs('ホシノ電機が攻撃を受けていた問題で、同社は12日、侵入の経緯を発表した。').phrase,
    ).toBe('ていた問題で、');
    expect(
      earlierReportRefs(
        'In an update to a data breach that happened in May, Corvale Bank said card data was taken.',
      ).phrase,
    ).toBe('In an update to a data breach');
    // A problem named, not a story followed; a promise of updates.
    expect(earlierReportRefs('通信上の問題で、サイトを一時停止しました。').phrase).toBeNull();
    expect(earlierReportRefs('We will post an update on the incident next week.').phrase).toBeNull();
  });
});
