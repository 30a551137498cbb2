import { describe, expect, it } from 'vitest';
import { extract } from './index.js';
import { incidentDates } from './testing/helpers.js';

// Fictional notices (見本市, 見本工房, 架空大学); no real organisation or person.

describe('Japanese dates and counts (session 16, branch h/jadates16)', () => {
  it('reads a spaced-out day alone under 経緯 as a timeline row, not the notice date', () => {
    const t =
      '見本市 名簿の取り違え\n' +
      '概要\n市内の施設へ、別の施設の名簿(52 名分)を送付した。\n' +
      '経緯\n2099 年 3 月 4 日(水)\n名簿を各施設へ電子メールで送信\n\n同年3月5 日(木)\n' +
      '一つの施設から照会を受け、取り違えが判明。\n再発防止策\n送る前に二人で点検する。';
    const f = extract(t);
    expect(f.published).toBeNull();
    expect(incidentDates(t)).toMatchObject({ start: '2099-03-04', detected: '2099-03-05' });
  });

  it('takes a bracketed release note (「(…日 10時発表)」) as the notice date, and not an earlier report of it', () => {
    const t =
      '本文\n2099年5月1日(金)、見本市の職員が案内メールの宛先をCC欄に並べて送り、互いのアドレスが見える状態となりました。' +
      '(2099年5月2日 10時30分発表)\n対象 メールアドレス 40件';
    expect(extract(t).published?.value).toBe('2099-05-02');
    const later = '本文\n第1報(2099年5月2日発表)の続報です。見本市では調査を続けています。';
    expect(extract(later).published?.value ?? null).not.toBe('2099-05-02');
  });

  it('reads a column lead that opens with the day (「2099年6月9日 X市が…を公表しました」)', () => {
    const t =
      '見本市で名簿の送り間違い\n2099年6月9日 見本市が住民300人分の名簿を別の団体へ送ったことを公表しました。' +
      '悪用の報告はないそうです。';
    expect(extract(t).published?.value).toBe('2099-06-09');
  });

  it('dates a report received from a contractor (「工房より、…に感染したが…との報告があり」) as the finding', () => {
    const t =
      '見本市 委託先の被害について\n経過\n(1)2099年7月3日(月)本市が業務を任せている見本工房より、' +
      '社内の機器がウイルスに感染したが、住民の名簿は別の機器に置いていたので影響はないとの報告があり、' +
      'その後の調べで名簿にも影響のおそれが出てきた。';
    const d = incidentDates(t);
    expect(d.detected).toBe('2099-07-03');
    expect(d.start ?? null).toBeNull();
  });

  it('reads a figure after a dot leader, and lets a うち line of personal data narrow a count of mails', () => {
    const t =
      '架空大学 転送設定の誤りについて\n漏れた情報\n外へ送られたメール…2,400件\n' +
      'うち、本文や添付に個人情報を含むもの…812件';
    expect(extract(t).affected?.value.count).toBe(812);
  });

  it('takes forwarded mail messages as a container, not whose data it was', () => {
    const t =
      '架空大学 転送設定の誤りによる情報の流出\n2.流出した情報\n' +
      '(1)誤った宛先に転送された電子メール 3,100件\n(2)それらに含まれる個人情報\n' +
      '教員と職員 210件\n在学生 530件';
    expect(extract(t).affected?.value.count).toBe(530);
  });
});

describe('Japanese news reposts and label lines (session 16, branch h/jadates16)', () => {
  it('reads 「Xは2099年6月7日、…と明らかにしました」 under heading lines as the day X announced', () => {
    const t =
      '見本講座の案内メールの送信ミスについて\n画像:見本法人の資料から\n' +
      '一般社団法人・見本支援協会は2099年6月7日、協会の講座案内で送り方を誤り、' +
      '参加者40名のアドレスが互いに見えたと明らかにしました。\n原因は設定の誤りです。';
    expect(extract(t).published?.value).toBe('2099-06-07');
  });

  it('takes a wire dateline (「見本新聞 …配信」) and its lead’s bare day, with 夕 after a bare day', () => {
    const t =
      '成績の記録を入れた媒体が行方不明\n見本新聞 2099年11月19日(土)12時1分配信\n' +
      '見本県教育委員会は18日、県立見本高校の教諭が、生徒31人の成績を記録したUSBメモリーをなくしたと発表した。\n' +
      '県教委によると、教諭は16日夕、職員室で仕事をした。午後4時20分ごろ、机に残して部屋を出て、' +
      '夜に席へ戻った時にはなくなっていたという。\n同校は17日、見本署に盗難届を出した。';
    const f = extract(t);
    expect(f.published?.value).toBe('2099-11-18');
    expect(incidentDates(t).detected).toBe('2099-11-16');
    // A report to the police (盗難届) is no day of the theft.
    expect(incidentDates(t).start).not.toBe('2099-11-17');
  });

  it('dates a finding told just before the day (「本事案を発見し10月10日…を変更し」) and reads 同N日', () => {
    const t =
      '2099年10月18日\n見本会 メールアカウントの乗っ取りについて\n6 対応\n' +
      '(1) 本事案を発見し10月10日(木)10時02分にパスワードを変え、外からの接続を止めました。';
    expect(incidentDates(t).detected).toBe('2099-10-10');
    const same =
      '見本社は2099年12月12日、記録媒体を委託先に渡した。委託先は12月19日に封筒ごと捨てた。担当者は同22日に事態に気付いた。';
    expect(incidentDates(same).detected).toBe('2099-12-22');
  });

  it('reads 「…アカウント数は約2,000。」 and keeps 「N名へのメール」 as whose data it was', () => {
    const t =
      '見本サービスで乗っ取り\n見本社は他人による利用が起きたと発表した。' +
      '状況は、試みが約100万回、乗っ取られたアカウント数は約2,000。';
    expect(extract(t).affected?.value).toMatchObject({ count: 2000, unit: 'accounts', qualifier: 'approx' });
    const mail =
      '見本社 メールの送り間違い\n調べたところ、発送分の900名へのお届けメールが12名宛に誤って届いていました。';
    expect(extract(mail).affected?.value.count).toBe(900);
  });
});
