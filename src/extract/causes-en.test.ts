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

describe('extractCauses (English letters): words that name no cause where they stand', () => {
  it('does not read data taken in an attack as a lost or stolen device', () => {
    expect(causes('We found the theft of payment information from our online store.')).not.toContain(
      'loss_or_theft',
    );
    expect(causes('Other sites had breaches in which user passwords were stolen.')).not.toContain(
      'loss_or_theft',
    );
    expect(causes('We have no reason to believe your information was misused or stolen.')).not.toContain(
      'loss_or_theft',
    );
    expect(causes('A company laptop was stolen from an employee’s car.')).toContain('loss_or_theft');
  });
  it('does not read data an intruder published, or a denial, as a wrong setting', () => {
    expect(causes('A few files were publicly exposed by the intruder.')).not.toContain('misconfiguration');
    expect(causes('They do not believe any data will be made publicly available.')).not.toContain(
      'misconfiguration',
    );
  });
  it('does not read a review of a provider, or calling one in to help, as an incident at it', () => {
    expect(causes('We began an audit of our hosting provider and servers.')).not.toContain('third_party');
    expect(
      causes('The school contacted its third-party IT provider to help fix network issues.'),
    ).not.toContain('third_party');
  });
});
