import { describe, expect, it } from 'vitest';
import { earlierReportRefs } from './report-refs.js';
import { writesAsReporter } from './reporter.js';
import { openingSelfName } from './self-name.js';
import { newsLeadName, subjectForm } from './subject.js';

describe('who a notice is from when no organisation was read', () => {
  it('reads the name an opening sentence gives before the notice calls itself 当社', () => {
    expect(
      openingSelfName(
        '重要なお知らせ\n2031年4月2日\nミナト精機は、当社の会員サイトへの不正アクセスについてご報告します。',
      ),
    ).toBe('ミナト精機');
    expect(
      openingSelfName('ひかり運輸株式会社(以下「当社」)は、当社サーバーが攻撃を受けたことを確認しました。'),
    ).toBe('ひかり運輸');
    expect(
      openingSelfName('日東サンプル工業は、弊社の業務システムで障害が発生したことをお知らせします。'),
    ).toBe('日東サンプル工業');
  });

  it('reads no name from an opening about the incident, a date or a supplier', () => {
    expect(openingSelfName('このたび、当社の配送システムが外部からの攻撃を受けました。')).toBeNull();
    expect(openingSelfName('2031年4月2日、当社のサーバーが攻撃を受けました。')).toBeNull();
    expect(
      openingSelfName('委託先のサンプル印刷は、当社の業務でランサムウェア被害を受けました。'),
    ).toBeNull();
    // A body's name without 当社 in its sentence says nothing about who speaks.
    expect(openingSelfName('ミナト精機は、4月2日に攻撃を受けたと発表しました。')).toBeNull();
  });

  it('takes a news lead whose announcement day carries its year, and a municipality by its place name', () => {
    expect(newsLeadName('家電の「ミナト精機」は2031年4月2日、不正アクセスの被害を受けたと公表した。')).toBe(
      'ミナト精機',
    );
    expect(subjectForm('City of Ashmoor')).toBe(subjectForm('Ashmoor'));
    expect(subjectForm('Ashmoor County')).not.toBe(subjectForm('Ashmoor'));
  });

  it('reads an article that cites the body’s own notice title under a source label as a reporter’s', () => {
    const article =
      'ミナト精機は4月2日、不正アクセスの被害を受けたと公表した。\n詳細は調査中という。\n\n【参考記事】\n当社ネットワークで起きた不正アクセスについて\nhttps://minato.example.jp/';
    expect(writesAsReporter(article)).toBe(true);
    expect(writesAsReporter('当社ネットワークで起きた不正アクセスについて、4月2日に公表しました。')).toBe(
      false,
    );
  });
});

describe('dated references', () => {
  it('reads a date with 公表 in parentheses inside a sentence as an earlier report', () => {
    expect(
      earlierReportRefs('会員情報が漏えいした件(2031年4月2日公表)について、その後の対策をご報告します。')
        .dates,
    ).toEqual([{ y: 2031, m: 4, d: 2 }]);
    // A title line's own date is the page's.
    expect(earlierReportRefs('会員情報の漏えいについて(2031年4月2日公表)\n本市は…').dates).toEqual([]);
  });

  it('does not read a page’s own "Published on" dateline as a reference', () => {
    const page =
      'City of Ashmoor responds to incident\n\nPublished on July 22, 2031\n\nThe city is restoring systems.';
    expect(earlierReportRefs(page)).toEqual({ dates: [], phrase: null });
    expect(
      earlierReportRefs('Our first notice was published on July 22, 2031 on this page.').dates,
    ).toContainEqual({
      y: 2031,
      m: 7,
      d: 22,
    });
  });
});
