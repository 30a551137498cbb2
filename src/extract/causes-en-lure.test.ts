import { describe, expect, it } from 'vitest';
import { extractCauses } from './causes.js';
import { sents } from './testing/helpers.js';

const causes = (t: string) => extractCauses(sents(t)).map((f) => f.value);

describe('EN_LURE_RULES (phishing told by what the mail did)', () => {
  it('reads mail that asked staff for their logins as phishing', () => {
    expect(
      causes(
        'An outside person sent emails to some Marlow Bakery staff soliciting their login details for our mail system.',
      ),
    ).toContain('phishing');
    expect(
      causes(
        'Two employees received a well-made email that led them to unknowingly provide their portal credentials.',
      ),
    ).toContain('phishing');
    expect(
      causes('Copies of 2020 W-2 forms were released by our payroll office because of an email scam.'),
    ).toContain('phishing');
    expect(causes('A staff member inadvertently entered her password on a fake sign-in page.')).toContain(
      'phishing',
    );
  });
  it('does not read advice about such mail as an incident', () => {
    expect(
      causes('Be wary of any email requesting your password; we will never ask for your login details.'),
    ).not.toContain('phishing');
    expect(causes('If you receive an email asking for your credentials, report it to us.')).not.toContain(
      'phishing',
    );
  });
});
