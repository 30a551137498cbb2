import { describe, expect, it } from 'vitest';
import { namedAsContractor } from './continuation.js';
import {
  earlierReportRefs,
  groupCompanies,
  LATER_REPORT_TITLE,
  openingNamesUpdate,
  reportRefsBeside,
  revisedOn,
} from './report-refs.js';

describe('references to earlier reports', () => {
  it('reads English report dates with or without their year, before or after the verb', () => {
    expect(earlierReportRefs('As we previously announced on May 9, the review goes on.').dates).toEqual([
      { y: null, m: 5, d: 9 },
    ]);
    expect(
      earlierReportRefs('On May 9, 2024, Sample Clinic posted a notice about the incident.').dates,
    ).toEqual([{ y: 2024, m: 5, d: 9 }]);
    // Reporting to the police is no public report; discovering is no report at all.
    expect(earlierReportRefs('On May 9, 2024, we reported the incident to law enforcement.').dates).toEqual(
      [],
    );
    expect(earlierReportRefs('On May 9, 2024, we discovered unusual activity.').dates).toEqual([]);
  });

  it('does not take letters to the people concerned for a public report', () => {
    expect(earlierReportRefs('対象のお客様には5月20日に個別にお知らせしました。').dates).toEqual([]);
    expect(earlierReportRefs('6月3日に会員の皆様へメールでご案内しました。').dates).toEqual([]);
    expect(earlierReportRefs('5月9日に当社ウェブサイトでお知らせしました件について').dates).toEqual([
      { y: null, m: 5, d: 9 },
    ]);
  });
});

describe('English references to an earlier report told to the readers', () => {
  it('reads "we recently notified you", "our prior bulletin", "since our last update"', () => {
    const phrase = (t: string) => earlierReportRefs(t).phrase;
    expect(phrase('We recently notified you that a stranger reached our file server.')).toBe(
      'We recently notified',
    );
    expect(phrase('As you know from our prior bulletin, the vendor’s tool was misused.')).toBe(
      'our prior bulletin',
    );
    expect(phrase('Since our last update, we have reset every key.')).toBe('Since our last update');
    // Words about a last update of software are no report.
    expect(phrase('We installed the last update of the mail server.')).toBeNull();
  });

  it('reads the date the customers were alerted on, or a post was published on', () => {
    expect(earlierReportRefs('On March 3, 2024, we alerted customers to a break-in.').dates).toEqual([
      { y: 2024, m: 3, d: 3 },
    ]);
    expect(earlierReportRefs('Our first post was published April 2, 2024.').dates).toEqual([
      { y: 2024, m: 4, d: 2 },
    ]);
    expect(earlierReportRefs('Based on the March 3rd security notice, rotate your keys.').dates).toEqual([
      { y: null, m: 3, d: 3 },
    ]);
    expect(earlierReportRefs('As our March 3, 2024 letter said, …').dates).toEqual([{ y: 2024, m: 3, d: 3 }]);
    // Telling the police is no report to the readers.
    expect(earlierReportRefs('On March 3, 2024, we notified the police.').dates).toEqual([]);
  });
});

