import { describe, expect, it } from 'vitest';
import { extractCauses } from './causes.js';
import { sents } from './testing/helpers.js';

// Fictional notices, written for these tests (branch h/enfacts).
const causes = (t: string) => extractCauses(sents(t)).map((f) => f.value);

describe('English causes as web notices word them', () => {
  it('reads systems accessible to an unknown actor as unauthorized access', () => {
    expect(
      causes('Our review found that two Maplecourt servers were accessible to an unknown actor for one day.'),
    ).toContain('unauthorized_access');
  });
  it('reads staff who saved files to external devices as an insider', () => {
    expect(
      causes(
        'Our privacy office learned that an employee had saved patient files to external devices without leave.',
      ),
    ).toContain('insider');
    expect(causes('The employee transferred the files to personal storage by e-mail.')).toContain('insider');
  });
  it('reads a key or credential pushed to a public repository as a misconfiguration', () => {
    expect(
      causes(
        'One of the access keys we use for test mail was accidentally published to a public code repository.',
      ),
    ).toContain('misconfiguration');
    expect(causes('A developer pushed a database password to a public GitHub repository.')).toContain(
      'misconfiguration',
    );
  });
  it('reads recipients who could see each other’s addresses as a misdelivery', () => {
    expect(
      causes('The mailing let each recipient see the other recipients’ email addresses in the header.'),
    ).toContain('misdelivery');
    expect(
      causes('About 200 members received the message with every address visible in the "To" field.'),
    ).toContain('misdelivery');
  });
  it('does not read a potential vulnerability under review as an exploit', () => {
    expect(
      causes('The payment vendor told the town that the scope of the potential vulnerability has widened.'),
    ).not.toContain('vulnerability_exploit');
  });
  it('does not read service providers told of the incident as an incident at a vendor', () => {
    expect(
      causes(
        'Our data protection office followed procedure, notifying the relevant health service providers.',
      ),
    ).not.toContain('third_party');
    expect(causes('Our service provider notified us that its servers had been attacked.')).toContain(
      'third_party',
    );
  });
});
