import { describe, expect, it } from 'vitest';
import { extract } from './index.js';

// Fictional notices, written for these tests (session 15, branch h/enfacts8).
const URL = 'https://www.larkhill-example.org/news/notice';
const run = (body: string) => {
  const r = extract(`${URL}\n${body}`);
  return {
    start: r.incident_start?.value ?? null,
    end: r.incident_end?.value ?? null,
    detected: r.detected?.value ?? null,
  };
};

describe('English incident dates: the predicate that owns the date', () => {
  it('does not date the finding by a review of what the reached mailboxes held', () => {
    const r = run(
      'Notice of a Data Incident\nLarkhill Clinic recently learned that an outsider may have accessed two staff mailboxes from March 2, 2021 to March 4, 2021. On June 9, 2021, Larkhill Clinic determined that the mailboxes contained patient names and birth dates.',
    );
    expect(r.detected).toBeNull();
    expect(r.start).toBe('2021-03-02');
    expect(r.end).toBe('2021-03-04');
    // A finding of the incident itself keeps its day.
    expect(
      run(
        'Notice of a Data Incident\nOn June 9, 2021, Larkhill Clinic determined that an outsider had opened two staff mailboxes.',
      ).detected,
    ).toBe('2021-06-09');
  });

  it('reads a row whose event noun is followed by "detected" as the finding', () => {
    const r = run(
      'Incident report\nTimeline\nMay 3, 2022 Password guessing against customer logins began\nMay 5, 2022 10:15 Password guessing attack detected and blocked\nMay 6, 2022 All customer sessions ended and passwords reset',
    );
    expect(r.detected).toBe('2022-05-05');
    expect(r.start).toBe('2022-05-03');
  });

  it('dates the finding by a party that told the named organisation', () => {
    const r = run(
      'Donor data notice\nOn August 12, 2020, a software supplier told Larkhill Hospice that an attacker had copied a backup of its donor records earlier that summer.',
    );
    expect(r.detected).toBe('2020-08-12');
    expect(r.start).toBeNull();
  });

  it('does not date the incident by letters mailed or notices begun', () => {
    const r = run(
      'Notice of Data Security Incident\nUPDATE (March 3, 2024): Our review is complete and letters have been mailed.\nOn January 10, 2024, Larkhill Library discovered that an unknown party had reached one of its servers.',
    );
    expect(r.start).toBeNull();
    expect(r.detected).toBe('2024-01-10');
    expect(
      run(
        'Notice\nAn outside party broke into the Larkhill booking server on May 2, 2023. We were told of it on May 9, 2023 and began notifying guests that day.',
      ).end,
    ).toBe('2023-05-02');
  });

  it('leaves the end open when a timeline dates further attacks after the first', () => {
    const r = run(
      'Incident report\nMay 1, 2022 Attack on one customer account\nMay 3, 2022 Attack on two more customer accounts\nMay 4, 2022 Attacks stopped by a new login check',
    );
    expect(r.start).toBe('2022-05-01');
    expect(r.end).not.toBe('2022-05-01');
  });

  it('reads intruders who "gained entry" as the start of the incident', () => {
    expect(
      run('Notice\nAround 10 December 2021, intruders gained entry to the Larkhill school network.').start,
    ).toBe('2021-12-10');
  });
});
