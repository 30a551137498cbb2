import { describe, expect, it } from 'vitest';
import { extractLeakStatus } from './status.js';
import { sents } from './testing/helpers.js';
import type { Cause } from './types.js';

const status = (t: string, causes: Cause[] = []) => extractLeakStatus(sents(t), causes)?.value ?? null;

describe('extractLeakStatus (English letters): modality and the conclusion', () => {
  it('reads the data as the object of the act as confirmed', () => {
    expect(
      status('An unknown party accessed the Example servers and acquired certain payment card data.'),
    ).toBe('confirmed');
    expect(
      status('On June 3, 2099, we learned that outsiders obtained the login credentials of one account.'),
    ).toBe('confirmed');
    expect(
      status('The attackers used malware to gain unauthorized access to customer personal information.'),
    ).toBe('confirmed');
    expect(status('Your file was inadvertently included on a disc sent to a partner.')).toBe('confirmed');
  });
  it('reads might/could/also and "it is possible that … accessed" as possible', () => {
    expect(status('A third party might have gained access to names and card numbers.')).toBe('possible');
    expect(status('The unauthorized code could have captured information entered at checkout.')).toBe(
      'possible',
    );
    expect(status('The malware may have also accessed other rental information.')).toBe('possible');
    expect(status('It is possible that the researcher used the flaw to gain access to some files.')).toBe(
      'possible',
    );
    expect(
      status('The review was not able to determine which messages were viewed by the intruder.', [
        'unauthorized_access',
      ]),
    ).toBe('possible');
  });
  it('does not read a hedge about misuse as a hedge about the leak', () => {
    expect(
      status(
        'A file with names was copied from a compromised email account. It is possible that thieves can use it.',
      ),
    ).toBe('confirmed');
  });
  it('a stolen laptop is not stolen data; no indication of access is not_found', () => {
    expect(status('On May 1, 2099, an employee laptop was stolen from a car.', ['loss_or_theft'])).toBe(
      'possible',
    );
    expect(
      status(
        'There is no indication of any unauthorized access to or use of your information, but a password-protected laptop was stolen.',
        ['loss_or_theft'],
      ),
    ).toBe('not_found');
  });
  it('data left reachable from the internet is an exposure (possible)', () => {
    expect(
      status('A scanner inadvertently exposed some records to the Internet.', ['misconfiguration']),
    ).toBe('possible');
  });
});
