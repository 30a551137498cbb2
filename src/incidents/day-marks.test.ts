import { describe, expect, it } from 'vitest';
import { dayMarks, sharedDayMark } from './day-marks.js';

describe('dayMarks', () => {
  it('reads a news lead’s day of the month and the month-days named without a year', () => {
    expect(
      dayMarks(
        'サンプル病院(ひばり市)は13日、患者情報が外に漏れたおそれがあると発表した。5月27日朝に発覚した。',
      ),
    ).toEqual({
      leadDay: 13,
      monthDays: ['05-27'],
    });
  });
  it('reads a lead whose day carries its month, and English month-days in either order', () => {
    expect(dayMarks('サンプル商事(北市)は7月4日、不正アクセスを受けたと公表した。').leadDay).toBe(4);
    expect(
      dayMarks('On Saturday, January 18, the board found an intruder; by 20 January it was back.').monthDays,
    ).toEqual(['01-18', '01-20']);
  });
  it('leaves full dates, leads that announce nothing and a modal “may” alone', () => {
    expect(dayMarks('2031年5月27日に発覚した。令和5年6月2日に公表した。On March 14, 2031 it began.')).toEqual(
      {
        datedDays: ['05-27', '06-02', '03-14'],
      },
    );
    expect(dayMarks('サンプル市は13日、新しい庁舎の見学会を開いた。')).toEqual({});
    expect(dayMarks('Some files may 5 times be copied.')).toEqual({});
  });
});

describe('sharedDayMark', () => {
  it('matches a month-day with the other page’s day or month-days, and a lead with its day of the month', () => {
    expect(sharedDayMark({ marks: { monthDays: ['01-18'] } }, { day: '2031-01-18' })).toEqual({
      kind: 'month_day',
      detail: 'on 01-18',
    });
    expect(
      sharedDayMark({ marks: { monthDays: ['05-27'] } }, { marks: { leadDay: 4, monthDays: ['05-27'] } })
        ?.kind,
    ).toBe('month_day');
    expect(sharedDayMark({ marks: { leadDay: 13 } }, { day: '2031-02-13' })).toEqual({
      kind: 'lead',
      detail: 'day 13',
    });
  });
  it('matches a yearless day with the month-day of a full date the other page names', () => {
    expect(
      sharedDayMark(
        { marks: { monthDays: ['11-07'] } },
        { day: '2031-12-12', marks: { datedDays: ['11-07'] } },
      ),
    ).toEqual({
      kind: 'month_day',
      detail: 'on 11-07',
    });
    // Full dates alone are compared as dates (the facts' incident dates), not by their month-days.
    expect(
      sharedDayMark({ marks: { datedDays: ['04-01'] } }, { marks: { datedDays: ['04-01'] } }),
    ).toBeNull();
  });

  it('compares two full days as days, not here, and finds nothing in other days', () => {
    expect(sharedDayMark({ day: '2031-02-13' }, { day: '2031-02-13' })).toBeNull();
    expect(
      sharedDayMark(
        { marks: { leadDay: 19, monthDays: ['09-12'] } },
        { marks: { leadDay: 4, monthDays: ['05-27'] } },
      ),
    ).toBeNull();
    expect(sharedDayMark({}, { day: '2031-02-13' })).toBeNull();
  });

  it('reads the day a news sentence says the matter became known (「…ことが20日、分かった」)', () => {
    expect(
      dayMarks('北浜町のサンプル医院がサイバー攻撃を受け、予約システムが止まっていたことが20日、分かった。')
        .leadDay,
    ).toBe(20);
    expect(dayMarks('サンプル医院は予約システムを止めた。20日に再開する予定だ。').leadDay).toBeUndefined();
  });
});