describe('an opening that names the notice an update', () => {
  it('reads a dated "Update" heading under an unchanged title, or "This is an update to"', () => {
    const page = (entry: string) =>
      `https://status.example-hosting.test/incident\nExample Hosting outage and security review\n\n${entry}\n\nOn May 3 we …`;
    expect(openingNamesUpdate(page('Update Friday 9 May'))).toBe('Update Friday 9 May');
    expect(openingNamesUpdate(page('Update as of Monday, May 12, 2025'))).toBe(
      'Update as of Monday, May 12, 2025',
    );
    expect(openingNamesUpdate(page('Update 05/14/2025'))).toBe('Update 05/14/2025');
    expect(openingNamesUpdate('This is an update on the break-in at our depot. We …')).toBe(
      'This is an update on',
    );
  });

  it('does not take a page’s edit date or other words about updates for one', () => {
    expect(openingNamesUpdate('Notice of incident\nUpdated: May 12, 2025\nWe …')).toBeNull();
    expect(openingNamesUpdate('Notice of incident\nLast updated 2025-05-12\nWe …')).toBeNull();
    expect(openingNamesUpdate('Product Updates\nNotice of incident\nUpdate your password now.')).toBeNull();
    // Past the first sentence, "this is an update" says nothing about the notice.
    expect(
      openingNamesUpdate('Notice of incident\nWe found a fault. This is an update to our app.'),
    ).toBeNull();
  });

  it('reads a dated addendum heading a Japanese page, not its edit date', () => {
    const page = (line: string) => `不正アクセスに関するお知らせ\n${line}\n当社のサーバーに外部から…`;
    expect(openingNamesUpdate(page('2025年3月4日追記:影響を受けた方の数を更新しました。'))).toBe(
      '2025年3月4日追記',
    );
    expect(openingNamesUpdate(page('【3/4追記】調査の結果を掲載しました。'))).toBe('【3/4追記');
    expect(openingNamesUpdate(page('【追記】対象期間を訂正しました。'))).toBe('【追記】');
    expect(openingNamesUpdate(page('更新日:2025年3月4日'))).toBeNull();
    expect(openingNamesUpdate(page('2025年3月4日更新'))).toBeNull();
  });
});

describe('reports named by their date', () => {
  it('reads 「…日付」 with a word for a release in the same sentence', () => {
    expect(earlierReportRefs('本件は、2024年5月9日付当社リリースの続報です。').dates).toEqual([
      { y: 2024, m: 5, d: 9 },
    ]);
    expect(earlierReportRefs('2024年5月9日付「当社サーバーの件」の続報となります。').dates).toEqual([
      { y: 2024, m: 5, d: 9 },
    ]);
    expect(earlierReportRefs('5月9日付のお知らせのとおり').dates).toEqual([{ y: null, m: 5, d: 9 }]);
    // A letter of that date to the people concerned is no release.
    expect(earlierReportRefs('対象のお客様には5月20日付の書面でお知らせしました。').dates).toEqual([]);
  });
});

describe('group companies a notice names as its own', () => {
  it('reads a subsidiary’s or a parent’s name after 子会社 / 親会社 / 当社グループの', () => {
    expect(groupCompanies('当社の連結子会社である株式会社サンプル物流において不正アクセスが')).toEqual([
      '株式会社サンプル物流',
    ]);
    expect(groupCompanies('当社の親会社であるサンプルホールディングス株式会社が公表した')).toEqual([
      'サンプルホールディングス株式会社',
    ]);
    expect(groupCompanies('当社グループの株式会社サンプル運輸で')).toEqual(['株式会社サンプル運輸']);
    expect(groupCompanies('Our subsidiary, Sample Freight LLC, found')).toEqual(['Sample Freight LLC']);
    // 当社グループのサーバー names no company.
    expect(groupCompanies('当社グループのサーバーが停止しました')).toEqual([]);
  });
});

describe('an organisation named only as the notice’s contractor', () => {
  it('is told from one that speaks or is named otherwise', () => {
    const text = '当社が顧客管理業務を委託している株式会社サンプルシステムズのサーバーが感染しました。';
    expect(namedAsContractor(text, '株式会社サンプルシステムズ')).toBe(true);
    expect(
      namedAsContractor('委託先であるサンプル印刷株式会社から報告を受けました。', 'サンプル印刷株式会社'),
    ).toBe(true);
    expect(
      namedAsContractor(
        '株式会社サンプルシステムズ\n当社のサーバーが感染しました。',
        '株式会社サンプルシステムズ',
      ),
    ).toBe(false);
    // 委託元 is the client: the notice is the contractor's own.
    expect(namedAsContractor('委託元の株式会社サンプル商事へ報告しました。', '株式会社サンプル商事')).toBe(
      false,
    );
  });
});

