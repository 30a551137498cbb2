import { describe, expect, it } from 'vitest';
import { extractCauses } from './causes.js';
import { sents } from './testing/helpers.js';

const causes = (t: string) => extractCauses(sents(t)).map((f) => f.value);

describe('extractCauses (English letters): a defect of the service itself', () => {
  it('reads a code change, a programming update or a system error told as what happened', () => {
    expect(
      causes('We found that a code change to our member site weakened the checks we use to sign members in.'),
    ).toContain('software_bug');
    expect(causes('Due to a system error, some statements showed the wrong customer’s balance.')).toContain(
      'software_bug',
    );
    expect(
      causes('In May we learned of programming errors in the tool that manages staff logins.'),
    ).toContain('software_bug');
  });
  it('does not read a safeguard against errors, nor a denied one', () => {
    expect(causes('We added checks to prevent any system error from exposing data.')).not.toContain(
      'software_bug',
    );
    expect(causes('The exposure was not caused by a software error.')).not.toContain('software_bug');
  });
});
