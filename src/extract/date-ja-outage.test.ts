import { describe, expect, it } from 'vitest';
import { incidentDates } from './testing/helpers.js';

// Fictional notices (見本商会, 見本病院); no real organisation or person.
const dates = (t: string) => incidentDates(t);

describe('Japanese date roles: an outage and data carried off', () => {
  it('starts an attack on the day a system outage occurred', () => {
    const t =
      '見本商会 不正アクセス被害のお知らせ\n1.経緯\n2099年3月4日、当社の基幹サーバーに障害が発生し、再起動により復旧しました。' +
      '\n2099年3月6日、外部の専門家と調査を行い、第三者による侵入の形跡を確認しました。';
    expect(dates(t)).toMatchObject({ start: '2099-03-04' });
  });

  it('does not start anything on an outage that may happen', () => {
    const t = '見本商会 メンテナンスのお知らせ\n2099年5月1日、障害が発生した場合はお問い合わせください。';
    expect(dates(t).start).toBeNull();
  });

  it('starts and ends on the night a former employee carried data off', () => {
    const t =
      '見本病院 患者情報の持ち出しについて\n当院の調べでは、2099年7月8日夜、元職員が共有フォルダの名簿をコピーして持ち去ったと' +
      'みられます。\nこの事実は2099年9月1日に判明しました。';
    expect(dates(t)).toMatchObject({ start: '2099-07-08', end: '2099-07-08', detected: '2099-09-01' });
  });
});

describe('Japanese date ranges: a period in brackets alone on its line', () => {
  it('dates the exposure told in the sentence above it', () => {
    const t =
      '見本商会 会員ページの表示についてのお詫び\n事象の内容\n1.別の会員から会員名を閲覧できる状態にあった。\n' +
      '(2098年6月1日から2099年2月10日までの間)\n2.会員の電話番号が表示されていた。';
    expect(dates(t)).toMatchObject({ start: '2098-06-01', end: '2099-02-10' });
  });

  it('keeps a bracketed period of purchases a scope, not the incident', () => {
    const t =
      '見本商会 お知らせ\n対象のお客様\n1.当サイトのショップで品物をご購入いただいた皆様。\n(2098年6月1日から2099年2月10日までの間)\n';
    expect(dates(t).start).toBeNull();
  });
});

describe('Japanese dates: the year of the records is not the notice year', () => {
  it('leaves month-days without a year when the only year names the month of the records', () => {
    const t =
      '見本健康保険組合 お知らせ\n1.経緯\n4 月 8 日\n業務委託先の管理サーバーでランサムウェア感染が起きた。\n7 月 9 日\n外部からの侵入の形跡が確認された。\n' +
      '2.対象\n2091 年 10 月の診療データ\n氏名、生年月日';
    const d = dates(t);
    expect(d.start).toBeNull();
    expect(d.detected).toBeNull();
  });

  it('still reads month-days against a year the notice states for itself', () => {
    const t =
      '見本商会 お知らせ\n2099年5月1日\n4月8日、弊社の基幹サーバーはランサムウェアに感染しました。\n対象は2091年10月の利用記録です。';
    expect(dates(t).start).toBe('2099-04-08');
  });
});

describe('Japanese dates: mail forwarding stopped on finding it', () => {
  it('ends the forwarding on the day it was found and stopped', () => {
    const t =
      '見本大学 メールの誤転送についてのお詫び\n1.経緯\n(1)2098年4月3日に、教員がメールの自動転送設定を行った際、転送先のアドレスを誤って入力した。\n' +
      '(2)2099年1月9日に、無関係の宛先にメールが届いていたことが判明し、同日中に転送を停止した。';
    expect(dates(t)).toMatchObject({ start: '2098-04-03', detected: '2099-01-09', end: '2099-01-09' });
  });
});

describe('Japanese dates: the day a service began', () => {
  it('gives no finding to the day a campaign began, told before the finding', () => {
    const t =
      '見本大学 受験生の連絡先漏えいのお詫び\nこのたび、2099年8月1日(金)から開始した、出願書類の受付において、受験生宛ての通知メールに別の受験生のアドレスが記載されている状態だったことが判明いたしました。';
    expect(dates(t).detected).toBeNull();
  });

  it('still reads a finding told on its own day', () => {
    const t =
      '見本商会 お詫び\n2099年8月3日、受験生宛ての通知メールに別の受験生のアドレスが記載されている状態だったことが判明いたしました。';
    expect(dates(t).detected).toBe('2099-08-03');
  });
});
