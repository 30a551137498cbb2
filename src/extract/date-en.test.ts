import { describe, expect, it } from 'vitest';
import { findEnDates } from './date-en.js';
import { isoOf } from './date-ja.js';

const isos = (t: string, ctx = {}) => findEnDates(t, ctx).map((m) => isoOf(m) ?? `${m.y}-${m.m}-?`);

describe('findEnDates', () => {
  it('reads common shapes', () => {
    expect(isos('On May 4, 2017, we discovered')).toEqual(['2017-05-04']);
    expect(isos('On Friday January 19, 2018 a laptop')).toEqual(['2018-01-19']);
    expect(isos('On Saturday, December 6th, 2014, we')).toEqual(['2014-12-06']);
    expect(isos('on Nov. 21, 2016.')).toEqual(['2016-11-21']);
    expect(isos('on 6 June 2013 and 05/04/2017 and 2017-05-04')).toEqual([
      '2013-06-06',
      '2017-05-04',
      '2017-05-04',
    ]);
  });

  it('does not read the verb "may" as a month', () => {
    expect(isos('information may 4 times')).toEqual([]);
  });

  it('borrows the year of a range end for its start', () => {
    const ms = findEnDates(
      'Beginning on March 9 and continuing through May 21, 2019, an outside party could read',
    );
    expect(ms.map(isoOf)).toEqual(['2019-03-09', '2019-05-21']);
    expect(ms[0]!.rangeTo).toBe(1);
    expect(isos('between July 4, 2013 and February 18, 2014')).toEqual(['2013-07-04', '2014-02-18']);
    expect(isos('the access began on October 13, 2016 and ended no later than November 15, 2016')).toEqual([
      '2016-10-13',
      '2016-11-15',
    ]);
  });

  it('reads a span of days in one month before its year as a range', () => {
    const ms = findEnDates('Between March 5-7, 2022, a stranger read the shared drive.');
    expect(ms.map(isoOf)).toEqual(['2022-03-05', '2022-03-07']);
    expect(ms[0]!.rangeTo).toBe(1);
    expect(ms[1]!.rangeFrom).toBe(0);
    expect(isos('from July 12 to 14, 2020 and on August 2, 2020')).toEqual([
      '2020-07-12',
      '2020-07-14',
      '2020-08-02',
    ]);
    expect(isos('on October 9 – 11th, 2019,')).toEqual(['2019-10-09', '2019-10-11']);
    // Not a span: a count follows, or no year is stated after the second number.
    expect(findEnDates('On June 3 - 4 employees saw it').map((m) => m.d)).toEqual([3]);
  });

  it('reads times with am/pm', () => {
    const ms = findEnDates(
      'created between 12:10 pm, Thursday, June 6, and 10:00 pm, Tuesday, June 11, 2013',
    );
    expect(ms.map(isoOf)).toEqual(['2013-06-06', '2013-06-11']);
    expect(ms[0]!.time).toBe('12:10');
    expect(ms[1]!.time).toBe('22:00');
  });

  it('keeps month-only and year-only precision', () => {
    const ms = findEnDates('In March 2015, the site was breached. In late 2011, another.');
    expect(ms.map((m) => m.precision)).toEqual(['month', 'year']);
  });

  it('completes a missing year from the reference year', () => {
    expect(isos('Late in the evening of November 3, we', { refYear: 2021 })).toEqual(['2021-11-03']);
  });
});

describe('findEnDates: loose shapes, relative days and lists', () => {
  it('reads a comma after the month and a day run into the month', () => {
    expect(isos('On October, 2, 2015 a file was sent.')).toEqual(['2015-10-02']);
    expect(isos('when it was accessed on December3, 2019.')).toEqual(['2019-12-03']);
  });
  it('reads "that same day" as the day stated before it', () => {
    expect(isos('On June 5, 2099, we found that on that same day a laptop was taken.')).toEqual([
      '2099-06-05',
      '2099-06-05',
    ]);
    expect(isos('A laptop was taken that day.')).toEqual([]);
  });
  it('bounds a list of days by its first and last day', () => {
    const ms = findEnDates('on May 1, 2016, May 3, 2016, May 5, 2016, and May 8, 2016.');
    expect(ms[0]!.rangeTo).toBe(3);
    expect(ms[3]!.rangeFrom).toBe(0);
    expect(ms[2]!.rangeTo).toBeNull();
  });
  it('keeps a range whose far end is approximate', () => {
    const ms = findEnDates('from approximately March 2, 2016, through approximately May 5, 2016.');
    expect(ms[0]!.rangeTo).toBe(1);
  });
});
