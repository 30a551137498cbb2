import { describe, expect, it } from 'vitest';
import { extractCauses } from './causes.js';
import { sents } from './testing/helpers.js';

const causes = (t: string) => extractCauses(sents(t)).map((f) => f.value);

describe('EN_ACCESS_RULES (intrusion, method unsaid)', () => {
  it('reads access told as done without leave', () => {
    expect(
      causes(
        'The review found that a staff mailbox had been accessed on three days in May without authorization.',
      ),
    ).toEqual(['unauthorized_access']);
    expect(
      causes(
        'A person obtained access to the Pinecrest billing system to copy account data without proper authorization.',
      ),
    ).toEqual(['unauthorized_access']);
    expect(
      causes('Our loyalty vendor told us of unauthorized attempts to access member accounts.'),
    ).toContain('unauthorized_access');
  });
  it('reads suspicious or unusual activity on the writer’s own systems', () => {
    expect(
      causes('On June 3, 2021, Delmar Foods discovered suspicious activity on its computer systems.'),
    ).toEqual(['unauthorized_access']);
    expect(causes('We were alerted to unusual activity in our network environment.')).toEqual([
      'unauthorized_access',
    ]);
  });
  it('leaves out what was only looked for, advice and a stated method', () => {
    expect(
      causes('We hired experts to determine whether anyone gained access to card data without permission.'),
    ).toEqual([]);
    expect(
      causes('There is no indication that anyone gained access to your file without permission.'),
    ).toEqual([]);
    expect(causes('Please monitor your statements and report suspicious activity on your accounts.')).toEqual(
      [],
    );
    expect(
      causes('We found unusual activity in our email system after an employee replied to a phishing email.'),
    ).toEqual(['phishing']);
  });
});

describe('EN_ACCESS_RULES (staff beyond their job)', () => {
  it('reads access exceeded, no business need, staff charged, data taken to their own device', () => {
    expect(causes('In doing so, the clerk exceeded her authorized access.')).toContain('insider');
    expect(causes('We learned that a teller viewed your file without a legitimate business need.')).toContain(
      'insider',
    );
    expect(causes('Two payroll associates were arrested for the misuse of staff records.')).toContain(
      'insider',
    );
    expect(
      causes('A former employee appears to have copied client files to a personal storage drive.'),
    ).toContain('insider');
  });
  it('does not read staff whose data an intruder copied', () => {
    expect(
      causes(
        'An unknown party reached a server holding employee data and copied files to an external server.',
      ),
    ).not.toContain('insider');
  });
  it('reads data acquired without leave or accessed unlawfully', () => {
    expect(
      causes(
        'We learned that card numbers of some Larkspur Inn guests may have been acquired without authorization.',
      ),
    ).toEqual(['unauthorized_access']);
    expect(
      causes('On May 3, 2021, the clinic found that its billing file had been unlawfully accessed.'),
    ).toEqual(['unauthorized_access']);
    expect(causes('We are reviewing whether any records were copied without authorization.')).not.toContain(
      'unauthorized_access',
    );
  });
  it('reads an unnamed attacker or intruder doing the deed', () => {
    expect(causes('We believe that the attackers gained access to the Fernhill member database.')).toEqual([
      'unauthorized_access',
    ]);
    expect(causes('It is probable that the intruders obtained a copy of an order table from 2019.')).toEqual([
      'unauthorized_access',
    ]);
    expect(
      causes('We use safeguards to protect accounts even if attackers obtained passwords elsewhere.'),
    ).not.toContain('unauthorized_access');
  });
});
