import { describe, expect, it } from 'vitest';
import { extract } from './index.js';

const roles = (t: string) => {
  const f = extract(t, { lang: 'en' });
  return {
    start: f.incident_start?.value ?? null,
    end: f.incident_end?.value ?? null,
    detected: f.detected?.value ?? null,
  };
};

describe('English date roles: more cues of the breach letter', () => {
  it('reads reports, a confirmation and a vendor notifying us as discovery', () => {
    expect(
      roles('On March 3, 2021, our help desk received reports of odd activity in one mailbox.').detected,
    ).toBe('2021-03-03');
    expect(
      roles(
        'On April 9, 2021 we received confirmation from the forensic firm that some files may have been accessed.',
      ).detected,
    ).toBe('2021-04-09');
    expect(roles('Our payments vendor notified us on May 7, 2021 of a security incident.').detected).toBe(
      '2021-05-07',
    );
    expect(
      roles(
        'After identifying unusual activity on our store on June 2, 2021, we immediately opened an internal review.',
      ).detected,
    ).toBe('2021-06-02');
  });
  it('reads a break-in, an exposure and gained access as the start', () => {
    expect(roles('Our office suffered a break-in on July 1, 2021, and two laptops were taken.').start).toBe(
      '2021-07-01',
    );
    expect(
      roles('On August 4, 2021 a misconfigured scanner inadvertently exposed some records online.').start,
    ).toBe('2021-08-04');
  });
});
