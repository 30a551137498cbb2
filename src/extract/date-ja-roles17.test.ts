import { describe, expect, it } from 'vitest';
import { incidentDates } from './testing/helpers.js';

// Fictional notices (見本商会, 見本市, 架空大学, 見本病院); no real organisation or person.
const dates = (t: string) => incidentDates(t);

describe('Japanese date roles (session 17, branch h/datesja)', () => {
  it('reads a range whose own clause is a report received (a quote set aside) as the finding', () => {
    const t =
      '見本商会 お客様情報の表示についてのお詫び\n1.経過\n2099年4月2日(木)10時~11時の間に、利用者二名より当社窓口に' +
      '対して「購入履歴の画面に別人の氏名が出る」との連絡をいただいた。当社で調べた結果、同日9時5分~11時30分の間、' +
      'その事象が起こり得る状態であったことが分かりました。';
    expect(dates(t)).toMatchObject({ detected: '2099-04-02', start: '2099-04-02', end: '2099-04-02' });
  });

  it('gives no incident role to the day of a news lead that closes on the announcement', () => {
    const t =
      '見本新聞\n(2099/9/29 07:11)\n見本市は28日、職員が私用の無料メールを仕事に使っていて外部から侵入され、' +
      '住民の情報が漏れたおそれがあると発表した。18日に職員が警告の通知に気づき、そのアカウントの使用をやめた。';
    const d = dates(t);
    expect(d.start).toBeNull();
    expect(d.detected).toBe('2099-09-18');
  });

  it('ends an act told over hours of one day on that day', () => {
    const t =
      '架空大学は11月11日、迷惑メールの件について発表した。\n学生一名のアカウントが第三者に使われ、大量のメールが' +
      '外部へ出されたもの。\n送られた時間帯は、2099年10月1日午後6時19分から7時頃で、約1,000の宛先に300通が' +
      '送信されたとのこと。';
    expect(dates(t)).toMatchObject({ start: '2099-10-01', end: '2099-10-01' });
  });

  it('takes the later day that confirmed an act dated earlier as the finding', () => {
    const t =
      '1.経過 2099年11月4日(木)朝、社員が共有フォルダを開けない状態になっており、直ちに情報担当が調べて、' +
      '外部からの攻撃が行われていたことを確認した。さらに調べたところ、11月3日(水)早朝に外部からの不正な' +
      'アクセスが行われていて、顧客の情報が外へ出たものと判断しました。';
    expect(dates(t)).toMatchObject({ start: '2099-11-03', detected: '2099-11-04' });
  });

  it('reads an erroneous display that lasted over a range as the window', () => {
    const t =
      '見本市の公式サイトで、子どもに関するデータが見える事態となった。2099年9月19日に来庁者の指摘で発覚した。' +
      '誤表示は、2098年10月31日から2099年9月19日までのおよそ一年間続いていた。';
    expect(dates(t)).toMatchObject({ start: '2098-10-31', end: '2099-09-19', detected: '2099-09-19' });
  });

  it('keeps the days of a later incident of a notice listing several out of the first', () => {
    const t =
      '見本病院で下記2件の情報漏えいが起きました。\n【事案1】\n2099年9月3日、紹介元とは異なる医療機関へ' +
      '報告書を誤って送付しました。2099年9月9日に誤りが判明しました。\n【事案2】\n2099年9月8日に来院した患者に、' +
      '誤って他の患者の結果票も手渡しました。2099年9月11日に本人が持参して発覚しました。';
    expect(dates(t)).toMatchObject({ start: '2099-09-03', end: '2099-09-03', detected: '2099-09-09' });
  });

  it('gives no role to the day of an ordinary use that names the lost item', () => {
    const t =
      '見本病院の職員が記録媒体を院内でなくしました。\n1 経過\n2099年11月30日(木)、11月21日(火)に仕事で使用した' +
      '当該USBメモリーを紛失したことに気づき、院内を探したが見つからなかった。';
    const d = dates(t);
    expect(d.detected).toBe('2099-11-30');
    expect(d.start).toBeNull();
  });

  it('reads no window from the hours of planned maintenance', () => {
    const t =
      '他の利用者の情報が画面に出る不具合が起きました。\n1.事象の経過\n' +
      '2099年5月8日15時00分~17時00分の定期メンテナンスにて、キャッシュの設定を変えました。';
    const d = dates(t);
    expect(d.start).toBeNull();
    expect(d.end).toBeNull();
  });
});
