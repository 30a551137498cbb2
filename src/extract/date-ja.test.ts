import { describe, expect, it } from 'vitest';
import { findJaDates, isoOf } from './date-ja.js';

const isos = (text: string, ctx = {}) => findJaDates(text, ctx).map((m) => isoOf(m) ?? `${m.y}-${m.m}-?`);

describe('findJaDates', () => {
  it('reads western dates in every common shape', () => {
    expect(isos('2024年5月21日(火)に判明')).toEqual(['2024-05-21']);
    expect(isos('2024/5/21 と 2024.5.22 と 2024-05-23')).toEqual(['2024-05-21', '2024-05-22', '2024-05-23']);
    expect(isos('2024 年 11 月 28 日(木)17:30 ごろ')).toEqual(['2024-11-28']);
  });

  it('converts era years, including 元年', () => {
    expect(isos('令和元年6月1日')).toEqual(['2019-06-01']);
    expect(isos('令和6年1月26日')).toEqual(['2024-01-26']);
    expect(isos('平成26年1月15日以降')).toEqual(['2014-01-15']);
    expect(isos('昭和64年1月7日')).toEqual(['1989-01-07']);
  });

  it('reads an era year written with dots or slashes (令和2.11.2, R6.5.20, H28/6/24), not inside a code', () => {
    expect(isos('令和2.11.2(月) 受付')).toEqual(['2020-11-02']);
    expect(isos('R6.5.20 通知書を発送\nR6.5.24 判明')).toEqual(['2024-05-20', '2024-05-24']);
    expect(isos('H28/6/24 送付')).toEqual(['2016-06-24']);
    expect(isos('令和元.5.1')).toEqual(['2019-05-01']);
    expect(isos('型番PR6.5.20')).toEqual([]);
  });

  it('reads 翌月X日 (a day of the next month) and 翌々日 (two days on)', () => {
    expect(isos('2099年5月30日に発送し、翌月3日に判明')).toEqual(['2099-05-30', '2099-06-03']);
    expect(isos('2099年12月30日に発送し、翌月3日に判明')).toEqual(['2099-12-30', '2100-01-03']);
    expect(isos('2099年6月28日に発送し、翌々日に判明')).toEqual(['2099-06-28', '2099-06-30']);
  });

  it('closes a range with a day told relative to its first end (翌29日, 同月30日, 翌日)', () => {
    for (const [t, far] of [
      ['2099年6月28日深夜から翌29日早朝にかけて', '2099-06-29'],
      ['2099年6月28日から同月30日にかけて', '2099-06-30'],
      ['2099年6月28日から翌日にかけて', '2099-06-29'],
    ] as const) {
      const m = findJaDates(t);
      expect(m.map((x) => isoOf(x))).toEqual(['2099-06-28', far]);
      expect([m[0]!.rangeTo, m[1]!.rangeFrom]).toEqual([1, 0]);
    }
  });

  it('reads 今月X日 and 先月X日 against the notice’s own month, and nothing without it', () => {
    const ctx = { refYear: 2099, refMonth: 1, refDay: 10 };
    expect(isos('先月28日に発送し、今月3日に判明', ctx)).toEqual(['2098-12-28', '2099-01-03']);
    expect(isos('先月28日に発送')).toEqual([]);
  });

  it('reads 翌朝 (the next morning) as the day after the last date', () => {
    expect(isos('2099年6月3日に鞄を置き忘れ、翌朝に気付いた')).toEqual(['2099-06-03', '2099-06-04']);
  });

  it('resolves 本年/今年/昨年 against the reference year and 同年 against the last year stated', () => {
    expect(isos('本年5月7日に確認', { refYear: 2020 })).toEqual(['2020-05-07']);
    expect(isos('昨年12月1日に発生', { refYear: 2021 })).toEqual(['2020-12-01']);
    expect(isos('2019年3月1日に発生し、同年4月2日に判明', { refYear: 2024 })).toEqual([
      '2019-03-01',
      '2019-04-02',
    ]);
  });

  it('takes the year of a month-day mention from the last year stated', () => {
    expect(isos('2023年7月1日に通報。7月10日に閉鎖')).toEqual(['2023-07-01', '2023-07-10']);
    expect(isos('10/11 通報で発覚', { refYear: 2022 })).toEqual(['2022-10-11']);
  });

  it('reads ranges, with a bare day as the far end', () => {
    const ms = findJaDates('9月14日21時38分から15日9時06分まで不正アクセス', { refYear: 2015 });
    expect(ms.map(isoOf)).toEqual(['2015-09-14', '2015-09-15']);
    expect(ms[0]!.time).toBe('21:38');
    expect(ms[1]!.time).toBe('09:06');
    expect(ms[0]!.rangeTo).toBe(1);
    expect(ms[1]!.rangeFrom).toBe(0);
  });

  it('reads ranges with ~ and across a year end', () => {
    const a = findJaDates('本年5月8日~6月3日までの期間', { refYear: 2020 });
    expect(a.map(isoOf)).toEqual(['2020-05-08', '2020-06-03']);
    expect(a[0]!.rangeTo).toBe(1);
    const b = findJaDates('2022年12月28日〜1月5日');
    expect(b.map(isoOf)).toEqual(['2022-12-28', '2023-01-05']);
  });

  it('inherits the last date for 同日/当日/翌日 and bare times', () => {
    const ms = findJaDates(
      '2023年9月26日(火)11時26分、送信。11時30分頃、指摘があり判明。同日13時に謝罪。翌日に報告。',
    );
    expect(ms.map(isoOf)).toEqual(['2023-09-26', '2023-09-26', '2023-09-26', '2023-09-27']);
    expect(ms[1]!.source).toBe('inherited');
    expect(ms[1]!.time).toBe('11:30');
  });

  it('marks month-only and year-only mentions with their precision', () => {
    const ms = findJaDates('2020年6月中旬の再開を予定。令和5年度の事業');
    expect(ms[0]!.precision).toBe('month');
    expect(ms[1]!.precision).toBe('year');
  });

  it('understands 午後 and rejects impossible dates', () => {
    expect(findJaDates('2022/5/10 の午後 2 時 19 分')[0]!.time).toBe('14:19');
    expect(isos('2023年2月30日')).toEqual([]);
  });

  it('does not read durations or counts as days', () => {
    expect(isos('約6時間、30日間、1日あたり')).toEqual([]);
  });
});

