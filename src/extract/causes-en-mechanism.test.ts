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

describe('EN_MECHANISM_RULES, second round', () => {
  it('reads an outsider "able to remotely access" a mailbox, a compromised database, an unauthorized data breach', () => {
    expect(
      causes('An unauthorized party was able to remotely access one Hesketh staff mailbox for an hour.'),
    ).toEqual(['unauthorized_access']);
    expect(
      causes('Your plan details may have been held in the insurer’s database, which was compromised.'),
    ).toContain('unauthorized_access');
    expect(causes('Pelham found a potential unauthorized data breach affecting its web shop.')).toContain(
      'unauthorized_access',
    );
  });
  it('reads a tool of an outside service as a third party, and records found by a search engine as a misconfiguration', () => {
    expect(
      causes('The files sat on an FTP site utilized by the clinic’s outside billing service.'),
    ).toContain('third_party');
    expect(
      causes('Discharge notes for 80 patients could be found through Google and opened by anyone.'),
    ).toContain('misconfiguration');
  });
  it('does not read systems a third party only operates for the writer as a vendor incident', () => {
    expect(
      causes(
        'An outsider gained access to our office computers, which are operated by a third-party IT firm for us.',
      ),
    ).not.toContain('third_party');
  });
  it('does not read data "stolen from" another company as a lost device', () => {
    expect(causes('Passwords stolen from a social network in 2012 were later posted online.')).not.toContain(
      'loss_or_theft',
    );
  });
  it('keeps a misdelivery whose recipient is described with a denial of its own', () => {
    expect(causes('Carrow Life inadvertently sent a report to a firm you do not work for.')).toContain(
      'misdelivery',
    );
  });
});

describe('EN_MECHANISM_RULES, third round', () => {
  it('reads data sent to the wrong account with words between the verb and "to"', () => {
    expect(causes('A clerk e-mailed the loan list to the wrong webmail account.')).toContain('misdelivery');
  });
  it('does not read former staff named as whose data it is, or what the writer provides, as causes', () => {
    expect(
      causes('Someone took the payroll files, which include former employees and their families.'),
    ).not.toContain('insider');
    expect(
      causes(
        'Redwater House, a provider of addiction treatment and care services, found that a mailbox was breached.',
      ),
    ).not.toContain('third_party');
    expect(
      causes('Bellbrook, a non-profit primary care services provider, had two laptops stolen.'),
    ).not.toContain('third_party');
  });
});
