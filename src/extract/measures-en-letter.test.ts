import { describe, expect, it } from 'vitest';
import { extract } from './index.js';
import { extractMeasures } from './measures.js';
import { sents } from './testing/helpers.js';

const measures = (t: string) => extractMeasures(sents(t)).map((f) => f.value);
const whole = (t: string) => extract(t).measures.map((f) => f.value);

const LETTER = [
  'Notice of Data Breach',
  '',
  'Dear Valued Member,',
  'What Happened',
  'On March 3, 2025, Bramblewood Credit Union found that an outside party had entered its loan server.',
  'What We Are Doing',
  'We took the server offline the same day.',
  'What You Can Do',
  'Please review your account statements.',
].join('\n');

describe('extractMeasures (English): the letter itself, who acts and who is asked', () => {
  it('reads a breach letter addressed to its reader as an individual notification', () => {
    expect(whole(LETTER)).toContain('individual_notification');
  });
  it('does not read a salutation without a letter, or one to a regulator, as a notification', () => {
    expect(
      whole('Dear Valued Member,\nOur branch will close early on Friday for the holiday.'),
    ).not.toContain('individual_notification');
    expect(whole(LETTER.replace('Dear Valued Member,', 'Dear Attorney General Vance:'))).not.toContain(
      'individual_notification',
    );
  });
  it('reads the people counted in decimals after "each of the estimated"', () => {
    expect(
      measures('Harlow Clinics said it is notifying each of the estimated 2.5 million patients.'),
    ).toContain('individual_notification');
  });
  it('reads specialists named as partners in the investigation', () => {
    expect(
      measures(
        'The town along with a team of cybersecurity professionals has since been engaged in an investigation.',
      ),
    ).toContain('external_investigation');
    expect(measures('We hired incident response professionals the next morning.')).toContain(
      'external_investigation',
    );
    expect(measures('Security professionals said such an investigation can take months.')).not.toContain(
      'external_investigation',
    );
  });
  it('reads exposed files taken off a site as data deletion, not planted code', () => {
    expect(measures('Staff acted at once to remove the files from the faculty web portal.')).toContain(
      'data_deletion',
    );
    expect(measures('You should remove the reports from your shared site.')).not.toContain('data_deletion');
  });
  it('reads the writer cutting its own connections as a suspended service', () => {
    expect(measures('Our first step was disabling our internet access across all schools.')).toContain(
      'service_suspended',
    );
  });
  it('does not read the attack blocking people, or a course describing rules, as a step', () => {
    expect(
      measures('The outage essentially blocked residents from paying their water bills online.'),
    ).not.toContain('access_blocked');
    expect(measures('That course reviewed the handling rules for personnel records.')).not.toContain(
      'process_review',
    );
  });
  it('does not read readers asked to watch, or training given before the incident, as the writer’s step', () => {
    expect(measures('We ask parents and staff to monitor for any suspicious activity.')).not.toContain(
      'monitoring_enhanced',
    );
    expect(
      measures('Earlier this year, all staff were told to complete additional security awareness training.'),
    ).not.toContain('staff_training');
    expect(measures('Since the incident, all staff have completed additional security training.')).toContain(
      'staff_training',
    );
  });
  it('reads letters sent with e-mails, and those affected by the breach told, as notifications', () => {
    expect(measures('Letters and e-mails will be mailed to the former students next week.')).toContain(
      'individual_notification',
    );
    expect(measures('Those affected by the data breach were informed in writing last month.')).toContain(
      'individual_notification',
    );
  });
  it('reads the writer promising never to ask for personal details as a phishing warning', () => {
    expect(measures('The college will not request personal information by e-mail or phone.')).toContain(
      'phishing_warning',
    );
    expect(measures('Do not disclose personal information to anyone who calls about this.')).toContain(
      'phishing_warning',
    );
  });
  it('reads education given with staff, an ordered audit and a contracted evaluator', () => {
    expect(measures('We are reinforcing education with all staff on record access.')).toContain(
      'staff_training',
    );
    expect(measures('The board ordered an audit of the district’s infrastructure.')).toContain(
      'vulnerability_assessment',
    );
    expect(
      measures('The district contracted with a 3rd party vendor to independently evaluate the exposure.'),
    ).toContain('external_investigation');
  });
  it('does not read "isolated files" as systems isolated, nor a vendor named by its domain as the writer', () => {
    expect(measures('Isolated files with pupil names were visible to some teachers.')).not.toContain(
      'access_blocked',
    );
    const text = [
      'Our vendor, Lumenfax.com, LLC, told us of the incident.',
      'Lumenfax engaged external cybersecurity specialists to investigate.',
    ].join('\n');
    expect(whole(text)).not.toContain('external_investigation');
  });
});
