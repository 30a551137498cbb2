import { describe, expect, it } from 'vitest';
import { incidentDates } from './testing/helpers.js';

// Session 9 (h/en-dates): general English date forms behind set N's date errors. Fictional notices.
const roles = (t: string) => incidentDates(t, { lang: 'en' });

describe('English dates: forms of unseen notices', () => {
  it('reads a date that opens a line cut mid-sentence with the line before it', () => {
    expect(
      roles(
        'Our review showed that the order database of Pinewood Kites was accessed without authorization on or around\nMarch 4, 2021. The database held order details.',
      ),
    ).toEqual({ start: '2021-03-04', end: '2021-03-04', detected: null });
  });
  it('does not read "through this review" as a lasting state: an access on one day ends that day', () => {
    expect(
      roles(
        'Through this review Pinewood Kites learned that its order database was accessed without authorization on or about March 4, 2021.',
      ),
    ).toEqual({ start: '2021-03-04', end: '2021-03-04', detected: null });
  });
  it('keeps a date before a bare "and" with the verb before it', () => {
    expect(
      roles(
        'An intruder obtained access to the Pinewood Kites order server on May 1, 2020 and was detected weeks later.',
      ).start,
    ).toBe('2020-05-01');
  });
  it('reads "last had access … on" as the end of the access', () => {
    expect(
      roles(
        'The intruder first obtained access to Pinewood Kites card data on May 1, 2020 and last had access to card data on June 9, 2020.',
      ),
    ).toEqual({ start: '2020-05-01', end: '2020-06-09', detected: null });
  });
  it('reads the FBI or law enforcement telling the organisation as its finding, not a hold lifted', () => {
    expect(
      roles(
        'On March 9, 2021, the FBI informed Pinewood Kites, that it found signs of malware on its web shop.',
      ).detected,
    ).toBe('2021-03-09');
    expect(
      roles('On May 3, 2021, law enforcement notified us that some card data may have been taken.').detected,
    ).toBe('2021-05-03');
    expect(
      roles('On May 3, 2021, the police informed us that their hold on our letters to members was lifted.')
        .detected,
    ).toBe(null);
  });
  it('keeps "and immediately …" after a date a step of that day', () => {
    expect(
      roles(
        'On June 11, 2019, an outsider accessed the Pinewood Kites file server. Staff became aware of the incident on June 14, 2019 and immediately terminated the access.',
      ),
    ).toEqual({ start: '2019-06-11', end: '2019-06-14', detected: '2019-06-14' });
  });
  it('gives a script placed on one day a start only (it stays until removed)', () => {
    expect(
      roles(
        'Through our review, we found that a skimming script was placed on the Pinewood Kites checkout page on or about May 10, 2020.',
      ),
    ).toEqual({ start: '2020-05-10', end: null, detected: null });
  });
  it('reads data "available between A and B" as the window of exposure', () => {
    expect(
      roles(
        'Member emails of Pinewood Kites were available between 2020-01-05 and 2021-02-03 in the page source.',
      ),
    ).toEqual({ start: '2020-01-05', end: '2021-02-03', detected: null });
  });
  it('reads "the situation arose between A and B" as the incident window', () => {
    expect(
      roles(
        'Our review indicates that this situation at Pinewood Kites arose between April 3 and April 7, 2021.',
      ),
    ).toEqual({ start: '2021-04-03', end: '2021-04-07', detected: null });
  });
  it('does not read "the newly acquired network" as an act on the data', () => {
    expect(
      roles(
        'On December 2, 2021, while moving the newly acquired Beta network onto ours, Pinewood Kites learned that someone may have accessed the Beta network.',
      ).detected,
    ).toBe('2021-12-02');
  });
  it('reads records discarded or thrown away on a day as the start only', () => {
    expect(
      roles(
        'On August 2, 2019, some Pinewood Kites order forms were discarded without being shredded first.',
      ),
    ).toEqual({ start: '2019-08-02', end: null, detected: null });
  });
  it('reads findings told on two days ("identified on A and B") as found on the first, not a span', () => {
    expect(
      roles(
        'The two Pinewood Kites mailbox takeovers were identified on January 31, 2020 and February 4, 2020.',
      ).detected,
    ).toBe('2020-01-31');
    expect(
      roles('Our review determined the clerk forwarded messages between February 26, 2019 and March 6, 2019.')
        .detected,
    ).toBe(null);
  });
  it('reads locking the intruder out as the end, and no finding on a day told inside what a vendor said', () => {
    expect(
      roles(
        'The files were possibly copied before Pinewood Kites locked the intruder out of its network on May 20, 2020.',
      ).end,
    ).toBe('2020-05-20');
    expect(
      roles(
        'Larch Hosting notified Pinewood Kites that the intruder may have copied files before Larch locked them out on May 20, 2020.',
      ).detected,
    ).toBe(null);
  });
  it('reads "the next / following day" as the day after the day told before it', () => {
    expect(
      roles(
        'On May 31, 2021, an outsider got into the Pinewood Kites mail server. The following day, our staff discovered it.',
      ).detected,
    ).toBe('2021-06-01');
  });
  it('reads "discovered the intrusion" as a finding, like "discovered the attack"', () => {
    expect(
      roles(
        'On May 3, 2021, an intruder entered the Pinewood Kites mail server. We discovered the intrusion that same day.',
      ).detected,
    ).toBe('2021-05-03');
  });
  it('reads "until X, when we discovered" as the end and the finding', () => {
    expect(
      roles(
        'The intruder had access to the Pinewood Kites server from March 2, 2021 until April 9, 2021, when we discovered the activity.',
      ),
    ).toEqual({ start: '2021-03-02', end: '2021-04-09', detected: '2021-04-09' });
  });
});