describe('a bare day with its weekday', () => {
  it('is a later day of the month of the last date, wherever it stands in the line', () => {
    const t =
      '2099年10月5日(月)9時頃、資料を誤って掲載しました。ファイルを閉じた11日(日)10時まで閲覧できる状態でした。';
    const ms = findJaDates(t).filter((m) => m.precision === 'day' && m.source !== 'inherited');
    expect(ms.map((m) => `${m.y}-${m.m}-${m.d}`)).toEqual(['2099-10-5', '2099-10-11']);
  });

  it('is no date without its weekday (「11日間」「15日以内」「毎月10日」 stay out)', () => {
    const t = '2099年10月5日(月)、11日間にわたり掲載しました。毎月10日に確認します。';
    expect(findJaDates(t).filter((m) => m.d === 10 || m.d === 11)).toEqual([]);
  });
});

describe('a range with a part of the day before its connector', () => {
  it('reads 「11月12日午前から13日午前」 as a range', () => {
    const ms = findJaDates('11月12日午前から13日午前 作業をした。', { refYear: 2099 });
    const from = ms.find((m) => m.d === 12)!;
    expect(from.rangeTo).not.toBeNull();
    expect(isoOf(ms[from.rangeTo!]!)).toBe('2099-11-13');
  });
});

describe('a range with a bracketed aside before its connector', () => {
  it('reads 「5月2日10時頃(受付開始時)から5月6日15時頃まで」 as a range', () => {
    const ms = findJaDates('2099年5月2日(土)10時頃(受付開始時)から2099年5月6日(水)15時頃までの間', {});
    expect(ms[0]!.rangeTo).toBe(1);
    expect(isoOf(ms[1]!)).toBe('2099-05-06');
  });
});

describe('a relative year read against no notice date (branch h/ja3)', () => {
  it('takes the year of the same day written in full elsewhere', () => {
    const t =
      '昨年9月2日に当社で起きた誤送信について報告します。\n経緯\n2098/09/02 10:00 メールを一斉配信\n2098/12/01 対策会議';
    const ms = findJaDates(t, { refYear: 2098 });
    expect(isoOf(ms[0]!)).toBe('2098-09-02');
  });
  it('moves the other end of its range with it', () => {
    const ms = findJaDates('昨年10月14日~10月25日の決済が対象です。対象期間:2098/10/14~2099/01/25', {
      refYear: 2098,
    });
    expect([isoOf(ms[0]!), isoOf(ms[1]!)]).toEqual(['2098-10-14', '2098-10-25']);
  });
  it('keeps the relative year when the notice’s own date anchors it', () => {
    const ms = findJaDates('昨年9月2日の件です。2098/09/02 配信', { refYear: 2099, refMonth: 3 });
    expect(isoOf(ms[0]!)).toBe('2098-09-02');
    const ms2 = findJaDates('昨年9月2日の件です。2099/09/02 配信', { refYear: 2099, refMonth: 10 });
    expect(isoOf(ms2[0]!)).toBe('2098-09-02');
  });
});
