import { describe, expect, it } from 'vitest';
import { extractCauses } from './causes.js';
import { sents } from './testing/helpers.js';

const causes = (t: string) => extractCauses(sents(t)).map((f) => f.value);

describe('English causes read from what the clause says happened', () => {
  it('reads addresses copied in the open instead of blind copied as a misdirected email', () => {
    expect(
      causes('By mistake the volunteer list was CCd instead of BCCd on the newsletter e-mail.'),
    ).toContain('misdelivery');
    expect(
      causes(
        'Recipients were put in the To field rather than as blind copies, so all addresses were visible.',
      ),
    ).toContain('misdelivery');
  });
  it('does not read something abstract that was lost as a lost device', () => {
    expect(causes('We hope to rebuild the trust that we may have lost with our members.')).toEqual([]);
    expect(
      causes('The ransomware meant staff lost access to the booking system for two days.'),
    ).not.toContain('loss_or_theft');
    expect(causes('A memory stick holding the rota was lost on the bus.')).toContain('loss_or_theft');
  });
  it('does not read phishing mail sent on from a taken-over account as the way in', () => {
    expect(
      causes('The intruder then used the mailbox to redistribute further phishing emails to our contacts.'),
    ).not.toContain('phishing');
  });
  it('reads an intruder forcing a way in, or data carried to an outside address', () => {
    expect(
      causes('An unknown person forced their way into the practice email system over a weekend.'),
    ).toContain('unauthorized_access');
    expect(
      causes(
        'Names of 90 alumni were accessed and copied from a fundraising database to an off-site IP address.',
      ),
    ).toContain('unauthorized_access');
    expect(causes('There is no evidence that files were copied to an external server.')).not.toContain(
      'unauthorized_access',
    );
  });
});

describe('English causes: a malicious process at the shop checkout', () => {
  it('reads a malicious process that collected what shoppers typed at checkout as web skimming', () => {
    expect(
      causes(
        'The malicious process that collected card details could run if you tried to check out of our online shop in May.',
      ),
    ).toContain('web_skimming');
    expect(
      causes('A malicious process slowed the office printer; please check out our new opening hours.'),
    ).not.toContain('web_skimming');
  });
});

describe('English causes: a device lost told as a noun or by where it was left', () => {
  it('reads the loss of a device and a device left behind', () => {
    expect(causes('The clerk told us on June 3 about the loss of the laptop.')).toContain('loss_or_theft');
    expect(
      causes('A courier had left his company-issued laptop computer in the seat pocket of a train.'),
    ).toContain('loss_or_theft');
  });
  it('does not read a loss of access or of data as a lost device', () => {
    expect(causes('There was no loss of data, and the loss of access lasted an hour.')).toEqual([]);
  });
});
