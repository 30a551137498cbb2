import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, isIsoDate, responseDurations } from './durations.js';

describe('durations', () => {
  it('counts calendar days, across months and leap years', () => {
    expect(daysBetween('2020-05-07', '2020-05-08')).toBe(1);
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('2023-02-28', '2023-03-01')).toBe(1);
    expect(daysBetween('2020-05-08', '2020-05-07')).toBe(-1);
    expect(daysBetween(null, '2020-05-07')).toBeNull();
    expect(daysBetween('2024-02-31', '2024-03-01')).toBeNull();
    expect(addDays('2024-01-30', 30)).toBe('2024-02-29');
    expect(isIsoDate('2024-13-01')).toBe(false);
  });

  it('computes the four response durations', () => {
    expect(
      responseDurations({
        incident_start: '2020-05-01',
        detected: '2020-05-07',
        contained: '2020-05-07',
        first_notice: '2020-05-08',
        final_report: '2020-06-04',
      }),
    ).toEqual({
      start_to_detection: 6,
      detection_to_containment: 0,
      detection_to_notice: 1,
      notice_to_final: 27,
    });
  });

  it('gives null for missing dates, negative spans and a first notice that was already final', () => {
    expect(
      responseDurations({
        incident_start: null,
        detected: '2020-05-07',
        contained: null,
        first_notice: '2020-05-01',
        final_report: '2020-05-01',
      }),
    ).toEqual({
      start_to_detection: null,
      detection_to_containment: null,
      detection_to_notice: null,
      notice_to_final: null,
    });
  });
});
