import { describe, expect, it } from 'vitest';
import { incidentDates } from './testing/helpers.js';

// Fictional notices (見本病院, 見本市, 見本町); no real organisation or person.
const dates = (t: string) => incidentDates(t);

describe('Japanese dates of the organisation’s own activity and of a news dateline', () => {
  it('starts on a timeline row that ends on 〜が発生 and skips a row of inquiry over a range', () => {
    const t =
      '見本病院 外部からの侵入についてのお知らせ\n【これまでの経過】\n' +
      ' 2099年4月4日 侵入により患者情報が外部に漏れた可能性が発生\n' +
      ' 2099年4月5日 警察に相談\n' +
      ' 2099年4月10日~6月30日 流出した可能性のある患者情報の範囲と影響の有無を調査\n' +
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
      '見本ニュース\n2099-10-15 見本町教育委員会は、生徒の名簿一冊を紛失したと明らかにしました。\n' +
      '発表によると、10月1日に使った後、翌2日に名簿が見当たらないことが分かったということです。';
    const d = dates(t);
    expect(d.start).not.toBe('2099-10-15');
    expect(d.detected).toBe('2099-10-02');
  });
});
