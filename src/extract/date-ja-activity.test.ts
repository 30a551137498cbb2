import { describe, expect, it } from 'vitest';
import { extract } from './index.js';
import { incidentDates } from './testing/helpers.js';

// Fictional notices (見本病院, 見本市, 見本町); no real organisation or person.
const dates = (t: string) => incidentDates(t);

describe('Japanese dates of the organisation’s own activity and of a news dateline', () => {
  it('starts on a timeline row that ends on 〜が発生 and skips a row of inquiry over a range', () => {
    const t =
      '見本病院 外部からの侵入についてのお知らせ\n【これまでの経過】\n' +
      ' 2099年4月4日 侵入により患者情報が外部に漏れた可能性が発生\n' +
      ' 2099年4月5日 警察に相談\n' +
      ' 2099年4月10日~6月29日 漏えいのおそれがある患者情報の範囲と影響の有無を調査\n' +
      '現在、被害は確認されておりません。';
    const d = dates(t);
    expect(d.start).toBe('2099-04-04');
    expect(d.end).not.toBe('2099-06-30');
  });

  it('reads a range whose sentence closes on a review as no window', () => {
    const t =
      '見本商会 ご報告\n2099年3月3日から3月20日まで、外部の専門会社とともに、侵入の経路と閲覧された可能性のある' +
      '記録の範囲を精査しました。\nその結果、顧客の氏名が外部から閲覧された形跡は見つかりませんでした。';
    const d = dates(t);
    expect(d.start).toBeNull();
    expect(d.end).toBeNull();
  });

  it('gives no end to the hours someone worked until (〜時まで勤務)', () => {
    const t =
      '見本市 記録媒体の紛失について\n1 経緯\n2099年9月8日(火)、職員が記録媒体を用いて入力作業を行い、' +
      '21時まで勤務。\n翌9日(水)、別の職員が使おうとしたところ、保管庫にないことに気付きました。';
    const d = dates(t);
    expect(d.end).toBeNull();
    expect(d.detected).toBe('2099-09-09');
  });

  it('gives no incident role to a dateline that heads a sentence closing on the announcement', () => {
    const t =
      '見本ニュース\n2099-10-15 見本町教育委員会は、部活の連絡簿一冊がなくなったと明らかにしました。\n' +
      '発表によると、10月1日に使った後、翌2日に名簿が見当たらないことが分かったということです。';
    const d = dates(t);
    expect(d.start).not.toBe('2099-10-15');
    expect(d.detected).toBe('2099-10-02');
  });
});

describe('Japanese dates: what opens the finding and whose records a range names', () => {
  it('reads a day after 「…ことが、」 as the finding, past a registration range (a population)', () => {
    const t =
      '見本商会 お知らせ\n2099年6月1日\n当社の会員サイトに不正アクセスがあり、2090年4月1日から2099年5月10日までに' +
      '会員登録のあったお客様の氏名が流出した可能性があることが、2099年5月20日に判明しました。';
    expect(dates(t)).toMatchObject({ start: null, end: null, detected: '2099-05-20' });
  });

  it('does not read an attack received (攻撃を受け、) as a report whose content holds the next day', () => {
    const t =
      '見本商会 お知らせ\n2099年8月2日\n2099年7月30日夜から31日未明にかけて、当社サーバーが外部から攻撃を' +
      '受け、31日朝に社員が異常に気付きました。';
    expect(dates(t)).toMatchObject({ start: '2099-07-30', end: '2099-07-31', detected: '2099-07-31' });
  });

  it('reads a letterhead date with the era year in brackets after the Western year', () => {
    const t =
      '見本市 個人情報の漏えいについて\n2099年(令和81年)7月10日\n見本市\n' +
      '2099年7月1日、職員が誤って名簿をメールで送信しました。';
    expect(extract(t).published?.value).toBe('2099-07-10');
  });

  it('starts a defect told from an hour of a day (…頃から、…表示される状態)', () => {
    const t =
      '見本商会 お詫び\n2099年3月5日\n3月4日(火)14時頃から、当社サイトの不具合により、別のお客様の' +
      '購入履歴が表示される状態となっていた。';
    expect(dates(t).start).toBe('2099-03-04');
  });
});
