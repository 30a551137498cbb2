import { describe, expect, it } from 'vitest';
import { extractCauses } from './causes.js';
import { sents } from './testing/helpers.js';

const causes = (t: string) => extractCauses(sents(t)).map((f) => f.value);

describe('EN_MECHANISM_RULES (the mechanism named in a clause of its own)', () => {
  it('reads a compromised mail system or server, or one hit by an attack, as unauthorized access', () => {
    expect(
      causes(
        'Harlow Clinic’s mail server, which stored some of your protected health information, had been compromised.',
      ),
    ).toEqual(['unauthorized_access']);
    expect(causes('On Monday the Kestrel Tea web servers were targeted by a coordinated attack.')).toEqual([
      'unauthorized_access',
    ]);
    expect(causes('Staff found unauthorized admin accounts created on a file server.')).toContain(
      'unauthorized_access',
    );
  });
  it('reads credentials taken from another service as credential stuffing', () => {
    expect(
      causes(
        'Your Tillby password appears to have been stolen in a previous breach at a different website and then tried on our sign-in page.',
      ),
    ).toContain('credential_stuffing');
  });
  it('reads a contracted courier as a third party', () => {
    expect(
      causes('A box of benefit statements went missing after a contracted delivery service collected it.'),
    ).toContain('third_party');
  });
  it('reads staff who took files while still employed as an insider', () => {
    expect(
      causes(
        'Before leaving Granby Home Loans, a broker copied client records to take to a rival firm while he was still employed there.',
      ),
    ).toContain('insider');
  });
  it('does not read a search for malware, a guessed ransomware attempt or a list of readers as causes', () => {
    expect(causes('We scanned the Pimley website for malware and found none.')).not.toContain('malware');
    expect(
      causes(
        'Staff saw what looked like a possible ransomware attempt; the review found unauthorized access to a shared drive.',
      ),
    ).toEqual(['unauthorized_access']);
    expect(
      causes(
        'Someone gained unauthorized access to a mailbox with pension papers of retirees, former employees and their heirs.',
      ),
    ).not.toContain('insider');
  });
  it('does not read data "indeed stolen" or "stolen copies of" it as a lost device', () => {
    expect(
      causes('Code planted on the Lumo checkout page could have stolen copies of what buyers typed.'),
    ).not.toContain('loss_or_theft');
    expect(
      causes(
        'Should any card number have indeed been taken, the bank will replace it; where data was indeed stolen, we will say so.',
      ),
    ).not.toContain('loss_or_theft');
  });
});
