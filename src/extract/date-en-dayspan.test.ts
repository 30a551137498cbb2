import { describe, expect, it } from 'vitest';
import { findEnDates } from './date-en.js';
import { incidentDates } from './testing/helpers.js';

// A span of days written before its month (British style). Fictional notices.
const days = (t: string) =>
  findEnDates(t, {}).map((m) => `${m.y}-${String(m.m).padStart(2, '0')}-${String(m.d).padStart(2, '0')}`);

describe('English dates: a span of days before its month', () => {
  it('reads "11 and 12 May", "3-5 June", "the 8th and 9th of March" as first and last day', () => {
    expect(days('on the night of the 8th and 9th of March 2099 a box was taken')).toEqual([
      '2099-03-08',
      '2099-03-09',
    ]);
    expect(days('the site was down on 3-5 June 2099.')).toEqual(['2099-06-03', '2099-06-05']);
    expect(days('between 2 and 4 March 2099.')).toEqual(['2099-03-02', '2099-03-04']);
    // A single day is one day; a later day first is no span.
    expect(days('on 5 June 2099 the site')).toEqual(['2099-06-05']);
    expect(days('on 12 and 3 June 2099')).toEqual(['2099-06-03']);
  });

  it('gives the first day of the span as the incident’s start', () => {
    expect(
      roles(
        'A data protection incident occurred overnight on the 8th and 9th of March 2099, when someone removed the post box outside our door.',
      ).start,
    ).toBe('2099-03-08');
  });
});

function roles(t: string) {
  return incidentDates(t, { lang: 'en' });
}
