import { describe, expect, it } from 'vitest';
import { extractMeasures } from './measures.js';
import { sents } from './testing/helpers.js';

const measures = (t: string) => extractMeasures(sents(t)).map((f) => f.value);

describe('extractMeasures (English letters): machines taken offline, passwords made useless', () => {
  it('reads a computer or server taken off-line or disabled as a suspended service', () => {
    expect(measures('I immediately took the office computer off-line and called our consultant.')).toContain(
      'service_suspended',
    );
    expect(measures('The billing workstation was promptly taken off-line.')).toContain('service_suspended');
    expect(measures('We disabled the server and began an investigation.')).toContain('service_suspended');
    expect(measures('Upon learning of the issue, we disabled the booking platform.')).toContain(
      'service_suspended',
    );
  });
  it('does not read offline backups or advice as a suspension', () => {
    expect(measures('We restored our files from offline backups without delay.')).not.toContain(
      'service_suspended',
    );
    expect(measures('You may wish to take your old router off-line.')).not.toContain('service_suspended');
  });
  it('reads disabled or deactivated passwords as a password reset', () => {
    expect(measures('The flaw was fixed and passwords to the portal have been disabled.')).toContain(
      'password_reset',
    );
    expect(measures('We also deactivated the ID and password at issue.')).toContain('password_reset');
    expect(measures('If your portal password was disabled, please call the help desk.')).not.toContain(
      'password_reset',
    );
  });
  it('reads a website deactivated or taken down as a suspended service', () => {
    expect(measures('We immediately deactivated the website and engaged a forensic firm.')).toContain(
      'service_suspended',
    );
  });
  it('reads password changes carried out by the organisation', () => {
    expect(
      measures('Staff at Orrin Tools isolated the server and completed company-wide password changes.'),
    ).toContain('password_reset');
  });
});

describe('extractMeasures (English letters): affected people told', () => {
  it('reads the affected people notified by the writer', () => {
    expect(measures('Northvale College immediately notified the affected employees.')).toContain(
      'individual_notification',
    );
    expect(measures('Tamsin Supply notified affected individuals by mail.')).toContain(
      'individual_notification',
    );
  });
  it('reads mail the writer sent its users about the incident', () => {
    expect(measures('We emailed users shortly afterwards, alerting them of the incident.')).toContain(
      'individual_notification',
    );
    expect(
      measures('The attacker emailed customers a fraudulent invoice from the compromised mailbox.'),
    ).not.toContain('individual_notification');
  });
});
