import { describe, expect, it } from 'vitest';
import { findJaDates, isoOf } from './date-ja.js';
import { extract } from './index.js';
import { incidentDates } from './testing/helpers.js';

// Fictional notices (見本会, 見本研究所, 架空町); no real organisation or person.
const dates = (t: string) => incidentDates(t);

describe('Japanese dates on fresh notices (session 15, branch h/jadates8)', () => {
  it('gives a time after a bare day (「16日午前9時ごろ」) no day of the last full date', () => {
    const news =
      '見本ブログ\n2099年02月20日\n研究所で機器盗難\n見本研究所は19日、事務所から端末3台が盗まれたと発表した。' +
      '研究所によると、16日午前9時ごろ、出勤した職員が被害に気付いた。15日午後10時以降に侵入されたとみている。';
    const ds = findJaDates(news, { refYear: 2099, refMonth: 2, refDay: 20 }).map((m) => isoOf(m));
    expect(ds).toEqual(['2099-02-20']);
    // Read as a news report (its lead names the body and a bare day), a bare day is of the dateline's month.
    expect(dates(news)).toMatchObject({ start: '2099-02-15', detected: '2099-02-16' });
    const news2 = findJaDates(news, { refYear: 2099, refMonth: 2, refDay: 20, newsDays: true });
    expect(news2.map((m) => isoOf(m))).toEqual(['2099-02-20', '2099-02-19', '2099-02-16', '2099-02-15']);
    // Not a day after the reference day, nor one weeks before it.
    const later = findJaDates('2099年2月20日\n見本社は22日、発表した。1日午前に発生した。', {
      refYear: 2099,
      refMonth: 2,
      refDay: 20,
      newsDays: true,
    });
    expect(later.map((m) => isoOf(m))).toEqual(['2099-02-20']);
    // A time after a written-out day still belongs to it; one after 同日 to the last date.
    const row = findJaDates('2099年3月2日 職員が確認。同日10時30分に停止した。', {}).map((m) => isoOf(m));
    expect(row).toEqual(['2099-03-02', '2099-03-02']);
  });

  it('reads no 本年 against a stated year that a range runs from to 本年', () => {
    const t =
      '見本会 不正アクセスのお知らせ\n本年7月4日20時頃から同月5日16時頃にかけて、職員のアカウントへの不正アクセスを確認しました。' +
      '対象は2090年5月から本年7月までに講座を受講された方です。';
    const got = dates(t);
    expect(got.start ?? null).toBeNull();
    expect(got.end ?? null).toBeNull();
    // With the notice's own date, 本年 is its year.
    const dated = `見本会 不正アクセスのお知らせ\n2099年8月1日\n${t.split('\n')[1]}`;
    expect(dates(dated)).toMatchObject({ start: '2099-07-04', end: '2099-07-05' });
    // 本年 with no range from a stated year is read as before.
    const plain =
      '架空町 書類の紛失について\n2098年度の名簿について、本年5月2日に紛失が判明しました。2099年5月1日に使用しました。';
    expect(dates(plain).detected).toBe('2099-05-02');
  });

  it('reads ことし as 本年, and month-days after an unknown 本年 as of that year', () => {
    const news =
      '見本大学で成績が閲覧可能に\n見本大学は、設定の誤りで学生の成績が誰でも見られたと発表しました。' +
      '2090年7月からことし12月8日まで、誰でも見られる設定のままでした。\n12月8日、学生の指摘で分かった。';
    expect(dates(news)).toEqual({ start: null, end: null, detected: null });
    const dated = `見本大学 お知らせ\n2099年12月20日\nことし12月8日、在学生が知らせてくれて設定の誤りが発覚しました。`;
    expect(dates(dated).detected).toBe('2099-12-08');
  });

  it("dates a news lead's month-day only by a year the text writes in a full date", () => {
    const pub = (t: string) => extract(t).published?.value ?? null;
    const scopeYear =
      '見本病院、記録媒体紛失\n見本病院は7月16日、患者データを保存した記録媒体1個をなくしたと公表した。' +
      'メモリには2090年4月以降に来院した患者のデータが入っていた。';
    expect(pub(scopeYear)).toBeNull();
    const dated = `${scopeYear}紛失は2090年7月11日に判明した。`;
    expect(pub(dated)).toBe('2090-07-16');
  });

  it('reads the day a column or news report says the body announced, not an earlier notice of its own', () => {
    const pub = (t: string) => extract(t).published?.value ?? null;
    const column =
      '情報漏えい事例|見本商会のカード情報漏えい\n雑貨の販売を行っている見本商会(以下、同社)が、2099年2月20日に、' +
      '自社の通販サイトでのカード情報の漏えい発生を公表しました。900件ほどが対象とみられます。';
    expect(pub(column)).toBe('2099-02-20');
    const news =
      '見本大学で名簿が見える状態に\n見本大学が2099年9月16日にウェブページで、学生名簿が全職員に見えていたと発表した。';
    expect(pub(news)).toBe('2099-09-16');
    // The notice's own words about an earlier notice, and a day of the event, are no announcement day.
    const own =
      '不正アクセスに関するお知らせ\n当社は、2099年2月20日に「お知らせ」を公表いたしました。調査を続けています。';
    expect(pub(own)).toBeNull();
    const event =
      '見本商会、不正アクセス\n見本商会は2099年2月20日に発生した侵入の件で調べた結果を公表しました。';
    expect(pub(event)).toBeNull();
  });

  it('completes a month-day from the first fiscal year named, not from a later one it is for', () => {
    const t =
      '架空町 申請書の誤送付について\n令和80年度中に申請した世帯に、令和81年度の継続には改めて申し込むよう知らせる書面を3月4日に郵送しましたが、' +
      '3月6日に受取人から別人の書類が入っていたと電話があって誤送付が判明しました。';
    expect(dates(t)).toMatchObject({ start: '2099-03-04', detected: '2099-03-06' });
  });

  it('reads 「…を認知後、」 (the noun form before 後) as the finding', () => {
    const t =
      '見本会 不正アクセスのお知らせ\n見本会の会員管理機器に外部から侵入され、会員の情報が流出した恐れがあります。' +
      '2099年7月22日、当会の機器で怪しい通信を認知後、関係機関へ報告しました。';
    expect(dates(t).detected).toBe('2099-07-22');
  });

  it('ends an exposure that lasted until it was found on the day it was found', () => {
    const t =
      '見本大学 メール誤送信について\n誤送信が発生したのは2099年1月15日10時30分頃で、翌1月16日の正午すぎに問題が発覚するまで、' +
      '受け取った学生が名簿を開ける状況が続きました。';
    expect(dates(t)).toEqual({ start: '2099-01-15', end: '2099-01-16', detected: '2099-01-16' });
  });

  it("takes a news lead's bare day (「…は19日、…と発表」) under a later dateline as the announcement day", () => {
    const page = (lead: string) =>
      extract(`見本ブログ\n- 盗難\n2099年02月20日\n研究所で端末盗難\n${lead}\n職員が被害に気付いた。`)
        .published?.value;
    expect(page('見本研究所は19日、事務所から端末3台を持ち去られたと発表しました。')).toBe('2099-02-19');
    // The same day, or a day after the dateline or long before it, leaves the dateline.
    expect(page('見本研究所は20日、端末3台を持ち去られたと発表しました。')).toBe('2099-02-20');
    expect(page('見本研究所は2日、端末3台を持ち去られたと発表しました。')).toBe('2099-02-20');
  });

  it("reads a notice's own date from a 発行日 label and from a signature line at the bottom", () => {
    const pub = (t: string) => extract(t).published?.value ?? null;
    const body =
      '名簿の紛失について\n見本市で市民の名簿1冊が所在不明になりました。5月2日に判明しました。\n1 経緯\n職員が保管庫に戻さなかった。' +
      '\n2 原因\n手順が守られていなかった。\n3 対策\n手順を見直します。\n4 問合せ\n総務課 電話 000-0000\n';
    expect(pub(`${body}発行者:見本市総務課\n発行日:2099年5月10日`)).toBe('2099-05-10');
    expect(pub(`${body}2099年5月10日 見本市教育委員会`)).toBe('2099-05-10');
    // Two dated lines in a row at the bottom are a timeline's rows, not a signature.
    expect(pub(`${body}2099年5月3日 見本市総務課\n2099年5月4日 見本市教育委員会`)).toBeNull();
  });
});
