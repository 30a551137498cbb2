import { describe, expect, it } from 'vitest';
import { extractLeakStatus } from './status.js';
import { sents } from './testing/helpers.js';
import type { Cause } from './types.js';

// Fictional notices, written for these tests (branch h/enfacts).
const status = (t: string, causes: Cause[] = []) => extractLeakStatus(sents(t), causes)?.value ?? null;

describe('extractLeakStatus (English web notices)', () => {
  it('reads "no customer data was exposed" as not_found', () => {
    expect(
      status(
        'A test key for our mail service was posted by mistake. No customer data was exposed, and we fixed it.',
      ),
    ).toBe('not_found');
    expect(status('No patient information was compromised in this event.')).toBe('not_found');
    expect(status('There is no indication that customer data was affected by the attack.')).toBe('not_found');
    expect(status('There is no indication that your records were involved.')).toBe('not_found');
  });
  it('reads files an employee moved to personal storage as confirmed', () => {
    expect(
      status(
        'In May, our privacy office learned that a lab worker had saved Orrin Clinic files to a personal drive without permission. The worker transferred the files to home storage by email.',
        ['insider'],
      ),
    ).toBe('confirmed');
    expect(
      status(
        'Orrin Clinic learned of a former worker who appeared to have transferred files to a portable drive.',
        ['insider'],
      ),
    ).not.toBe('confirmed');
  });
  it('reads criminals able to remove a copy of a file as confirmed, beside a later hedge', () => {
    expect(
      status(
        'Our vendor believes that the criminals were able to remove a copy of a backup file it kept. The vendor says the data that was potentially accessed has since been destroyed.',
      ),
    ).toBe('confirmed');
    expect(
      status('We cannot yet say whether the criminals were able to remove a copy of any file.'),
    ).not.toBe('confirmed');
  });

  it('reads a denial whose data noun is followed by an aside in dashes or brackets (session 15, h/enfacts8)', () => {
    expect(
      status(
        'So far our review has found no evidence that any data on the booking system – such as names or phone numbers – has been accessed.',
      ),
    ).toBe('not_found');
    expect(
      status(
        'Willow Tennis Club has no evidence that any member data (for example, court bookings) was viewed.',
      ),
    ).toBe('not_found');
  });
  it('reads data named by what was done to it and then by what it held as reached (h/enfacts8)', () => {
    expect(
      status(
        'Willow Dental told patients that someone may have been involved in a network outage. Its review later showed that some of the files accessed contained patient names and insurance details.',
      ),
    ).toBe('confirmed');
    expect(
      status(
        'Willow Dental told patients that someone may have been involved in a network outage. Its review later showed that the mailboxes accessed contained patient names, which may have been viewed.',
      ),
    ).toBe('possible');
  });
});

describe('extractLeakStatus (English web notices): more session 15 forms (h/enfacts8)', () => {
  it('reads personal details stolen and stolen data published by the attackers as confirmed', () => {
    expect(status('Hackers stole personal details of 900 members from the Ashby Golf Club website.')).toBe(
      'confirmed',
    );
    expect(status('The gang later leaked the files on its own website.')).toBe('confirmed');
    expect(status('Criminals have published some of the stolen data on the dark web.')).toBe('confirmed');
    expect(status('We have posted information on our website about the incident.')).not.toBe('confirmed');
  });
  it('reads "no personal information was involved" and "no evidence of access to customer data" as not_found', () => {
    expect(status('No personal information was involved in this incident.')).toBe('not_found');
    expect(status('Our investigation found no evidence of access to customer data.')).toBe('not_found');
  });
});

describe('extract (English web notices): a finding still to come', () => {
  it('gives no status where the impact on people is yet to be confirmed (h/enfacts8)', async () => {
    const { extract } = await import('./index.js');
    const t =
      'https://www.willow-example.gov/news/outage\nStatement on the network outage\nThe Town of Willow took parts of its network offline after a cyber attack last week. Experts have confirmed that it was a ransomware attack, and no ransom has been paid. Our review of any effect on residents and staff continues, and we will act as soon as any impact on personal data is confirmed.';
    expect(extract(t).leak_status).toBeNull();
  });
});