describe('references to an earlier report in general words', () => {
  it('reads a previously announced incident, a letter to the reader and new information', () => {
    const phrase = (t: string) => earlierReportRefs(t).phrase;
    expect(
      phrase('Quillmere Books continues to investigate the previously announced incident.'),
    ).not.toBeNull();
    expect(phrase('We wrote to you in March about unusual activity on our shop.')).not.toBeNull();
    expect(phrase('We are providing you with additional information about the incident.')).not.toBeNull();
    expect(phrase('The ransomware attack first announced in March has been contained.')).not.toBeNull();
    expect(phrase('当社が公表いたしました不正アクセスにつきまして、調査が終わりました。')).not.toBeNull();
  });

  it('takes a pointer to more information, or this notice itself, for no reference', () => {
    const phrase = (t: string) => earlierReportRefs(t).phrase;
    expect(phrase('For additional information about this incident, visit our help page.')).toBeNull();
    expect(phrase('不正アクセスについてお知らせいたします。')).toBeNull();
    expect(phrase('We notified law enforcement in March.')).toBeNull();
    expect(phrase('The flaw was first reported to us by a researcher.')).toBeNull();
  });
});

describe('a page revised on its date', () => {
  it('reads an addendum, a stated update or "updated on" on the published day', () => {
    expect(revisedOn('お知らせ\n2024年7月13日 更新 対象者数を更新しました。\n…', '2024-07-13')).toBe(true);
    expect(revisedOn('お知らせ\n【2024年07月13日追記】調査結果を加えました。', '2024-07-13')).toBe(true);
    expect(revisedOn('Notice of incident\nThis page was updated on July 13, 2024.', '2024-07-13')).toBe(true);
  });

  it('does not take a page’s edit date, or another day’s update, for one', () => {
    expect(revisedOn('ページ番号1234 更新日:2024年7月13日\n書類の誤送付について', '2024-07-13')).toBe(false);
    expect(revisedOn('2024年7月13日更新\n書類の誤送付について', '2024-07-13')).toBe(false);
    expect(revisedOn('お知らせ\n2024年8月2日 更新 対象者数を更新しました。', '2024-07-13')).toBe(false);
  });
});

describe('a title that names a later report', () => {
  it('reads 追加情報 beside 続報 and 最終報', () => {
    expect(LATER_REPORT_TITLE.test('不正アクセスに関するお知らせ(追加情報)')).toBe(true);
    expect(LATER_REPORT_TITLE.test('【追加情報】書類の紛失について')).toBe(true);
    expect(LATER_REPORT_TITLE.test('不正アクセスに関するお知らせ')).toBe(false);
    expect(LATER_REPORT_TITLE.test('Updating our members about the outage')).toBe(true);
    expect(LATER_REPORT_TITLE.test('Notice of a data incident')).toBe(false);
  });
});

describe('English references without a date', () => {
  it('reads a further update being given and an e-mail sent earlier, not a promise of one', () => {
    const ref = (t: string) => earlierReportRefs(t).phrase;
    expect(
      ref('Dear member, we are writing to give you a further update about the outage at our clinic.'),
    ).toBe('writing to give you a further update');
    expect(ref('Earlier this week, we emailed you about the break-in at our depot.')).toBe(
      'Earlier this week, we emailed you',
    );
    expect(ref('We will provide a further update when the review of the depot break-in ends.')).toBeNull();
  });
});

describe('English report dates written day first', () => {
  it('reads "On 3 April 2023, X (“Short”) announced" as British and Australian notices write it', () => {
    const refs = earlierReportRefs(
      'On 3 April 2023, Sample Depots plc (“Sample”) announced a break-in at its yard.',
    );
    expect(refs.dates).toEqual([{ y: 2023, m: 4, d: 3 }]);
    expect(earlierReportRefs('On 3 April 2023, we notified the police.').dates).toEqual([]);
  });
});

describe('reportRefsBeside', () => {
  const facts = { incidentStart: '2024-02-10', detected: null };

  it('drops the day of the notice’s own incident, and a phrase dated only by it', () => {
    const refs = earlierReportRefs(
      'It happened on February 10, 2024, when a person claimed to have posted the files.',
    );
    expect(refs.dates).toHaveLength(1);
    expect(reportRefsBeside(refs, facts)).toEqual({ dates: [], phrase: null });
  });

  it('keeps a report’s day that is not the incident’s', () => {
    const refs = earlierReportRefs('On March 1, 2024, Sample College posted a notice about the incident.');
    const kept = reportRefsBeside(refs, facts);
    expect(kept.dates).toEqual(refs.dates);
    expect(kept.phrase).toBe(refs.phrase);
  });
});
