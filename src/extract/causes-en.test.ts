import { describe, expect, it } from 'vitest';
import { extractCauses } from './causes.js';
import { sents } from './testing/helpers.js';
import type { DataClass } from './types.js';

const causes = (t: string, dc: DataClass[] = []) => extractCauses(sents(t), dc).map((f) => f.value);

describe('extractCauses (English letters)', () => {
  it('reads code planted on the checkout as web skimming, even with no card data listed', () => {
    const c = causes(
      'Unauthorized code was placed on our store that could capture details entered during the checkout process.',
    );
    expect(c).toContain('web_skimming');
    const m = causes(
      'Someone inserted malicious code into our checkout page, and it may have sent out what you typed.',
    );
    expect(m).toContain('web_skimming');
    expect(m).not.toContain('malware');
    expect(causes('Criminals inserted malware into the shopping cart pages of our stores.')).toContain(
      'malware',
    );
  });
  it('reads an incident at a provider, supplier or dealer', () => {
    expect(causes('Our order processing provider told us its systems had been compromised.')).toContain(
      'third_party',
    );
    expect(causes('A workstation at an independent dealer had been infected with malware.')).toContain(
      'third_party',
    );
    // A provider named with the data, in a sentence about nothing that went wrong, is no cause.
    expect(causes('The file held your name and the name of our pension provider.')).not.toContain(
      'third_party',
    );
    expect(causes('We told the tax office and our software provider.')).not.toContain('third_party');
  });
  it('reads data sent out by mistake on a disc as misdelivery', () => {
    expect(
      causes('Your record was inadvertently included on a disc that was mailed to a partner.'),
    ).toContain('misdelivery');
  });
  it('does not read a company called "Missing …" as a lost device', () => {
    expect(
      causes('Missing Example Networks, our sales platform provider, told us of an intrusion.'),
    ).not.toContain('loss_or_theft');
  });
});
