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
});
